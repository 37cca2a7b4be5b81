//! The serde helpers the state types use for what JSON cannot hold as it is
//! (`#[serde(with = "...")]`): maps whose keys are not strings or numbers,
//! values behind a lock, friend fields, a push's endpoint path.

use std::sync::{Mutex, PoisonError};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A map written as a list of `[key, value]` pairs, for keys JSON objects
/// cannot have (tuples, structs, conversations).
pub(crate) mod pairs {
    use super::*;

    pub(crate) fn serialize<'a, M, K, V, S>(map: &'a M, serializer: S) -> Result<S::Ok, S::Error>
    where
        &'a M: IntoIterator<Item = (&'a K, &'a V)>,
        K: Serialize + 'a,
        V: Serialize + 'a,
        S: Serializer,
    {
        serializer.collect_seq(map)
    }

    pub(crate) fn deserialize<'de, M, K, V, D>(deserializer: D) -> Result<M, D::Error>
    where
        M: FromIterator<(K, V)>,
        K: Deserialize<'de>,
        V: Deserialize<'de>,
        D: Deserializer<'de>,
    {
        Ok(Vec::<(K, V)>::deserialize(deserializer)?.into_iter().collect())
    }
}

/// A value behind a mutex, written as the value. A poisoned lock is taken
/// over, as everywhere in the state (see `sharded::lock`).
pub(crate) mod locked {
    use super::*;

    pub(crate) fn serialize<T: Serialize, S: Serializer>(value: &Mutex<T>, serializer: S) -> Result<S::Ok, S::Error> {
        value
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .serialize(serializer)
    }

    pub(crate) fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Mutex<T>, D::Error> {
        T::deserialize(deserializer).map(Mutex::new)
    }
}

/// A friend's custom fields: `SnsValue` has no serde impls of its own (it is
/// written inside `SnsItem`), so each is written as a JSON string or number.
pub(crate) mod sns_values {
    use std::collections::BTreeMap;

    use tim_protocol::sns::SnsValue;

    use super::*;

    #[derive(Serialize, Deserialize)]
    #[serde(untagged)]
    enum Value {
        Text(String),
        Integer(u64),
    }

    pub(crate) fn serialize<S: Serializer>(map: &BTreeMap<String, SnsValue>, serializer: S) -> Result<S::Ok, S::Error> {
        let mut values = BTreeMap::new();
        for (key, value) in map {
            let value = match value {
                SnsValue::Text(text) => Value::Text(text.clone()),
                SnsValue::Integer(n) => Value::Integer(*n),
                // A kind added to tim-protocol later: refuse to write a
                // snapshot that would lose it.
                _ => return Err(serde::ser::Error::custom("a friend field of an unknown kind")),
            };
            values.insert(key, value);
        }
        values.serialize(serializer)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<BTreeMap<String, SnsValue>, D::Error> {
        let values = BTreeMap::<String, Value>::deserialize(deserializer)?;
        Ok(values
            .into_iter()
            .map(|(key, value)| {
                let value = match value {
                    Value::Text(text) => SnsValue::Text(text),
                    Value::Integer(n) => SnsValue::Integer(n),
                };
                (key, value)
            })
            .collect())
    }
}

/// The recorded pushes (public `RecordedPush` has no serde impls: its
/// `path` is a `&'static str`, read back as the endpoint table's row).
pub(crate) mod recorded_pushes {
    use tim_protocol::message::{MsgBody, OfflinePushInfo};
    use tim_protocol::push::PushCondition;

    use super::*;
    use crate::state::push::RecordedPush;

    #[derive(Serialize, Deserialize)]
    struct Recorded {
        task_id: String,
        path: String,
        from_account: String,
        condition: Option<PushCondition>,
        recipients: Vec<String>,
        msg_body: Option<MsgBody>,
        offline_push_info: Option<OfflinePushInfo>,
        time: u64,
        revoked: bool,
    }

    pub(crate) fn serialize<S: Serializer>(pushes: &[RecordedPush], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(pushes.iter().map(|push| Recorded {
            task_id: push.task_id.clone(),
            path: push.path.to_owned(),
            from_account: push.from_account.clone(),
            condition: push.condition.clone(),
            recipients: push.recipients.clone(),
            msg_body: push.msg_body.clone(),
            offline_push_info: push.offline_push_info.clone(),
            time: push.time,
            revoked: push.revoked,
        }))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<RecordedPush>, D::Error> {
        Vec::<Recorded>::deserialize(deserializer)?
            .into_iter()
            .map(|push| {
                let path = tim_protocol::Endpoint::find(&push.path)
                    .map(tim_protocol::Endpoint::path)
                    .ok_or_else(|| {
                        serde::de::Error::custom(format!("{:?} is not an endpoint of the table", push.path))
                    })?;
                Ok(RecordedPush {
                    task_id: push.task_id,
                    path,
                    from_account: push.from_account,
                    condition: push.condition,
                    recipients: push.recipients,
                    msg_body: push.msg_body,
                    offline_push_info: push.offline_push_info,
                    time: push.time,
                    revoked: push.revoked,
                })
            })
            .collect()
    }
}

/// A map behind a mutex, written as a list of `[key, value]` pairs.
pub(crate) mod locked_pairs {
    use std::collections::HashMap;
    use std::hash::Hash;

    use super::*;

    pub(crate) fn serialize<K: Serialize, V: Serialize, S: Serializer>(
        map: &Mutex<HashMap<K, V>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        pairs::serialize(&*map.lock().unwrap_or_else(PoisonError::into_inner), serializer)
    }

    pub(crate) fn deserialize<'de, K, V, D>(deserializer: D) -> Result<Mutex<HashMap<K, V>>, D::Error>
    where
        K: Deserialize<'de> + Hash + Eq,
        V: Deserialize<'de>,
        D: Deserializer<'de>,
    {
        pairs::deserialize(deserializer).map(Mutex::new)
    }
}
