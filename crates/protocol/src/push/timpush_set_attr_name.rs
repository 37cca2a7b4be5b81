//! `v4/timpush/set_attr_name`: name the app's push attributes, and say
//! which kind of account each is set on.

use serde::{Deserialize, Serialize};

use super::{AttrNames, AttrTypes};
use crate::validation::ValidationError;

/// The request of `timpush/set_attr_name` (<https://trtc.io/document/60563>;
/// 269/111050 on the Chinese site): the names of `im_set_attr_name`, and
/// optionally each attribute's account type (`AttrTypes`: 0 for UserIDs, 1
/// for RegistrationIDs; fixed once set). The reply is the status fields
/// alone.
///
/// Idempotent: it sets the names to the given values.
///
/// ```
/// use tim_protocol::push::{AttrNames, AttrTypes, TimpushSetAttrNameRequest};
///
/// let names = AttrNames::new().with(0, "sex").with(1, "city");
/// let request = TimpushSetAttrNameRequest::new(names).attr_types(AttrTypes::new().with(0, 0).with(1, 0));
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"AttrNames": {"0": "sex", "1": "city"}, "AttrTypes": {"0": 0, "1": 0}})
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TimpushSetAttrNameRequest {
    /// `AttrNames`: number → name.
    #[serde(rename = "AttrNames")]
    pub attr_names: AttrNames,
    /// `AttrTypes`: number → account type; each number one of `AttrNames`.
    #[serde(rename = "AttrTypes", default, skip_serializing_if = "Option::is_none")]
    pub attr_types: Option<AttrTypes>,
}

impl TimpushSetAttrNameRequest {
    /// Sets `names`.
    pub fn new(names: AttrNames) -> Self {
        Self {
            attr_names: names,
            attr_types: None,
        }
    }

    /// With the attributes' account types.
    pub fn attr_types(mut self, types: AttrTypes) -> Self {
        self.attr_types = Some(types);
        self
    }

    /// Checks [`AttrNames`]' rules, and [`AttrTypes`]' against them.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        self.attr_names.check("AttrNames")?;
        if let Some(types) = &self.attr_types {
            types.check(&self.attr_names)?;
        }
        Ok(())
    }
}
