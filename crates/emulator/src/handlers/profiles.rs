//! `profile`: `portrait_set` writes a user's profile fields, `portrait_get`
//! reads them.
//!
//! The nickname and avatar URL are the ones `account_import` sets
//! (`Tag_Profile_IM_Nick`, `Tag_Profile_IM_Image`); the other standard
//! fields and the custom ones are kept as last written. Codes, as the pages
//! list them: an unknown `From_Account` 40003; a tag that is neither
//! standard nor `Tag_Profile_Custom_<key>` 40009; a standard field's value
//! of the wrong JSON type 40610; a value outside a field's documented set
//! (`Gender`, `AllowType`, `AdminForbidType`) 40605; a value over 500 bytes
//! 40601 (from `validate()`). A set is all or nothing: every item is checked
//! before any is written. Choices where the pages are silent:
//!
//! - **Custom fields** must be declared in the console of a real app before
//!   use. The emulator has no console: it accepts any custom key of valid
//!   form (1 to 8 letters, checked by `validate()`) with a string or an
//!   unsigned integer value.
//! - **Reading** a standard field never written gives its default (an
//!   empty string, 0, `Gender_Type_Unknown`, `AllowType_Type_NeedConfirm`,
//!   `AdminForbid_Type_None`); a custom field never written is left out of
//!   the user's `ProfileItem`.
//! - **Unknown users** in `portrait_get` fail one by one: their entry has
//!   `ResultCode` 40003 and no `ProfileItem`, and they are listed in
//!   `Fail_Account` (as the page's sample lists a failed user); the call
//!   itself succeeds.

use tim_protocol::profile::{
    AdminForbidType, AllowType, Gender, PortraitGetRequest, PortraitGetResponse, PortraitSetRequest, ProfileItem,
    ProfileTag, UserProfileItem,
};
use tim_protocol::EnvelopeOnlyResponse;
use tim_protocol::{Envelope, ErrorCode};

use crate::context::Context;
use crate::failure::Failure;

fn unknown_user(user: &str) -> Failure {
    Failure::new(
        ErrorCode::ProfileAccountNotFound,
        format!("account {user:?} does not exist"),
    )
}

/// The code a value the service would refuse gets, if any.
fn check_item(index: usize, item: &ProfileItem) -> Result<(), Failure> {
    let field = format!("ProfileItem[{index}]");
    match item {
        ProfileItem::Other { tag, value } => Err(match ProfileTag::from(tag.as_str()) {
            ProfileTag::Other(_) => Failure::new(
                ErrorCode::ProfileTagNotFound,
                format!("{field}.Tag: {tag:?} is not a profile field"),
            ),
            _ => Failure::new(
                ErrorCode::ProfileValueTypeInvalid,
                format!("{field}.Value: {value} is not of the type of {tag}"),
            ),
        }),
        ProfileItem::Gender(Gender::Other(value))
        | ProfileItem::AllowType(AllowType::Other(value))
        | ProfileItem::AdminForbidType(AdminForbidType::Other(value)) => Err(Failure::new(
            ErrorCode::ProfileValueInvalid,
            format!("{field}.Value: {value:?} is not a value of {}", item.tag()),
        )),
        _ => Ok(()),
    }
}

pub(crate) fn set(ctx: &Context, request: PortraitSetRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    for (index, item) in request.profile_item.iter().enumerate() {
        check_item(index, item)?;
    }
    let user = &request.from_account;
    ctx.state
        .with_user(user, |user| {
            let account = user.account.as_mut()?;
            for item in request.profile_item {
                match item {
                    ProfileItem::Nick(nick) => account.nick = Some(nick),
                    ProfileItem::Image(url) => account.face_url = Some(url),
                    other => account.profile.set(other),
                }
            }
            Some(())
        })
        .flatten()
        .ok_or_else(|| unknown_user(user))?;
    let reply = EnvelopeOnlyResponse::new();
    Ok(reply)
}

pub(crate) fn get(ctx: &Context, request: PortraitGetRequest) -> Result<PortraitGetResponse, Failure> {
    if let Some(tag) = request.tag_list.iter().find(|tag| matches!(tag, ProfileTag::Other(_))) {
        return Err(Failure::new(
            ErrorCode::ProfileTagNotFound,
            format!("TagList: {tag} is not a profile field"),
        ));
    }
    let (mut items, mut failed) = (Vec::new(), Vec::new());
    for user_id in &request.to_account {
        let read = ctx
            .state
            .with_user(user_id, |user| {
                let account = user.account.as_ref()?;
                let fields = request
                    .tag_list
                    .iter()
                    .filter_map(|tag| match tag {
                        ProfileTag::Nick => Some(ProfileItem::Nick(account.nick.clone().unwrap_or_default())),
                        ProfileTag::Image => Some(ProfileItem::Image(account.face_url.clone().unwrap_or_default())),
                        other => account.profile.get(other),
                    })
                    .collect();
                Some(fields)
            })
            .flatten();
        match read {
            Some(fields) => items.push(UserProfileItem::new(user_id, fields)),
            None => {
                let failure = unknown_user(user_id);
                items.push(UserProfileItem::failed(user_id, failure.code, failure.info));
                failed.push(user_id.clone());
            }
        }
    }
    let mut reply = PortraitGetResponse::default();
    reply.envelope = Envelope::ok();
    reply.user_profile_item = Some(items);
    if !failed.is_empty() {
        reply.fail_account = Some(failed);
    }
    Ok(reply)
}
