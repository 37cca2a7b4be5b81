//! `v4/all_member_push/im_set_attr`: set users' attributes.

use serde::{Deserialize, Serialize};

use super::{Attrs, UserAttrsItem, USERS_PER_REQUEST_MAX};
use crate::validation::{check, ValidationError};
use crate::ErrorCode;

/// The request of `im_set_attr` (<https://www.tencentcloud.com/document/product/1047/37170>):
/// attribute values for 1 to 100 users (90018). Each user's `Attrs` maps
/// attribute names, which must be the app's (`im_set_attr_name`; the
/// service answers 90033 for another), to values of at most 50 bytes. A
/// user's other attributes are left as they are. The reply is the status
/// fields alone.
///
/// Idempotent: it sets the values given.
///
/// ```
/// use tim_protocol::push::{Attrs, ImSetAttrRequest};
///
/// let request = ImSetAttrRequest::one("xiaojun012", Attrs::new().with("sex", "attr1").with("city", "attr2"));
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"UserAttrs": [{"To_Account": "xiaojun012", "Attrs": {"sex": "attr1", "city": "attr2"}}]})
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImSetAttrRequest {
    /// `UserAttrs`: the users and their values.
    #[serde(rename = "UserAttrs")]
    pub user_attrs: Vec<UserAttrsItem>,
}

impl ImSetAttrRequest {
    /// Sets the values of `items`.
    pub fn new(items: impl IntoIterator<Item = UserAttrsItem>) -> Self {
        Self {
            user_attrs: items.into_iter().collect(),
        }
    }

    /// Sets `attrs` on `user`.
    pub fn one(user: impl Into<String>, attrs: Attrs) -> Self {
        Self::new([UserAttrsItem::new(user, attrs)])
    }

    /// Checks: 1 to 100 users (90018); each `To_Account` 1 to 32 bytes; each
    /// `Attrs` 1 to 10 names (90033), names 1 to 50 bytes, values at most 50.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::count(
            "UserAttrs",
            self.user_attrs.len(),
            1,
            USERS_PER_REQUEST_MAX,
            Some(ErrorCode::PushAccountsExceeded),
        )?;
        for (index, item) in self.user_attrs.iter().enumerate() {
            check::user_id(|| format!("UserAttrs[{index}].To_Account"), &item.to_account)?;
            item.attrs.check(&format!("UserAttrs[{index}].Attrs"), true)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Rule;

    #[test]
    fn users_and_values_are_capped() {
        let attrs = || Attrs::new().with("sex", "f");
        let users = |n: usize| {
            (0..n)
                .map(|i| UserAttrsItem::new(format!("u{i}"), attrs()))
                .collect::<Vec<_>>()
        };
        assert!(ImSetAttrRequest::new(users(100)).validate().is_ok());
        let error = ImSetAttrRequest::new(users(101)).validate().unwrap_err();
        assert_eq!(error.error_code(), Some(ErrorCode::PushAccountsExceeded));
        assert_eq!(ImSetAttrRequest::new([]).validate().unwrap_err().field(), "UserAttrs");
        let error = ImSetAttrRequest::one("u", Attrs::new().with("city", "c".repeat(51)))
            .validate()
            .unwrap_err();
        assert_eq!(error.field(), "UserAttrs[0].Attrs.city");
        assert_eq!(
            error.rule(),
            &Rule::TooLong {
                max_bytes: 50,
                actual: 51
            }
        );
        let error = ImSetAttrRequest::one("u", Attrs::new()).validate().unwrap_err();
        assert_eq!(error.field(), "UserAttrs[0].Attrs");
    }
}
