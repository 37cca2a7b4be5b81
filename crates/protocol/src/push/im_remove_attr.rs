//! `v4/all_member_push/im_remove_attr`: remove attributes from users.

use serde::{Deserialize, Serialize};

use super::user_attrs::check_name;
use super::{UserAttrNamesItem, ATTRS_PER_APP_MAX, USERS_PER_REQUEST_MAX};
use crate::validation::{check, Rule, ValidationError};
use crate::ErrorCode;

/// The request of `im_remove_attr` (<https://www.tencentcloud.com/document/product/1047/37171>):
/// for 1 to 100 users (90018), the names of the attributes to remove (the
/// service answers 90033 for a name that is not the app's). The reply is
/// the status fields alone.
///
/// Idempotent: a removed attribute stays removed.
///
/// ```
/// use tim_protocol::push::{ImRemoveAttrRequest, UserAttrNamesItem};
///
/// let request = ImRemoveAttrRequest::new([UserAttrNamesItem::new("xiaojun013", ["sex", "city"])]);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"UserAttrs": [{"To_Account": "xiaojun013", "Attrs": ["sex", "city"]}]})
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImRemoveAttrRequest {
    /// `UserAttrs`: the users and the names to remove.
    #[serde(rename = "UserAttrs")]
    pub user_attrs: Vec<UserAttrNamesItem>,
}

impl ImRemoveAttrRequest {
    /// Removes the names of `items`.
    pub fn new(items: impl IntoIterator<Item = UserAttrNamesItem>) -> Self {
        Self {
            user_attrs: items.into_iter().collect(),
        }
    }

    /// Checks: 1 to 100 users (90018); each `To_Account` 1 to 32 bytes; each
    /// `Attrs` 1 to 10 names (an app has no more; 90033), each 1 to 50 bytes.
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
            let field = format!("UserAttrs[{index}].Attrs");
            if item.attrs.is_empty() {
                return Err(ValidationError::new(field, Rule::NotEmpty));
            }
            check::count(
                &field,
                item.attrs.len(),
                1,
                ATTRS_PER_APP_MAX,
                Some(ErrorCode::PushAttrInvalid),
            )?;
            for (i, name) in item.attrs.iter().enumerate() {
                check_name(|| format!("{field}[{i}]"), name)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_required_and_checked() {
        let empty = ImRemoveAttrRequest::new([UserAttrNamesItem::new("u", Vec::<String>::new())]);
        assert_eq!(empty.validate().unwrap_err().field(), "UserAttrs[0].Attrs");
        let blank = ImRemoveAttrRequest::new([UserAttrNamesItem::new("u", ["sex", ""])]);
        let error = blank.validate().unwrap_err();
        assert_eq!(error.field(), "UserAttrs[0].Attrs[1]");
        assert_eq!(error.error_code(), Some(ErrorCode::PushAttrInvalid));
        let no_user = ImRemoveAttrRequest::new([UserAttrNamesItem::new("", ["sex"])]);
        assert_eq!(no_user.validate().unwrap_err().field(), "UserAttrs[0].To_Account");
    }
}
