//! Profile webhooks: `Profile.CallbackPortraitSet` after `portrait_set`.
//!
//! The event lists the items as the request set them (`Tag` and `Value`),
//! `Operator_Account` being the app administrator and `From_Account` the
//! user whose profile changed.

use serde_json::json;
use tim_callback::events::{PortraitSet, ProfileItem};
use tim_protocol::profile::PortraitSetRequest;

use super::{event_time, typed, Hooks};
use crate::context::Context;

/// `portrait_set`: after the profile changes.
pub(crate) fn portrait_set(_: &Context, _: &mut PortraitSetRequest) -> Hooks<PortraitSetRequest> {
    Hooks::after(|ctx, request: &PortraitSetRequest, _| {
        let mut event: PortraitSet = typed(json!({ "From_Account": request.from_account }));
        event.operator_account = Some(ctx.admin_sender().to_owned());
        event.profile_item = request
            .profile_item
            .iter()
            .map(|item| ProfileItem::new(item.tag().to_string(), item.value()))
            .collect();
        event.event_time = event_time(ctx);
        vec![event.into()]
    })
}
