//! `v4/all_member_push/im_set_attr_name`: name the app's push attributes.

use serde::{Deserialize, Serialize};

use super::AttrNames;
use crate::validation::ValidationError;

/// The request of `im_set_attr_name` (<https://www.tencentcloud.com/document/product/1047/37167>):
/// names for the app's attributes `"0"` to `"9"`, each at most 50 bytes.
/// The names are then the keys of users' attributes (`im_set_attr`) and of
/// attribute conditions. The reply is the status fields alone.
///
/// Idempotent: it sets the names to the given values.
///
/// ```
/// use tim_protocol::push::{AttrNames, ImSetAttrNameRequest};
///
/// let request = ImSetAttrNameRequest::new(AttrNames::new().with(0, "sex").with(1, "city").with(2, "country"));
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"AttrNames": {"0": "sex", "1": "city", "2": "country"}})
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ImSetAttrNameRequest {
    /// `AttrNames`: number → name.
    #[serde(rename = "AttrNames")]
    pub attr_names: AttrNames,
}

impl ImSetAttrNameRequest {
    /// Sets `names`.
    pub fn new(names: AttrNames) -> Self {
        Self { attr_names: names }
    }

    /// Checks [`AttrNames`]' rules: at least one, numbers `"0"` to `"9"`
    /// (90033), names at most 50 bytes.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        self.attr_names.check("AttrNames")
    }
}
