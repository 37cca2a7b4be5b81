//! `group_open_attr_http_svc/get_group_attr` and the attribute calls of
//! `group_open_http_svc`: a group's custom attributes.
//!
//! Choices where the service's documentation is silent: every group type
//! keeps attributes; `modify_group_attr` adds or changes the keys it names
//! and keeps the others, refusing with 10004 a change that would leave the
//! group more than 16 keys (nothing is changed); `set_group_attr` replaces
//! them all; `clear_group_attr` removes them all (also when there are
//! none). Attributes are listed in key order.

use tim_protocol::group::{
    ClearGroupAttrRequest, DeleteGroupAttrRequest, GetGroupAttrRequest, GetGroupAttrResponse, GroupAttr,
    ModifyGroupAttrRequest, SetGroupAttrRequest,
};
use tim_protocol::limits::GROUP_ATTRS_MAX;
use tim_protocol::EnvelopeOnlyResponse;
use tim_protocol::ErrorCode;

use crate::context::Context;
use crate::failure::Failure;

pub(crate) fn get(ctx: &Context, request: GetGroupAttrRequest) -> Result<GetGroupAttrResponse, Failure> {
    let registry = ctx.state.groups.lock();
    let group = registry.find(&request.group_id)?;
    let mut reply = GetGroupAttrResponse::default();
    reply.group_attr_ary = Some(
        group
            .attrs
            .iter()
            .map(|(key, value)| GroupAttr::new(key, value))
            .collect(),
    );
    Ok(reply)
}

pub(crate) fn modify(ctx: &Context, request: ModifyGroupAttrRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let mut registry = ctx.state.groups.lock();
    let group = registry.find_mut(&request.group_id)?;
    let mut attrs = group.attrs.clone();
    attrs.extend(request.group_attr.into_iter().map(|attr| (attr.key, attr.value)));
    if attrs.len() > GROUP_ATTRS_MAX {
        return Err(Failure::new(
            ErrorCode::GroupParameterInvalid,
            format!(
                "the group would have {} attributes; at most {GROUP_ATTRS_MAX}",
                attrs.len()
            ),
        ));
    }
    group.attrs = attrs;
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn set(ctx: &Context, request: SetGroupAttrRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let mut registry = ctx.state.groups.lock();
    let group = registry.find_mut(&request.group_id)?;
    group.attrs = request
        .group_attr
        .into_iter()
        .map(|attr| (attr.key, attr.value))
        .collect();
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn clear(ctx: &Context, request: ClearGroupAttrRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let mut registry = ctx.state.groups.lock();
    registry.find_mut(&request.group_id)?.attrs.clear();
    Ok(EnvelopeOnlyResponse::new())
}

pub(crate) fn delete(ctx: &Context, request: DeleteGroupAttrRequest) -> Result<EnvelopeOnlyResponse, Failure> {
    let mut registry = ctx.state.groups.lock();
    let group = registry.find_mut(&request.group_id)?;
    for attr in &request.group_attr {
        group.attrs.remove(&attr.key);
    }
    Ok(EnvelopeOnlyResponse::new())
}
