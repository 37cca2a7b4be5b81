//! `v4/all_member_push/im_add_tag`: add tags to users.

use super::{UserTagsCall, UserTagsRequest, TAGS_PER_LIST_MAX};

/// The request of `im_add_tag` (<https://www.tencentcloud.com/document/product/1047/37173>):
/// for 1 to 100 users (90018), 1 to 10 tags each (90032), each tag 1 to 50
/// bytes (90040, 90020). A user holds at most 100 tags
/// ([`TAGS_PER_USER_MAX`](super::TAGS_PER_USER_MAX)): delete old ones before
/// adding more. The reply is the status fields alone.
///
/// Idempotent (this crate's reading): a user's tags are a set, listed once
/// each by `im_get_tag`, so adding a tag again leaves it as it was.
///
/// ```
/// use tim_protocol::push::{ImAddTagRequest, UserTagsItem};
///
/// let request = ImAddTagRequest::new([UserTagsItem::new("xiaojun012", ["a", "b"])]);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"UserTags": [{"To_Account": "xiaojun012", "Tags": ["a", "b"]}]})
/// );
/// assert!(request.validate().is_ok());
/// let eleven = ImAddTagRequest::one("u", (0..11).map(|i| format!("t{i}")));
/// assert_eq!(eleven.validate().unwrap_err().error_code().map(|c| c.code()), Some(90032));
/// ```
pub type ImAddTagRequest = UserTagsRequest<ImAddTag>;

/// Marks a [`UserTagsRequest`] as the request of `im_add_tag`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImAddTag {}

impl UserTagsCall for ImAddTag {
    const TAGS_PER_USER_MAX: Option<usize> = Some(TAGS_PER_LIST_MAX);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::push::UserTagsItem;
    use crate::ErrorCode;

    #[test]
    fn users_tags_and_their_lengths_are_checked() {
        let users = |n: usize| {
            (0..n)
                .map(|i| UserTagsItem::new(format!("u{i}"), ["a"]))
                .collect::<Vec<_>>()
        };
        assert!(ImAddTagRequest::new(users(100)).validate().is_ok());
        let cases = [
            (
                ImAddTagRequest::new(users(101)),
                "UserTags",
                ErrorCode::PushAccountsExceeded,
            ),
            (ImAddTagRequest::new([]), "UserTags", ErrorCode::PushAccountsExceeded),
            (
                ImAddTagRequest::one("u", ["a", ""]),
                "UserTags[0].Tags[1]",
                ErrorCode::PushTagEmpty,
            ),
            (
                ImAddTagRequest::one("u", ["t".repeat(51)]),
                "UserTags[0].Tags[0]",
                ErrorCode::PushTagTooLong,
            ),
            (
                ImAddTagRequest::one("u", Vec::<String>::new()),
                "UserTags[0].Tags",
                ErrorCode::OpenimJsonInvalid,
            ),
            (
                ImAddTagRequest::one("", ["a"]),
                "UserTags[0].To_Account",
                ErrorCode::OpenimJsonInvalid,
            ),
        ];
        for (request, field, code) in cases {
            let error = request.validate().unwrap_err();
            assert_eq!((error.field(), error.error_code()), (field, Some(code)), "{request:?}");
        }
    }
}
