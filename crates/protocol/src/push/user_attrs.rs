//! Users' attributes: the `Attrs` of `im_set_attr` and `im_get_attr` (name →
//! value) and of `im_remove_attr` (names alone), each item naming its user.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{lenient, ATTRS_PER_APP_MAX, ATTR_NAME_MAX_BYTES, ATTR_VALUE_MAX_BYTES};
use crate::validation::{check, Rule, ValidationError};
use crate::ErrorCode;

/// `Attrs`: attribute name → value, the names being the app's
/// [`AttrNames`](super::AttrNames). A user's values (`im_set_attr`,
/// `im_get_attr`) and a push condition's (`AttrsAnd`, `AttrsOr`).
///
/// ```
/// use tim_protocol::push::Attrs;
///
/// let attrs = Attrs::new().with("sex", "attr1").with("city", "attr2");
/// assert_eq!(attrs.get("city"), Some("attr2"));
/// assert_eq!(
///     serde_json::to_value(&attrs).unwrap(),
///     serde_json::json!({"sex": "attr1", "city": "attr2"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Attrs(
    /// Name → value. Read leniently: an entry whose value is not a string is
    /// dropped.
    #[serde(deserialize_with = "lenient::map")]
    pub BTreeMap<String, String>,
);

impl Attrs {
    /// No attributes.
    pub fn new() -> Self {
        Self::default()
    }

    /// With attribute `name` set to `value`.
    pub fn with(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.0.insert(name.into(), value.into());
        self
    }

    /// The value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Checks `field`: at most 10 attributes (an app has no more; 90033),
    /// each name 1 to 50 bytes (90033 for an empty one), each value at most
    /// 50 bytes. `at_least_one` for a user's attributes (`Attrs` is required
    /// there).
    pub(crate) fn check(&self, field: &str, at_least_one: bool) -> Result<(), ValidationError> {
        if at_least_one && self.0.is_empty() {
            return Err(ValidationError::new(field, Rule::NotEmpty));
        }
        check::count(
            field,
            self.0.len(),
            0,
            ATTRS_PER_APP_MAX,
            Some(ErrorCode::PushAttrInvalid),
        )?;
        for (name, value) in &self.0 {
            check_name(|| format!("{field}.{name}"), name)?;
            check::max_bytes(|| format!("{field}.{name}"), value, ATTR_VALUE_MAX_BYTES)?;
        }
        Ok(())
    }
}

/// An attribute name: 1 to 50 bytes (90033 for an empty one).
pub(crate) fn check_name(field: impl Fn() -> String, name: &str) -> Result<(), ValidationError> {
    if name.is_empty() {
        return Err(ValidationError::new(field(), Rule::NotEmpty).with_code(ErrorCode::PushAttrInvalid));
    }
    check::max_bytes(field, name, ATTR_NAME_MAX_BYTES)
}

/// One `UserAttrs` item of `im_set_attr` and `im_get_attr`: a user and its
/// attribute values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserAttrsItem {
    /// `To_Account`: the user.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `Attrs`: name → value (empty in a reply for a user with none).
    #[serde(rename = "Attrs", default)]
    pub attrs: Attrs,
}

impl UserAttrsItem {
    /// `user`'s attributes `attrs`.
    pub fn new(user: impl Into<String>, attrs: Attrs) -> Self {
        Self {
            to_account: user.into(),
            attrs,
        }
    }
}

/// One `UserAttrs` item of `im_remove_attr`: a user and the names of the
/// attributes to remove (names only, not name-value pairs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserAttrNamesItem {
    /// `To_Account`: the user.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `Attrs`: the attribute names.
    #[serde(rename = "Attrs")]
    pub attrs: Vec<String>,
}

impl UserAttrNamesItem {
    /// Removes `names` from `user`.
    pub fn new<I, S>(user: impl Into<String>, names: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            to_account: user.into(),
            attrs: names.into_iter().map(Into::into).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_values_and_counts_are_checked() {
        assert!(Attrs::new().with("sex", "v".repeat(50)).check("Attrs", true).is_ok());
        assert_eq!(Attrs::new().check("Attrs", true).unwrap_err().rule(), &Rule::NotEmpty);
        assert!(Attrs::new().check("Condition.AttrsAnd", false).is_ok());
        let error = Attrs::new()
            .with("sex", "v".repeat(51))
            .check("Attrs", true)
            .unwrap_err();
        assert_eq!(error.field(), "Attrs.sex");
        let error = Attrs::new().with("", "v").check("Attrs", true).unwrap_err();
        assert_eq!(error.error_code(), Some(ErrorCode::PushAttrInvalid));
        let eleven = (0..11).fold(Attrs::new(), |attrs, i| attrs.with(format!("a{i}"), "v"));
        let error = eleven.check("Attrs", true).unwrap_err();
        assert_eq!(error.rule(), &Rule::TooMany { max: 10, actual: 11 });
    }
}
