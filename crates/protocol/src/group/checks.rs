//! The checks the group requests share.

use super::types::{AppDefinedData, GroupType};
use crate::limits::{
    COMMUNITY_GROUP_ID_PREFIX, CUSTOM_GROUP_ID_MAX_BYTES, GENERATED_GROUP_ID_PREFIX, GROUP_FACE_URL_MAX_BYTES,
    GROUP_INTRODUCTION_MAX_BYTES, GROUP_NOTIFICATION_MAX_BYTES,
};
use crate::validation::{check, Rule, ValidationError};

/// An existing group's ID: not empty. Its length is not checked, since IDs
/// the service assigns and topic IDs (`@TGS#_..@TOPIC#_..`) are not bound by
/// the custom-ID limit.
pub(crate) fn group_id(field: &str, value: &str) -> Result<(), ValidationError> {
    if value.is_empty() {
        return Err(ValidationError::new(field, Rule::NotEmpty));
    }
    Ok(())
}

// UserIDs are checked as everywhere else.
pub(crate) use crate::validation::check::{user_id, user_ids};

/// An optional text of at most `max_bytes` (it may be empty: an empty value
/// clears the field).
pub(crate) fn optional_text(field: &str, value: Option<&str>, max_bytes: usize) -> Result<(), ValidationError> {
    value.map_or(Ok(()), |value| check::max_bytes(|| field.to_owned(), value, max_bytes))
}

/// A group's optional profile texts, as `create_group`, `import_group` and
/// `modify_group_base_info` send them: `Introduction` at most 240 bytes,
/// `Notification` 300, `FaceUrl` 100 (an empty value clears the field).
pub(crate) fn profile_texts(
    introduction: Option<&str>,
    notification: Option<&str>,
    face_url: Option<&str>,
) -> Result<(), ValidationError> {
    optional_text("Introduction", introduction, GROUP_INTRODUCTION_MAX_BYTES)?;
    optional_text("Notification", notification, GROUP_NOTIFICATION_MAX_BYTES)?;
    optional_text("FaceUrl", face_url, GROUP_FACE_URL_MAX_BYTES)
}

/// A custom group ID given at creation: at most 48 bytes of printable ASCII
/// (0x20 to 0x7e); a Community's starts with `@TGS#_`, any other's must not
/// start with the reserved `@TGS#`.
pub(crate) fn custom_group_id(field: &str, value: &str, kind: &GroupType) -> Result<(), ValidationError> {
    check::text(|| field.into(), value, CUSTOM_GROUP_ID_MAX_BYTES)?;
    if !value.bytes().all(|b| (0x20..=0x7e).contains(&b)) {
        return Err(ValidationError::new(field, Rule::BadFormat("printable ASCII only")));
    }
    match kind {
        GroupType::Community if !value.starts_with(COMMUNITY_GROUP_ID_PREFIX) => Err(ValidationError::new(
            field,
            Rule::BadFormat("prefixed with @TGS#_ for a Community"),
        )),
        GroupType::Community => Ok(()),
        _ if value.starts_with(GENERATED_GROUP_ID_PREFIX) => Err(ValidationError::new(
            field,
            Rule::BadFormat("free of the reserved @TGS# prefix"),
        )),
        _ => Ok(()),
    }
}

/// At most `max` keys, each 1 to `max_bytes` bytes.
pub(crate) fn counter_keys<'a>(
    list: &str,
    keys: impl ExactSizeIterator<Item = &'a str>,
    max: usize,
    max_bytes: usize,
) -> Result<(), ValidationError> {
    check::count(list, keys.len(), 0, max, None)?;
    for (index, key) in keys.enumerate() {
        check::text(|| format!("{list}[{index}]"), key, max_bytes)?;
    }
    Ok(())
}

/// Custom-data entries: each key not empty.
pub(crate) fn defined_data(list: &str, entries: Option<&[AppDefinedData]>) -> Result<(), ValidationError> {
    for (index, entry) in entries.unwrap_or_default().iter().enumerate() {
        if entry.key.is_empty() {
            return Err(ValidationError::new(format!("{list}[{index}].Key"), Rule::NotEmpty));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::group::{CreateGroupRequest, GroupAttr, GroupType, ModifyGroupAttrRequest};
    use crate::{ErrorCode, Rule};

    #[test]
    fn custom_group_ids_follow_the_prefix_rules() {
        let public = |id: &str| CreateGroupRequest::new(GroupType::Public, "n").group_id(id).validate();
        let community = |id: &str| {
            CreateGroupRequest::new(GroupType::Community, "n")
                .group_id(id)
                .validate()
        };
        assert!(public("MyFirstGroup").is_ok());
        let error = public("@TGS#mine").unwrap_err();
        assert_eq!(
            (error.field(), error.error_code()),
            ("GroupId", Some(ErrorCode::GroupParameterInvalid))
        );
        assert!(matches!(public("é").unwrap_err().rule(), Rule::BadFormat(_)));
        assert!(public(&"a".repeat(49)).is_err());
        assert!(community("@TGS#_mine").is_ok());
        assert!(community("mine").is_err());
    }

    #[test]
    fn names_and_members_are_bounded() {
        let long = CreateGroupRequest::new(GroupType::Work, "é".repeat(16));
        assert_eq!(
            long.validate().unwrap_err().rule(),
            &Rule::TooLong {
                max_bytes: 30,
                actual: 32
            }
        );
        let av = CreateGroupRequest::with_members(GroupType::AvChatRoom, "live", "owner", ["a"]);
        assert_eq!(
            av.validate().unwrap_err().error_code(),
            Some(ErrorCode::GroupPermissionDenied)
        );
        let many = CreateGroupRequest::with_members(GroupType::Work, "w", "owner", (0..101).map(|n| n.to_string()));
        assert_eq!(many.validate().unwrap_err().field(), "MemberList");
    }

    #[test]
    fn attributes_are_bounded_in_total() {
        let attrs = (0..5).map(|n| GroupAttr::new(format!("k{n}"), "v".repeat(3999)));
        let error = ModifyGroupAttrRequest::new("g", attrs).validate().unwrap_err();
        assert!(matches!(error.rule(), Rule::TooLong { max_bytes: 16_000, .. }));
        assert!(ModifyGroupAttrRequest::new("g", [GroupAttr::new("k", "v")])
            .validate()
            .is_ok());
    }

    #[test]
    fn bans_counters_and_receipt_pages_are_bounded() {
        use crate::group::{
            BanGroupMemberRequest, DeleteGroupAttrRequest, GetGroupBanMemberRequest, GetGroupMsgReceiptDetailRequest,
            GroupCounter, UpdateGroupCounterRequest,
        };
        let ban = BanGroupMemberRequest::new("g", (0..21).map(|n| n.to_string()), 60);
        assert_eq!(
            ban.validate().unwrap_err().error_code(),
            Some(ErrorCode::GroupTooManyMembersInRequest)
        );
        let long = BanGroupMemberRequest::new("g", ["a"], 60).description("x".repeat(1001));
        assert_eq!(long.validate().unwrap_err().field(), "Description");
        assert!(BanGroupMemberRequest::new("g", ["a"], 60).validate().is_ok());
        let counters = UpdateGroupCounterRequest::new("g", (0..21).map(|n| GroupCounter::new(n.to_string(), 1)));
        assert_eq!(
            counters.validate().unwrap_err().error_code(),
            Some(ErrorCode::GroupCounterLimit)
        );
        let key = UpdateGroupCounterRequest::new("g", [GroupCounter::new("k".repeat(129), 1)]);
        assert_eq!(key.validate().unwrap_err().field(), "GroupCounter[0].Key");
        assert!(GetGroupBanMemberRequest::new("g").limit(101).validate().is_err());
        assert!(GetGroupBanMemberRequest::new("g").limit(100).validate().is_ok());
        assert!(GetGroupMsgReceiptDetailRequest::readers("g", 1, 201)
            .validate()
            .is_err());
        assert!(GetGroupMsgReceiptDetailRequest::readers("g", 1, 200).validate().is_ok());
        assert_eq!(
            DeleteGroupAttrRequest::new("g", ["k".repeat(33)])
                .validate()
                .unwrap_err()
                .field(),
            "GroupAttr[0].key"
        );
    }
}
