//! The Groups pages: every group, and one group's info, members and roles,
//! mutes, history and custom attributes.

use axum::extract::{Query, State};
use maud::{html, Markup};
use serde::Deserialize;
use tim_protocol::message::MsgBody;

use super::conversations::element_view;
use super::layout::{link, none, page, time};
use super::Console;

/// How many of a group's newest messages the page shows.
const HISTORY_SHOWN: usize = 200;

/// `GET /groups`: every group in creation order.
pub(super) async fn list(State(console): State<Console>) -> Markup {
    // The registry's lock, held only to copy the rows.
    let rows: Vec<(String, String, String, Option<String>, usize, u64)> = {
        let registry = console.ctx.state.groups.lock();
        let (groups, _) = registry.page(0, usize::MAX, |_| true);
        groups
            .into_iter()
            .map(|group| {
                (
                    group.id.clone(),
                    group.profile.name.clone(),
                    group.kind.as_str().to_string(),
                    group.owner.clone(),
                    group.member_count(),
                    group.last_seq(),
                )
            })
            .collect()
    };
    let live = html! {
        @if rows.is_empty() { (none("No group yet.")) } @else {
            table #groups {
                tr { th { "GroupId" } th { "Name" } th { "Type" } th { "Owner" } th { "Members" } th { "Messages" } }
                @for (id, name, kind, owner, members, messages) in &rows {
                    tr {
                        td { a href=(link("/group", &[("id", id)])) { (id) } }
                        td.name { (name) }
                        td { (kind) }
                        td { (owner.as_deref().unwrap_or("")) }
                        td { (members) }
                        td { (messages) }
                    }
                }
            }
        }
    };
    page("/groups", "Groups", html! {}, live)
}

/// The detail's query: the GroupId.
#[derive(Debug, Deserialize)]
pub(super) struct DetailQuery {
    id: String,
}

/// What the group page shows, copied under the registry's lock.
struct Detail {
    name: String,
    kind: String,
    owner: Option<String>,
    created: u64,
    introduction: String,
    notification: String,
    mute_all: bool,
    members: Vec<(String, String, u64, String)>,
    muted: Vec<(String, u64)>,
    attrs: Vec<(String, String)>,
    history: Vec<(u64, Option<String>, u64, MsgBody, bool)>,
}

/// `GET /group?id=`: one group.
pub(super) async fn detail(State(console): State<Console>, Query(query): Query<DetailQuery>) -> Markup {
    let id = query.id;
    let now = console.ctx.now();
    let detail = {
        let registry = console.ctx.state.groups.lock();
        registry.get(&id).map(|group| {
            let (history, _) = group.history(None, HISTORY_SHOWN, true);
            Detail {
                name: group.profile.name.clone(),
                kind: group.kind.as_str().to_string(),
                owner: group.owner.clone(),
                created: group.create_time,
                introduction: group.profile.introduction.clone(),
                notification: group.profile.notification.clone(),
                mute_all: group.profile.mute_all,
                members: group
                    .members()
                    .map(|(_, user, member)| {
                        (
                            user.to_owned(),
                            member.role.as_str().to_string(),
                            member.join_time,
                            member.name_card.clone(),
                        )
                    })
                    .collect(),
                muted: group
                    .muted(now)
                    .into_iter()
                    .map(|(user, until)| (user.to_owned(), until))
                    .collect(),
                attrs: group.attrs.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
                history: history
                    .into_iter()
                    .rev()
                    .map(|(seq, message)| {
                        (
                            seq,
                            message.from.clone(),
                            message.time,
                            message.body.clone(),
                            message.recalled,
                        )
                    })
                    .collect(),
            }
        })
    };
    let Some(detail) = detail else {
        return page("/groups", "Group", html! {}, html! { p.bad { "No group " (id) "." } });
    };
    let live = html! {
        section.cards {
            div {
                h2 { "Info" }
                table #group-info {
                    tr { th { "GroupId" } td { (id) } }
                    tr { th { "Name" } td.name { (detail.name) } }
                    tr { th { "Type" } td { (detail.kind) } }
                    tr { th { "Owner" } td { (detail.owner.as_deref().unwrap_or("")) } }
                    tr { th { "Created" } td { (time(detail.created)) } }
                    tr { th { "Introduction" } td { (detail.introduction) } }
                    tr { th { "Notification" } td { (detail.notification) } }
                    tr { th { "Everyone muted" } td { @if detail.mute_all { "yes" } @else { "no" } } }
                }
            }
            div {
                h2 { "Members" }
                @if detail.members.is_empty() { (none("None.")) } @else {
                    table #members {
                        tr { th { "Member" } th { "Role" } th { "Joined" } th { "Name card" } }
                        @for (user, role, joined, card) in &detail.members {
                            tr {
                                td { a href=(link("/account", &[("id", user)])) { (user) } }
                                td { (role) } td { (time(*joined)) } td { (card) }
                            }
                        }
                    }
                }
                h2 { "Muted" }
                @if detail.muted.is_empty() { (none("Nobody.")) } @else {
                    table #muted {
                        tr { th { "Member" } th { "Until" } }
                        @for (user, until) in &detail.muted { tr { td { (user) } td { (time(*until)) } } }
                    }
                }
                h2 { "Attributes" }
                @if detail.attrs.is_empty() { (none("None.")) } @else {
                    table #attributes {
                        tr { th { "Key" } th { "Value" } }
                        @for (key, value) in &detail.attrs { tr { td { (key) } td { (value) } } }
                    }
                }
            }
        }
        h2 { "History" }
        @if detail.history.is_empty() { (none("No message.")) } @else {
            div.chat #chat {
                @for (seq, from, at, body, recalled) in &detail.history {
                    div.bubble.message.recalled[*recalled] {
                        div.meta {
                            span.from { (from.as_deref().unwrap_or("(administrator)")) } " · " (time(*at)) " · seq " (seq)
                            @if *recalled { " " span.tag.recalled { "recalled" } }
                        }
                        @for element in body { (element_view(element)) }
                    }
                }
            }
        }
    };
    page("/groups", &format!("Group {id}"), html! {}, live)
}
