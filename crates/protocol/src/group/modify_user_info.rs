//! `v4/group_open_avchatroom_http_svc/modify_user_info`: set or remove
//! marks of an audio-video group's members.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::checks;
use crate::limits::{GROUP_MARKS_MAX, MARK_MEMBERS_MAX, MEMBER_MARK_CUSTOM_MIN};
use crate::macros::int_enum;
use crate::validation::{check, Rule, ValidationError};
use crate::Envelope;

int_enum! {
    /// `CommandType` of `modify_user_info`.
    pub enum MarkCommand {
        /// 1: set the marks.
        Set = 1,
        /// 2: remove the marks.
        Delete = 2,
    }
}

/// One `MemberList` entry: a member and marks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MemberMarks {
    /// `Member_Account`.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// `Marks`: 1000 and above, or the preset 500 (always online) and 600
    /// (hidden from the online list), which only the app admin sets.
    #[serde(rename = "Marks")]
    pub marks: Vec<u32>,
}

impl MemberMarks {
    /// `marks` of `member_account`.
    pub fn new(member_account: impl Into<String>, marks: impl IntoIterator<Item = u32>) -> Self {
        Self {
            member_account: member_account.into(),
            marks: marks.into_iter().collect(),
        }
    }
}

/// The request of `modify_user_info` (<https://www.tencentcloud.com/document/product/1047/50294>).
/// Only online members are marked; the reply lists those that were.
///
/// ```
/// use tim_protocol::group::{MemberMarks, ModifyUserInfoRequest};
///
/// let request = ModifyUserInfoRequest::set(
///     "@TGS#a6I4ZUUGO",
///     [MemberMarks::new("teacher10", [1000]), MemberMarks::new("student9", [1001])],
/// );
/// assert!(request.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ModifyUserInfoRequest {
    /// `GroupId`: the audio-video group.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// `CommandType`: set or remove.
    #[serde(rename = "CommandType")]
    pub command_type: MarkCommand,
    /// `MemberList`: 1 to 500 members.
    #[serde(rename = "MemberList")]
    pub member_list: Vec<MemberMarks>,
}

impl ModifyUserInfoRequest {
    /// Set `members`' marks in `group_id`.
    pub fn set(group_id: impl Into<String>, members: impl IntoIterator<Item = MemberMarks>) -> Self {
        Self {
            group_id: group_id.into(),
            command_type: MarkCommand::Set,
            member_list: members.into_iter().collect(),
        }
    }

    /// Remove `members`' marks in `group_id`.
    pub fn delete(group_id: impl Into<String>, members: impl IntoIterator<Item = MemberMarks>) -> Self {
        Self {
            command_type: MarkCommand::Delete,
            ..Self::set(group_id, members)
        }
    }

    /// Checks: `GroupId` not empty; `CommandType` 1 or 2; 1 to 500
    /// members, each UserID 1 to 32 bytes with at least one mark (this
    /// crate's choice: the page never shows an empty list), each mark 500,
    /// 600 or at least 1000; at most 10 different marks in the request (a
    /// group uses at most 10).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        checks::group_id("GroupId", &self.group_id)?;
        if let MarkCommand::Unknown(value) = self.command_type {
            return Err(ValidationError::new(
                "CommandType",
                Rule::UnsupportedValue {
                    value,
                    expected: "1 (set) or 2 (delete)",
                },
            ));
        }
        check::count("MemberList", self.member_list.len(), 1, MARK_MEMBERS_MAX, None)?;
        let mut distinct = BTreeSet::new();
        for (index, member) in self.member_list.iter().enumerate() {
            checks::user_id(|| format!("MemberList[{index}].Member_Account"), &member.member_account)?;
            let field = format!("MemberList[{index}].Marks");
            check::count(&field, member.marks.len(), 1, GROUP_MARKS_MAX, None)?;
            for (at, &mark) in member.marks.iter().enumerate() {
                if mark < MEMBER_MARK_CUSTOM_MIN && mark != 500 && mark != 600 {
                    return Err(ValidationError::new(
                        format!("{field}[{at}]"),
                        Rule::UnsupportedValue {
                            value: i64::from(mark),
                            expected: "500, 600, or 1000 and above",
                        },
                    ));
                }
                distinct.insert(mark);
            }
        }
        check::count("MemberList[].Marks", distinct.len(), 0, GROUP_MARKS_MAX, None)
    }
}

/// The reply of `modify_user_info`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ModifyUserInfoResponse {
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
    /// `CommandType`: the request's.
    #[serde(rename = "CommandType", default, skip_serializing_if = "Option::is_none")]
    pub command_type: Option<MarkCommand>,
    /// `MemberList`: the members whose marks were changed (offline ones are left out).
    #[serde(rename = "MemberList", default, skip_serializing_if = "Option::is_none")]
    pub member_list: Option<Vec<MemberMarks>>,
}

crate::macros::response!(ModifyUserInfoResponse);

impl ModifyUserInfoResponse {
    /// A successful reply listing the members changed.
    pub fn new(command_type: MarkCommand, members: Vec<MemberMarks>) -> Self {
        Self {
            envelope: Envelope::ok(),
            command_type: Some(command_type),
            member_list: Some(members),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_follow_the_page() {
        let one = |marks: Vec<u32>| ModifyUserInfoRequest::set("g", [MemberMarks::new("a", marks)]).validate();
        assert!(one(vec![1000]).is_ok());
        assert!(one(vec![500, 600, 4000]).is_ok());
        let low = one(vec![999]).unwrap_err();
        assert_eq!(low.field(), "MemberList[0].Marks[0]");
        assert_eq!(low.error_code().map(|code| code.code()), Some(10004));
        assert_eq!(one(vec![]).unwrap_err().field(), "MemberList[0].Marks");
        let eleven = (0..11).map(|n| MemberMarks::new(format!("u{n}"), [1000 + n]));
        assert_eq!(
            ModifyUserInfoRequest::delete("g", eleven)
                .validate()
                .unwrap_err()
                .field(),
            "MemberList[].Marks"
        );
        let many = (0..501).map(|n| MemberMarks::new(format!("u{n}"), [1000]));
        assert!(matches!(
            ModifyUserInfoRequest::set("g", many).validate().unwrap_err().rule(),
            Rule::TooMany { max: 500, .. }
        ));
        let mut unknown = ModifyUserInfoRequest::set("g", [MemberMarks::new("a", [1000])]);
        unknown.command_type = MarkCommand::from(3);
        assert_eq!(unknown.validate().unwrap_err().field(), "CommandType");
    }
}
