//! `v4/sns/friend_add`: add friends to a user's friend list.

use serde::{Deserialize, Serialize};

use super::fields::{check_add_wording, check_group_name, check_remark, AddSource};
use super::kinds::check_known;
use crate::limits::FRIEND_ADD_ITEMS_MAX;
use crate::validation::{check, Rule, ValidationError};

/// The request of `friend_add` (<https://intl.cloud.tencent.com/document/product/1047/34902>).
///
/// Not idempotent: adding someone who is already a friend answers a
/// per-item failure instead of success, and when the other user confirms
/// requests (`AllowType_Type_NeedConfirm`) each call sends a new pending
/// request (30539) with its notification; so a call whose reply was lost is
/// not sent again by default.
///
/// ```
/// use tim_protocol::sns::{AddSource, AddType, FriendAddItem, FriendAddRequest};
///
/// let request = FriendAddRequest::new("id", [FriendAddItem::new("id1", AddSource::new("Android")).remark("remark1")])
///     .add_type(AddType::Single);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({
///         "From_Account": "id",
///         "AddFriendItem": [{"To_Account": "id1", "Remark": "remark1", "AddSource": "AddSource_Type_Android"}],
///         "AddType": "Add_Type_Single"
///     })
/// );
/// assert!(request.validate().is_ok());
///
/// let long = FriendAddRequest::new("id", [FriendAddItem::new("id1", AddSource::new("Android")).remark("r".repeat(97))]);
/// let error = long.validate().unwrap_err();
/// assert_eq!(error.field(), "AddFriendItem[0].Remark");
/// assert_eq!(error.error_code().map(|c| c.code()), Some(30001));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendAddRequest {
    /// `From_Account`: the user who adds friends.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `AddFriendItem`: 1 to 100 users to add.
    #[serde(rename = "AddFriendItem")]
    pub add_friend_item: Vec<FriendAddItem>,
    /// `AddType`: one-way or two-way (the default).
    #[serde(rename = "AddType", default, skip_serializing_if = "Option::is_none")]
    pub add_type: Option<AddType>,
    /// `ForceAddFlags`: 1 adds without asking the other user.
    #[serde(rename = "ForceAddFlags", default, skip_serializing_if = "Option::is_none")]
    pub force_add_flags: Option<ForceAddFlags>,
}

impl FriendAddRequest {
    /// `user` adds `items` (two-way, asking each user as their profile says).
    pub fn new(user: impl Into<String>, items: impl IntoIterator<Item = FriendAddItem>) -> Self {
        Self {
            from_account: user.into(),
            add_friend_item: items.into_iter().collect(),
            add_type: None,
            force_add_flags: None,
        }
    }

    /// Sets `AddType`.
    pub fn add_type(mut self, add_type: AddType) -> Self {
        self.add_type = Some(add_type);
        self
    }

    /// Adds without the other users' consent (`ForceAddFlags: 1`).
    pub fn forced(mut self) -> Self {
        self.force_add_flags = Some(ForceAddFlags::Forced);
        self
    }

    /// Checks: `From_Account` 1 to 32 bytes; 1 to 100 items, each with a
    /// `To_Account` of 1 to 32 bytes, a `Remark` of at most 96 bytes, a
    /// `GroupName` of 1 to 30 bytes, an `AddSource` of `AddSource_Type_` and 1
    /// to 8 letters, an `AddWording` of at most 256 bytes; `AddType` and
    /// `ForceAddFlags` one of their documented values. All are 30001.
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::user_id(|| "From_Account".into(), &self.from_account)?;
        check::count(
            "AddFriendItem",
            self.add_friend_item.len(),
            1,
            FRIEND_ADD_ITEMS_MAX,
            None,
        )?;
        for (index, item) in self.add_friend_item.iter().enumerate() {
            item.check(&format!("AddFriendItem[{index}]"))?;
        }
        if let Some(add_type) = &self.add_type {
            check_known("AddType", add_type.is_known(), "Add_Type_Single or Add_Type_Both")?;
        }
        if let Some(flags) = self.force_add_flags {
            if !flags.is_known() {
                return Err(ValidationError::new(
                    "ForceAddFlags",
                    Rule::UnsupportedValue {
                        value: flags.value(),
                        expected: "0 or 1",
                    },
                ));
            }
        }
        Ok(())
    }
}

/// One user of `AddFriendItem`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FriendAddItem {
    /// `To_Account`: the user to add.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `Remark`: the adder's remark for the new friend, at most 96 bytes.
    #[serde(rename = "Remark", default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// `GroupName`: the one friend list to put the new friend in (a string
    /// here, a list in `friend_import`).
    #[serde(rename = "GroupName", default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// `AddSource`: where the request comes from. Required on older pages,
    /// optional on the current one; every sample sends it.
    #[serde(rename = "AddSource", default, skip_serializing_if = "Option::is_none")]
    pub add_source: Option<AddSource>,
    /// `AddWording`: the request's message, at most 256 bytes.
    #[serde(rename = "AddWording", default, skip_serializing_if = "Option::is_none")]
    pub add_wording: Option<String>,
}

impl FriendAddItem {
    /// Add `user`, the request coming from `source`.
    pub fn new(user: impl Into<String>, source: AddSource) -> Self {
        Self {
            to_account: user.into(),
            remark: None,
            group_name: None,
            add_source: Some(source),
            add_wording: None,
        }
    }

    /// Sets `Remark`.
    pub fn remark(mut self, remark: impl Into<String>) -> Self {
        self.remark = Some(remark.into());
        self
    }

    /// Sets `GroupName`, the friend list.
    pub fn group_name(mut self, group_name: impl Into<String>) -> Self {
        self.group_name = Some(group_name.into());
        self
    }

    /// Sets `AddWording`, the request's message.
    pub fn add_wording(mut self, wording: impl Into<String>) -> Self {
        self.add_wording = Some(wording.into());
        self
    }

    fn check(&self, field: &str) -> Result<(), ValidationError> {
        check::user_id(|| format!("{field}.To_Account"), &self.to_account)?;
        if let Some(remark) = &self.remark {
            check_remark(&format!("{field}.Remark"), remark)?;
        }
        if let Some(name) = &self.group_name {
            check_group_name(|| format!("{field}.GroupName"), name)?;
        }
        if let Some(source) = &self.add_source {
            source.check(&format!("{field}.AddSource"))?;
        }
        if let Some(wording) = &self.add_wording {
            check_add_wording(&format!("{field}.AddWording"), wording)?;
        }
        Ok(())
    }
}

crate::str_enum! {
    /// `AddType`: whether adding makes a one-way or a two-way friendship.
    pub enum AddType {
        /// `Add_Type_Single`: the user adds the other one-way.
        Single = "Add_Type_Single",
        /// `Add_Type_Both` (the default): both become friends of each other.
        Both = "Add_Type_Both",
    }
}

crate::macros::int_enum! {
    /// `ForceAddFlags`: whether the administrator adds without the other
    /// user's consent.
    pub enum ForceAddFlags {
        /// 0: a normal request, handled as the other user's profile says.
        Normal = 0,
        /// 1: added at once.
        Forced = 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::{SNS_ADD_WORDING_MAX_BYTES, SNS_GROUP_NAME_MAX_BYTES, SNS_REMARK_MAX_BYTES};
    use crate::sns::ResultsResponse;
    use crate::ErrorCode;

    /// A change to a valid request, and the field it breaks.
    type Case = (fn(&mut FriendAddRequest), &'static str);

    fn valid() -> FriendAddRequest {
        FriendAddRequest::new(
            "id",
            [FriendAddItem::new("id1", AddSource::new("XXXXXXXX"))
                .remark("r".repeat(SNS_REMARK_MAX_BYTES))
                .group_name("é".repeat(SNS_GROUP_NAME_MAX_BYTES / 2))
                .add_wording("w".repeat(SNS_ADD_WORDING_MAX_BYTES))],
        )
        .add_type(AddType::Both)
        .forced()
    }

    #[test]
    fn limits_are_inclusive_and_named() {
        assert!(valid().validate().is_ok());
        let cases: [Case; 9] = [
            (|r| r.from_account = "u".repeat(33), "From_Account"),
            (|r| r.add_friend_item.clear(), "AddFriendItem"),
            (
                |r| r.add_friend_item = vec![r.add_friend_item[0].clone(); FRIEND_ADD_ITEMS_MAX + 1],
                "AddFriendItem",
            ),
            (
                |r| r.add_friend_item[0].remark = Some("é".repeat(49)),
                "AddFriendItem[0].Remark",
            ),
            (
                |r| r.add_friend_item[0].group_name = Some(String::new()),
                "AddFriendItem[0].GroupName",
            ),
            (
                |r| r.add_friend_item[0].group_name = Some("g".repeat(31)),
                "AddFriendItem[0].GroupName",
            ),
            (
                |r| r.add_friend_item[0].add_wording = Some("w".repeat(257)),
                "AddFriendItem[0].AddWording",
            ),
            (|r| r.add_type = Some(AddType::from("Add_Type_Other")), "AddType"),
            (|r| r.force_add_flags = Some(ForceAddFlags::from(2)), "ForceAddFlags"),
        ];
        for (mutate, field) in cases {
            let mut request = valid();
            mutate(&mut request);
            let error = request.validate().unwrap_err();
            assert_eq!(error.field(), field);
            assert_eq!(error.error_code(), Some(ErrorCode::SnsParameterInvalid));
        }
    }

    #[test]
    fn add_source_needs_prefix_and_up_to_eight_letters() {
        for good in [
            "AddSource_Type_Android",
            "AddSource_Type_XXXXXXXX",
            "AddSource_Type_IOS",
        ] {
            assert!(AddSource::from_wire(good).check("s").is_ok(), "{good}");
        }
        for bad in [
            "Android",
            "AddSource_Type_",
            "AddSource_Type_TooLongKw",
            "AddSource_Type_Web2",
        ] {
            assert!(AddSource::from_wire(bad).check("s").is_err(), "{bad}");
        }
    }

    #[test]
    fn pending_and_failed_items_are_read() {
        let reply: ResultsResponse = serde_json::from_str(
            r#"{"ResultItem":[{"To_Account":"a","ResultCode":30539,"ResultInfo":"x"}],
                "Fail_Account":["a"],"ActionStatus":"OK","ErrorCode":0}"#,
        )
        .unwrap();
        let item = reply.result("a").unwrap();
        assert_eq!(item.result_code, ErrorCode::SnsFriendRequestPending);
        assert!(!item.is_success());
    }
}
