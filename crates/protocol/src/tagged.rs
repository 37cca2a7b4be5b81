//! The `{"Tag": .., "Value": ..}` pair that profile fields and friend fields
//! share on the wire; each item type says what its tag and value are.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

#[derive(Serialize, Deserialize)]
struct Pair {
    #[serde(rename = "Tag")]
    tag: String,
    #[serde(rename = "Value")]
    value: Value,
}

/// Writes `{"Tag": tag, "Value": value}`.
pub(crate) fn serialize<S: Serializer>(tag: String, value: Value, serializer: S) -> Result<S::Ok, S::Error> {
    Pair { tag, value }.serialize(serializer)
}

/// Reads any `{"Tag": string, "Value": any}`; extra fields are ignored.
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<(String, Value), D::Error> {
    let pair = Pair::deserialize(deserializer)?;
    Ok((pair.tag, pair.value))
}
