//! The Conversations pages: every one-to-one conversation, and one of them
//! as a chat view (texts, images and custom elements shown by type,
//! recalled messages marked), with its read marks and unread counts.

use axum::extract::{Query, State};
use maud::{html, Markup};
use serde::Deserialize;
use tim_protocol::message::{MsgBody, MsgElement};

use super::layout::{link, none, page, time};
use super::Console;

/// `GET /conversations`: every pair of users with messages between them.
pub(super) async fn list(State(console): State<Console>) -> Markup {
    let ctx = &console.ctx;
    let mut pairs: Vec<(String, String, u64, u64)> = Vec::new();
    for user in ctx.state.imported_accounts() {
        let peers = ctx
            .state
            .with_user(&user, |u| u.messages.peers.iter().cloned().collect::<Vec<_>>())
            .unwrap_or_default();
        for peer in peers {
            // Each pair once, from the side that sorts first (a peer that
            // is not imported, such as an administrator, is listed from the
            // imported side).
            if peer < user && ctx.state.is_imported(&peer) {
                continue;
            }
            let counts = ctx
                .state
                .conversations
                .with(&user, &peer, |c| (c.len(), c.unread(&user) + c.unread(&peer)));
            if let Some((count, unread)) = counts {
                pairs.push((user.clone(), peer, count as u64, unread));
            }
        }
    }
    let live = html! {
        @if pairs.is_empty() { (none("No one-to-one conversation yet.")) } @else {
            table #conversations {
                tr { th { "Between" } th { "Messages" } th { "Unread" } }
                @for (a, b, count, unread) in &pairs {
                    tr {
                        td { a href=(link("/conversation", &[("a", a), ("b", b)])) { (a) " ↔ " (b) } }
                        td { (count) }
                        td { (unread) }
                    }
                }
            }
        }
    };
    page("/conversations", "Conversations", html! {}, live)
}

/// The view's query: the two users.
#[derive(Debug, Deserialize)]
pub(super) struct ViewQuery {
    a: String,
    b: String,
}

/// One message as the view shows it, copied under the conversation's lock.
struct Shown {
    from: String,
    time: i64,
    seq: u32,
    random: u32,
    body: MsgBody,
    recalled: bool,
    unread: bool,
    peer_read: bool,
}

/// `GET /conversation?a=&b=`: the messages between `a` and `b`, oldest
/// first, `a`'s on the left.
pub(super) async fn view(State(console): State<Console>, Query(query): Query<ViewQuery>) -> Markup {
    let ViewQuery { a, b } = query;
    let copied = console.ctx.state.conversations.with(&a, &b, |conversation| {
        // Oldest first by time, and within a second in the order they
        // arrived (the history's own order puts `MsgSeq` first, which
        // for one-to-one messages is random): a chat reads as it was sent.
        let mut messages: Vec<(i64, u64, Shown)> = conversation
            .newest_first(i64::MIN, i64::MAX, None)
            .map(|(position, message)| {
                (
                    position.time,
                    position.arrival(),
                    Shown {
                        from: message.from.clone(),
                        time: message.time,
                        seq: message.seq,
                        random: message.random,
                        body: message.body.clone(),
                        recalled: message.recalled,
                        unread: message.unread,
                        peer_read: message.peer_read,
                    },
                )
            })
            .collect();
        messages.sort_by_key(|(time, arrival, _)| (*time, *arrival));
        let messages: Vec<Shown> = messages.into_iter().map(|(_, _, shown)| shown).collect();
        (messages, conversation.unread(&a), conversation.unread(&b))
    });
    let title = format!("{a} ↔ {b}");
    let controls = html! {
        p.muted {
            a href=(link("/account", &[("id", &a)])) { (a) } " · " a href=(link("/account", &[("id", &b)])) { (b) }
        }
    };
    let live = match copied {
        None => html! { (none("No message between these two users yet.")) },
        Some((messages, unread_a, unread_b)) => html! {
            p #unread { "Unread: " strong { (a) } " " span.unread-a { (unread_a) } " · " strong { (b) } " " span.unread-b { (unread_b) } }
            div.chat #chat {
                @for message in &messages {
                    div.bubble.message.mine[message.from != a].recalled[message.recalled] {
                        div.meta {
                            span.from { (message.from) } " · " (time(u64::try_from(message.time).unwrap_or(0)))
                            " · seq " (message.seq) " · random " (message.random)
                            @if message.recalled { " " span.tag.recalled { "recalled" } }
                            @if message.unread { " " span.tag { "unread" } } @else if message.peer_read { " " span.tag { "read" } }
                        }
                        @for element in &message.body { (element_view(element)) }
                    }
                }
            }
        },
    };
    page("/conversations", &title, controls, live)
}

/// One element, shown by its type; never as HTML of its own.
pub(super) fn element_view(element: &MsgElement) -> Markup {
    match element {
        MsgElement::Text(text) => html! { div.text { (text.text) } },
        MsgElement::Image(image) => html! {
            div.image {
                span.tag { "image" } (image.uuid)
                @for info in &image.image_info_array {
                    " " span.muted { (info.width.unwrap_or(0)) "×" (info.height.unwrap_or(0)) }
                }
            }
        },
        MsgElement::Custom(custom) => html! {
            div.custom {
                span.tag { "custom" }
                @if let Some(desc) = &custom.desc { (desc) " " }
                code { (custom.data) }
            }
        },
        MsgElement::Face(face) => html! { div { span.tag { "face" } (face.index) } },
        MsgElement::Location(location) => html! { div { span.tag { "location" } (location.desc) } },
        other => html! {
            div {
                span.tag { (other.msg_type()) }
                code { (serde_json::to_string(other).unwrap_or_default()) }
            }
        },
    }
}
