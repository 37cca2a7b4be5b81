//! The app's attribute names (`AttrNames`) and, in `timpush`, the account
//! type of each attribute (`AttrTypes`): the shapes of `im_set_attr_name`,
//! `im_get_attr_name`, `timpush/set_attr_name` and `timpush/get_attr_name`.

use std::collections::BTreeMap;
use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use super::{lenient, ATTRS_PER_APP_MAX, ATTR_NAME_MAX_BYTES};
use crate::validation::{check, Rule, ValidationError};
use crate::{Envelope, ErrorCode};

/// `AttrNames`: the app's push attributes, by number (`"0"` to `"9"`) →
/// name (at most 50 bytes). An app has at most 10; the names are what
/// `im_set_attr`'s `Attrs` and a push condition's `AttrsAnd`/`AttrsOr` use
/// as keys.
///
/// ```
/// use tim_protocol::push::AttrNames;
///
/// let names = AttrNames::new().with(0, "sex").with(1, "city");
/// assert_eq!(names.get(1), Some("city"));
/// assert_eq!(
///     serde_json::to_value(&names).unwrap(),
///     serde_json::json!({"0": "sex", "1": "city"})
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AttrNames(
    /// Number (as the wire writes it, `"0"` to `"9"`) → name. Read leniently:
    /// an entry whose value is not a string is dropped.
    #[serde(deserialize_with = "lenient::map")]
    pub BTreeMap<String, String>,
);

impl AttrNames {
    /// No names.
    pub fn new() -> Self {
        Self::default()
    }

    /// With attribute `number` named `name`.
    pub fn with(mut self, number: u8, name: impl Into<String>) -> Self {
        self.0.insert(number.to_string(), name.into());
        self
    }

    /// The name of attribute `number`.
    pub fn get(&self, number: u8) -> Option<&str> {
        self.0.get(&number.to_string()).map(String::as_str)
    }

    /// Whether some attribute is named `name`.
    pub fn contains_name(&self, name: &str) -> bool {
        self.0.values().any(|known| known == name)
    }

    /// Checks `field` (`AttrNames`): at least one entry; each key an attribute
    /// number `"0"` to `"9"` (90033, "invalid attribute"); each name at most
    /// 50 bytes. The page gives no minimum for a name, so an empty one is
    /// sent as is.
    pub(crate) fn check(&self, field: &str) -> Result<(), ValidationError> {
        if self.0.is_empty() {
            return Err(ValidationError::new(field, Rule::NotEmpty));
        }
        for (number, name) in &self.0 {
            check_number(field, number)?;
            check::max_bytes(|| format!("{field}.{number}"), name, ATTR_NAME_MAX_BYTES)?;
        }
        Ok(())
    }
}

/// An attribute number: `"0"` to `"9"` (90033 otherwise).
fn check_number(field: &str, number: &str) -> Result<(), ValidationError> {
    let valid = number.len() == 1 && number.bytes().all(|b| b.is_ascii_digit());
    if valid {
        return Ok(());
    }
    Err(ValidationError::new(
        format!("{field}.{number}"),
        Rule::BadFormat("an attribute number from \"0\" to \"9\""),
    )
    .with_code(ErrorCode::PushAttrInvalid))
}

const _: () = assert!(
    ATTRS_PER_APP_MAX == 10,
    "the numbers \"0\" to \"9\" are the 10 attributes"
);

/// `AttrTypes` (`timpush` only): attribute number → the kind of account the
/// attribute is set on: 0 for Chat accounts (UserIDs), 1 for the
/// RegistrationIDs the Push SDK creates. Set once with the names; the page
/// says it cannot be changed afterwards.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AttrTypes(
    /// Number → account type. Read leniently: an entry whose value is not an
    /// integer is dropped.
    #[serde(deserialize_with = "lenient::map")]
    pub BTreeMap<String, i64>,
);

impl AttrTypes {
    /// Chat accounts (UserIDs).
    pub const USER_ID: i64 = 0;
    /// Push RegistrationIDs.
    pub const REGISTRATION_ID: i64 = 1;

    /// No types.
    pub fn new() -> Self {
        Self::default()
    }

    /// With attribute `number` of account type `kind`.
    pub fn with(mut self, number: u8, kind: i64) -> Self {
        self.0.insert(number.to_string(), kind);
        self
    }

    /// Checks `AttrTypes` against the names it comes with: each key a number
    /// `AttrNames` has ("must be a Number Key included in AttrNames"), each
    /// value 0 or 1.
    pub(crate) fn check(&self, names: &AttrNames) -> Result<(), ValidationError> {
        for (number, kind) in &self.0 {
            check_number("AttrTypes", number)?;
            if !names.0.contains_key(number) {
                return Err(ValidationError::new(
                    format!("AttrTypes.{number}"),
                    Rule::BadFormat("a number AttrNames names"),
                )
                .with_code(ErrorCode::PushAttrInvalid));
            }
            if !matches!(*kind, Self::USER_ID | Self::REGISTRATION_ID) {
                return Err(ValidationError::new(
                    format!("AttrTypes.{number}"),
                    Rule::UnsupportedValue {
                        value: *kind,
                        expected: "0 (UserID) or 1 (RegistrationID)",
                    },
                ));
            }
        }
        Ok(())
    }
}

/// The request of `im_get_attr_name` and `timpush/get_attr_name`: an empty
/// object. `Call` makes each its own type with its own path:
/// [`ImGetAttrNameRequest`](super::ImGetAttrNameRequest) and
/// [`TimpushGetAttrNameRequest`](super::TimpushGetAttrNameRequest).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetAttrNameRequest<Call> {
    #[serde(skip)]
    call: PhantomData<Call>,
}

impl<Call> GetAttrNameRequest<Call> {
    /// The request (it has no fields).
    pub fn new() -> Self {
        Self { call: PhantomData }
    }

    /// Nothing to check.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        Ok(())
    }
}

impl<Call> Default for GetAttrNameRequest<Call> {
    fn default() -> Self {
        Self::new()
    }
}

/// The reply of `im_get_attr_name` and `timpush/get_attr_name`: the app's
/// attribute names and, from `timpush`, their account types.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AttrNamesResponse {
    /// `AttrNames`: number → name; empty when none is set.
    #[serde(rename = "AttrNames", default)]
    pub attr_names: AttrNames,
    /// `AttrTypes` (`timpush`): number → account type.
    #[serde(rename = "AttrTypes", default, skip_serializing_if = "Option::is_none")]
    pub attr_types: Option<AttrTypes>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

impl AttrNamesResponse {
    /// A successful reply with `attr_names`.
    pub fn new(attr_names: AttrNames) -> Self {
        Self {
            attr_names,
            attr_types: None,
            envelope: Envelope::ok(),
        }
    }
}

crate::macros::response!(AttrNamesResponse);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_zero_to_nine_and_names_at_most_50_bytes() {
        assert!(AttrNames::new()
            .with(0, "sex")
            .with(9, "n".repeat(50))
            .check("AttrNames")
            .is_ok());
        let error = AttrNames::new().check("AttrNames").unwrap_err();
        assert_eq!((error.field(), error.rule()), ("AttrNames", &Rule::NotEmpty));
        let mut names = AttrNames::new();
        names.0.insert("10".into(), "x".into());
        let error = names.check("AttrNames").unwrap_err();
        assert_eq!(error.field(), "AttrNames.10");
        assert_eq!(error.error_code(), Some(ErrorCode::PushAttrInvalid));
        let error = AttrNames::new().with(3, "n".repeat(51)).check("AttrNames").unwrap_err();
        assert_eq!(
            error.rule(),
            &Rule::TooLong {
                max_bytes: 50,
                actual: 51
            }
        );
    }

    #[test]
    fn types_name_numbers_of_the_names_with_known_kinds() {
        let names = AttrNames::new().with(0, "sex").with(2, "country");
        assert!(AttrTypes::new().with(0, 0).with(2, 1).check(&names).is_ok());
        assert_eq!(
            AttrTypes::new().with(1, 0).check(&names).unwrap_err().field(),
            "AttrTypes.1"
        );
        let error = AttrTypes::new().with(2, 5).check(&names).unwrap_err();
        assert!(matches!(error.rule(), Rule::UnsupportedValue { value: 5, .. }));
    }

    #[test]
    fn entries_that_are_not_names_are_dropped_when_read() {
        let names: AttrNames = serde_json::from_str(r#"{"0": "sex", "Later": {"x": 1}}"#).unwrap();
        assert_eq!(names, AttrNames::new().with(0, "sex"));
        let types: AttrTypes = serde_json::from_str(r#"{"0": 0, "1": "one"}"#).unwrap();
        assert_eq!(types, AttrTypes::new().with(0, 0));
    }
}
