//! `v4/sns/friend_import`: import one-way friends with their data.

use serde::{Deserialize, Serialize};

use super::fields::{check_add_wording, check_group_names, check_remark, AddSource, SnsItem};
use crate::validation::{check, Rule, ValidationError};

/// The request of `friend_import` (<https://intl.cloud.tencent.com/document/product/1047/34903>):
/// one-way friends of `From_Account`, with their remark, lists, source, times
/// and custom fields, without friend requests or notifications.
///
/// Not idempotent (this crate's choice: the page does not say what importing
/// a friend already present answers, so a call whose reply was lost is not
/// repeated by default). Import a user's friends in one call: concurrent
/// writes for one user fail with 30008.
///
/// ```
/// use tim_protocol::sns::{AddSource, FriendImportItem, FriendImportRequest, SnsItem};
///
/// let item = FriendImportItem::new("id1", AddSource::new("Import"))
///     .group_names(["Friends"])
///     .custom_item([SnsItem::custom_text("Test", "value")]);
/// let request = FriendImportRequest::new("id", [item]);
/// assert!(request.validate().is_ok());
/// assert_eq!(
///     serde_json::to_value(&request).unwrap()["AddFriendItem"][0]["CustomItem"][0]["Tag"],
///     "Tag_SNS_Custom_Test"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendImportRequest {
    /// `From_Account`: the user whose friends are imported.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `AddFriendItem`: the friends, at least one. The page gives no maximum
    /// per call, so none is checked.
    #[serde(rename = "AddFriendItem")]
    pub add_friend_item: Vec<FriendImportItem>,
}

impl FriendImportRequest {
    /// Import `items` as friends of `user`.
    pub fn new(user: impl Into<String>, items: impl IntoIterator<Item = FriendImportItem>) -> Self {
        Self {
            from_account: user.into(),
            add_friend_item: items.into_iter().collect(),
        }
    }

    /// Checks: `From_Account` and each `To_Account` 1 to 32 bytes; at least
    /// one item; `Remark` at most 96 bytes; `GroupName` at most 32 names of 1
    /// to 30 bytes (30011 past 32); `AddSource_Type_<1 to 8 letters>`;
    /// `AddWording` at most 256 bytes; `CustomItem` only custom fields
    /// (`Tag_SNS_Custom_<1 to 8 letters>`, strings at most 500 bytes).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        check::count("AddFriendItem", self.add_friend_item.len(), 1, usize::MAX, None)?;
        for (index, item) in self.add_friend_item.iter().enumerate() {
            item.check(&format!("AddFriendItem[{index}]"))?;
        }
        Ok(())
    }
}

/// One friend of `friend_import`'s `AddFriendItem`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendImportItem {
    /// `To_Account`: the friend.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `Remark`: at most 96 bytes.
    #[serde(rename = "Remark", default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// `RemarkTime`: when the remark was set (seconds).
    #[serde(rename = "RemarkTime", default, skip_serializing_if = "Option::is_none")]
    pub remark_time: Option<u64>,
    /// `GroupName`: the friend lists (a list here, one string in `friend_add`).
    #[serde(rename = "GroupName", default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<Vec<String>>,
    /// `AddSource`: required.
    #[serde(rename = "AddSource")]
    pub add_source: AddSource,
    /// `AddWording`: at most 256 bytes.
    #[serde(rename = "AddWording", default, skip_serializing_if = "Option::is_none")]
    pub add_wording: Option<String>,
    /// `AddTime`: when the friendship began (seconds).
    #[serde(rename = "AddTime", default, skip_serializing_if = "Option::is_none")]
    pub add_time: Option<u64>,
    /// `CustomItem`: custom friend fields.
    #[serde(rename = "CustomItem", default, skip_serializing_if = "Option::is_none")]
    pub custom_item: Option<Vec<SnsItem>>,
}

impl FriendImportItem {
    /// Import `user`, added from `source`.
    pub fn new(user: impl Into<String>, source: AddSource) -> Self {
        Self {
            to_account: user.into(),
            remark: None,
            remark_time: None,
            group_name: None,
            add_source: source,
            add_wording: None,
            add_time: None,
            custom_item: None,
        }
    }

    /// Sets `Remark`.
    pub fn remark(mut self, remark: impl Into<String>) -> Self {
        self.remark = Some(remark.into());
        self
    }

    /// Sets `GroupName`, the friend lists.
    pub fn group_names<S: Into<String>>(mut self, names: impl IntoIterator<Item = S>) -> Self {
        self.group_name = Some(names.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `AddWording`.
    pub fn add_wording(mut self, wording: impl Into<String>) -> Self {
        self.add_wording = Some(wording.into());
        self
    }

    /// Sets `AddTime`.
    pub fn add_time(mut self, secs: u64) -> Self {
        self.add_time = Some(secs);
        self
    }

    /// Sets `CustomItem`.
    pub fn custom_item(mut self, items: impl IntoIterator<Item = SnsItem>) -> Self {
        self.custom_item = Some(items.into_iter().collect());
        self
    }

    fn check(&self, field: &str) -> Result<(), ValidationError> {
        check::user_id(|| format!("{field}.To_Account"), &self.to_account)?;
        if let Some(remark) = &self.remark {
            check_remark(&format!("{field}.Remark"), remark)?;
        }
        if let Some(names) = &self.group_name {
            check_group_names(&format!("{field}.GroupName"), names, 0)?;
        }
        self.add_source.check(&format!("{field}.AddSource"))?;
        if let Some(wording) = &self.add_wording {
            check_add_wording(&format!("{field}.AddWording"), wording)?;
        }
        for (index, item) in self.custom_item.iter().flatten().enumerate() {
            let path = format!("{field}.CustomItem[{index}]");
            if !matches!(item, SnsItem::Custom { .. }) {
                return Err(ValidationError::new(
                    format!("{path}.Tag"),
                    Rule::BadFormat("a custom friend field (Tag_SNS_Custom_<key>) with a string or integer value"),
                ));
            }
            item.check(&path)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn custom_items_must_be_custom_and_lists_at_most_32() {
        let item = || FriendImportItem::new("id1", AddSource::new("Web"));
        let standard = FriendImportRequest::new("id", [item().custom_item([SnsItem::Remark("r".into())])]);
        assert_eq!(
            standard.validate().unwrap_err().field(),
            "AddFriendItem[0].CustomItem[0].Tag"
        );
        let lists = FriendImportRequest::new("id", [item().group_names(vec!["g"; 33])]);
        let error = lists.validate().unwrap_err();
        assert_eq!(error.field(), "AddFriendItem[0].GroupName");
        assert_eq!(error.error_code(), Some(ErrorCode::SnsFriendGroupLimitReached));
        let bad_source = FriendImportRequest::new("id", [FriendImportItem::new("id1", AddSource::from_wire("x"))]);
        assert_eq!(bad_source.validate().unwrap_err().field(), "AddFriendItem[0].AddSource");
        assert!(
            FriendImportRequest::new("id", [item().custom_item([SnsItem::custom_integer("YYYY", 0)])])
                .validate()
                .is_ok()
        );
    }
}
