//! Users' tags: the `UserTags` items of `im_add_tag`, `im_remove_tag`,
//! `im_get_tag` and `timpush/get_tag`, and the rules every tag follows.

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use super::{AccountError, TAG_MAX_BYTES, USERS_PER_REQUEST_MAX};
use crate::validation::{check, Rule, ValidationError};
use crate::{Envelope, ErrorCode};

/// A tag: not empty (90040) and at most 50 bytes (90020).
pub(crate) fn check_tag(field: impl FnOnce() -> String, tag: &str) -> Result<(), ValidationError> {
    if tag.is_empty() {
        return Err(ValidationError::new(field(), Rule::NotEmpty).with_code(ErrorCode::PushTagEmpty));
    }
    check::max_bytes(field, tag, TAG_MAX_BYTES).map_err(|error| error.with_code(ErrorCode::PushTagTooLong))
}

/// One `UserTags` item: a user and tags.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserTagsItem {
    /// `To_Account`: the user (in `timpush`, a UserID or a RegistrationID).
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `Tags`: the tags (each at most 50 bytes).
    #[serde(rename = "Tags", default)]
    pub tags: Vec<String>,
}

impl UserTagsItem {
    /// `user` and `tags`.
    pub fn new<I, S>(user: impl Into<String>, tags: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            to_account: user.into(),
            tags: tags.into_iter().map(Into::into).collect(),
        }
    }
}

/// The request of `im_add_tag` and `im_remove_tag`: 1 to 100 users (90018),
/// each with its tags. `Call` makes each its own type with its own path and
/// its own cap on one user's tags: [`ImAddTagRequest`](super::ImAddTagRequest)
/// (10, 90032) and [`ImRemoveTagRequest`](super::ImRemoveTagRequest) (none
/// documented).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserTagsRequest<Call> {
    /// `UserTags`: the users and their tags.
    #[serde(rename = "UserTags")]
    pub user_tags: Vec<UserTagsItem>,
    #[serde(skip)]
    call: PhantomData<Call>,
}

/// One of the calls sending a [`UserTagsRequest`].
pub trait UserTagsCall {
    /// The most tags one user's item may carry, if the page caps them.
    const TAGS_PER_USER_MAX: Option<usize>;
}

impl<Call: UserTagsCall> UserTagsRequest<Call> {
    /// The request for `items`.
    pub fn new(items: impl IntoIterator<Item = UserTagsItem>) -> Self {
        Self {
            user_tags: items.into_iter().collect(),
            call: PhantomData,
        }
    }

    /// The request for one user's `tags`.
    pub fn one<I, S>(user: impl Into<String>, tags: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self::new([UserTagsItem::new(user, tags)])
    }

    /// Checks: 1 to 100 items (90018); each `To_Account` 1 to 32 bytes;
    /// each `Tags` not empty (a user's item names the tags to change), at
    /// most [`UserTagsCall::TAGS_PER_USER_MAX`] (90032), each tag 1 to 50
    /// bytes (90040, 90020).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        check::count(
            "UserTags",
            self.user_tags.len(),
            1,
            USERS_PER_REQUEST_MAX,
            Some(ErrorCode::PushAccountsExceeded),
        )?;
        for (index, item) in self.user_tags.iter().enumerate() {
            let at = |name: &str| format!("UserTags[{index}].{name}");
            check::user_id(|| at("To_Account"), &item.to_account)?;
            if item.tags.is_empty() {
                return Err(ValidationError::new(at("Tags"), Rule::NotEmpty));
            }
            if let Some(max) = Call::TAGS_PER_USER_MAX {
                check::count(&at("Tags"), item.tags.len(), 1, max, Some(ErrorCode::PushTooManyTags))?;
            }
            for (i, tag) in item.tags.iter().enumerate() {
                check_tag(|| format!("UserTags[{index}].Tags[{i}]"), tag)?;
            }
        }
        Ok(())
    }
}

/// The reply of `im_get_tag` and `timpush/get_tag`: each user's tags, and
/// (from `timpush`) the accounts that failed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserTagsResponse {
    /// `UserTags`: one item per user read.
    #[serde(rename = "UserTags", default)]
    pub user_tags: Vec<UserTagsItem>,
    /// `ErrorList` (`timpush`): accounts that could not be read, each with
    /// its code (70107 for one that does not exist, in the page's sample).
    #[serde(rename = "ErrorList", default, skip_serializing_if = "Option::is_none")]
    pub error_list: Option<Vec<AccountError>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

impl UserTagsResponse {
    /// A successful reply with `items`.
    pub fn new(items: Vec<UserTagsItem>) -> Self {
        Self {
            user_tags: items,
            error_list: None,
            envelope: Envelope::ok(),
        }
    }

    /// The tags of `user`, if the reply has an item for it.
    pub fn tags(&self, user: &str) -> Option<&[String]> {
        self.user_tags
            .iter()
            .find(|item| item.to_account == user)
            .map(|item| item.tags.as_slice())
    }
}

crate::macros::response!(UserTagsResponse);
