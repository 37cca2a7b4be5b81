//! The serde helpers the state types use for what JSON cannot hold as it is
//! (`#[serde(with = "...")]`): maps whose keys are not strings or numbers,
//! values behind a lock, friend fields.

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
