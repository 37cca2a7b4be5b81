//! Reading the string-keyed objects of the push calls (`AttrNames`,
//! `AttrTypes`, `Attrs`) leniently.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// An object of `key: V` entries; an entry whose value is not a `V` is
/// dropped rather than failing the whole reply. Replies may gain fields at
/// any level (this crate reads every reply so), and a field added to one of
/// these objects is not an attribute: this is the one way to tell it from
/// one. Requests are built by this crate's constructors, so nothing is
/// dropped from them in practice.
pub(crate) fn map<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: DeserializeOwned,
{
    let raw = BTreeMap::<String, Value>::deserialize(deserializer)?;
    Ok(raw
        .into_iter()
        .filter_map(|(key, value)| V::deserialize(value).ok().map(|value| (key, value)))
        .collect())
}
