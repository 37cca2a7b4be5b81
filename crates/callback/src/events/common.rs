//! Shapes several events share.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// `EventTime`: when the event happened, in Unix milliseconds.
///
/// The pages show it both as a number (`1656921052497`) and as a string
/// (`"1670574414123"`); both parse, and the value serializes back in the form
/// it came in, so a body round-trips unchanged. One made with
/// [`EventTime::millis`] is a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EventTime {
    millis: u64,
    quoted: bool,
}

impl EventTime {
    /// An event time of `millis` Unix milliseconds, sent as a number.
    pub const fn millis(millis: u64) -> Self {
        Self { millis, quoted: false }
    }

    /// The time in Unix milliseconds.
    pub const fn as_millis(self) -> u64 {
        self.millis
    }

    /// Whether it came as a JSON string.
    pub const fn is_quoted(self) -> bool {
        self.quoted
    }
}

impl Serialize for EventTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.quoted {
            serializer.serialize_str(&self.millis.to_string())
        } else {
            serializer.serialize_u64(self.millis)
        }
    }
}

impl<'de> Deserialize<'de> for EventTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw<'a> {
            Number(u64),
            Text(std::borrow::Cow<'a, str>),
        }
        match Raw::deserialize(deserializer)? {
            Raw::Number(millis) => Ok(Self { millis, quoted: false }),
            Raw::Text(text) => text
                .parse()
                .map(|millis| Self { millis, quoted: true })
                .map_err(|_| serde::de::Error::custom("EventTime is not a decimal number of milliseconds")),
        }
    }
}

/// One pair of users in a relationship event (`PairList` item).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AccountPair {
    /// `From_Account`: the user whose list changed.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `To_Account`: the user added to or removed from it.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `Initiator_Account`: who asked for the change (friend additions only).
    #[serde(rename = "Initiator_Account", default, skip_serializing_if = "Option::is_none")]
    pub initiator_account: Option<String>,
}

impl AccountPair {
    /// A pair: `to` was added to (or removed from) `from`'s list.
    pub fn new(from: impl Into<String>, to: impl Into<String>) -> Self {
        Self {
            from_account: from.into(),
            to_account: to.into(),
            initiator_account: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_time_keeps_its_form() {
        for text in ["1670574414123", "\"1670574414123\""] {
            let time: EventTime = serde_json::from_str(text).unwrap();
            assert_eq!(time.as_millis(), 1670574414123);
            assert_eq!(serde_json::to_string(&time).unwrap(), text);
        }
        assert!(serde_json::from_str::<EventTime>("\"soon\"").is_err());
        assert_eq!(serde_json::to_string(&EventTime::millis(5)).unwrap(), "5");
    }
}
