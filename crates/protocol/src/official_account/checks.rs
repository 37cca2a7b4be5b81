//! The rules several official account requests share.

use crate::limits::{
    OFFICIAL_ACCOUNT_CUSTOM_STRING_MAX_BYTES, OFFICIAL_ACCOUNT_FACE_URL_MAX_BYTES,
    OFFICIAL_ACCOUNT_INTRODUCTION_MAX_BYTES, OFFICIAL_ACCOUNT_NAME_MAX_BYTES, OFFICIAL_ACCOUNT_ORGANIZATION_MAX_BYTES,
};
use crate::validation::{check, Rule, ValidationError};

/// An official account ID (`Official_Account`): not empty. The pages give
/// no length; the service answers 130007 for a malformed one.
pub(crate) fn official_account(field: &str, id: &str) -> Result<(), ValidationError> {
    if id.is_empty() {
        return Err(ValidationError::new(field, Rule::NotEmpty));
    }
    Ok(())
}

/// The writable profile fields of `create_official_account` and
/// `modify_official_account_base_info`, each within its documented length
/// (`Name` is checked by the caller: required at creation, optional after).
pub(crate) fn profile_fields(
    introduction: Option<&str>,
    face_url: Option<&str>,
    organization: Option<&str>,
    custom_string: Option<&str>,
) -> Result<(), ValidationError> {
    let fields = [
        ("Introduction", introduction, OFFICIAL_ACCOUNT_INTRODUCTION_MAX_BYTES),
        ("FaceUrl", face_url, OFFICIAL_ACCOUNT_FACE_URL_MAX_BYTES),
        ("Organization", organization, OFFICIAL_ACCOUNT_ORGANIZATION_MAX_BYTES),
        ("CustomString", custom_string, OFFICIAL_ACCOUNT_CUSTOM_STRING_MAX_BYTES),
    ];
    for (field, value, max) in fields {
        if let Some(value) = value {
            check::max_bytes(|| field.into(), value, max)?;
        }
    }
    Ok(())
}

/// A `Name`: 1 to 150 bytes of UTF-8.
pub(crate) fn name(name: &str) -> Result<(), ValidationError> {
    check::text(|| "Name".into(), name, OFFICIAL_ACCOUNT_NAME_MAX_BYTES)
}

/// A `MaxSubscriberNum`: at least 1 (this crate's choice: the pages give
/// only the default, 100000, and an account no one may subscribe to is
/// taken for a mistake).
pub(crate) fn max_subscribers(value: Option<u32>) -> Result<(), ValidationError> {
    if value == Some(0) {
        return Err(ValidationError::new(
            "MaxSubscriberNum",
            Rule::UnsupportedValue {
                value: 0,
                expected: "at least 1",
            },
        ));
    }
    Ok(())
}
