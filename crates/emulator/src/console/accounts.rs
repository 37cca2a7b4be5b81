//! The Accounts pages: the imported accounts, searched and paged, and one
//! account's profile, friends, blocklist, conversation groups and recent
//! list.

use axum::extract::{Query, State};
use maud::{html, Markup};
use serde::Deserialize;

use super::layout::{link, none, page, time};
use super::Console;

/// Accounts per page.
const PAGE_SIZE: usize = 50;

/// The list's query: a search text and a page number (from 0).
#[derive(Debug, Deserialize, Default)]
pub(super) struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    page: usize,
}

/// `GET /accounts?q=&page=`: accounts whose UserID or nickname contains
/// the search text (case-insensitive), in UserID order.
pub(super) async fn list(State(console): State<Console>, Query(query): Query<ListQuery>) -> Markup {
    let ctx = &console.ctx;
    let needle = query.q.to_lowercase();
    // One user locked at a time, only to copy a row.
    let rows: Vec<(String, String, usize, usize)> = ctx
        .state
        .imported_accounts()
        .into_iter()
        .filter_map(|id| {
            ctx.state
                .with_account(&id, |user| {
                    let nick = user.account.as_ref().and_then(|a| a.nick.clone()).unwrap_or_default();
                    (nick, user.friends.friends.len(), user.messages.peers.len())
                })
                .map(|(nick, friends, peers)| (id, nick, friends, peers))
        })
        .filter(|(id, nick, _, _)| {
            needle.is_empty() || id.to_lowercase().contains(&needle) || nick.to_lowercase().contains(&needle)
        })
        .collect();
    let total = rows.len();
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let current = query.page.min(pages - 1);
    let shown = &rows[(current * PAGE_SIZE).min(total)..((current + 1) * PAGE_SIZE).min(total)];
    let controls = html! {
        form.filters method="get" action="/accounts" {
            label { "UserID or nickname" input type="search" name="q" value=(query.q) placeholder="search"; }
            button type="submit" { "Search" }
        }
    };
    let page_link = |n: usize| link("/accounts", &[("q", &query.q), ("page", &n.to_string())]);
    let live = html! {
        p.muted { (total) " accounts" @if !query.q.is_empty() { " matching" } }
        @if shown.is_empty() {
            (none("No account."))
        } @else {
            table #accounts {
                thead { tr { th { "UserID" } th { "Nickname" } th { "Friends" } th { "Conversations" } } }
                tbody {
                    @for (id, nick, friends, peers) in shown {
                        tr {
                            td { a href=(link("/account", &[("id", id)])) { (id) } }
                            td.nick { (nick) }
                            td { (friends) }
                            td { (peers) }
                        }
                    }
                }
            }
            p.pager {
                @if current > 0 { a href=(page_link(current - 1)) { "← previous" } }
                span.muted { "page " (current + 1) " of " (pages) }
                @if current + 1 < pages { " " a href=(page_link(current + 1)) { "next →" } }
            }
        }
    };
    page("/accounts", "Accounts", controls, live)
}

/// The detail's query: the UserID.
#[derive(Debug, Deserialize)]
pub(super) struct DetailQuery {
    id: String,
}

/// What the detail page shows of one user, copied under its lock.
struct Detail {
    nick: Option<String>,
    face_url: Option<String>,
    fields: Vec<(String, String)>,
    friends: Vec<(String, Option<String>, Vec<String>, u64)>,
    blocked: Vec<(String, u64)>,
    contact_groups: Vec<(String, Vec<String>)>,
    recent: Vec<(String, u64, bool)>,
    peers: Vec<String>,
}

/// `GET /account?id=`: one account.
pub(super) async fn detail(State(console): State<Console>, Query(query): Query<DetailQuery>) -> Markup {
    let id = query.id;
    let detail = console.ctx.state.with_account(&id, |user| {
        let account = user.account.as_ref();
        Detail {
            nick: account.and_then(|a| a.nick.clone()),
            face_url: account.and_then(|a| a.face_url.clone()),
            fields: account
                .map(|a| {
                    a.profile
                        .written()
                        .map(|(tag, item)| {
                            let value = match item.value() {
                                serde_json::Value::String(text) => text,
                                other => other.to_string(),
                            };
                            (tag.to_owned(), value)
                        })
                        .collect()
                })
                .unwrap_or_default(),
            friends: user
                .friends
                .friends
                .iter()
                .map(|(peer, friend)| {
                    (
                        peer.clone(),
                        friend.remark.clone(),
                        friend.groups.clone(),
                        friend.add_time,
                    )
                })
                .collect(),
            blocked: user
                .friends
                .blocked
                .iter()
                .map(|(peer, at)| (peer.clone(), *at))
                .collect(),
            contact_groups: user
                .contacts
                .groups()
                .iter()
                .map(|group| (group.name.clone(), group.members().map(ToString::to_string).collect()))
                .collect(),
            recent: user
                .recent
                .pinned()
                .iter()
                .chain(user.recent.others())
                .map(|recent| (recent.conversation.to_string(), recent.msg_time, recent.pinned))
                .collect(),
            peers: user.messages.peers.iter().cloned().collect(),
        }
    });
    let Some(detail) = detail else {
        return page(
            "/accounts",
            "Account",
            html! {},
            html! { p.bad { "No imported account " (id) "." } },
        );
    };
    let live = html! {
        section.cards {
            div {
                h2 { "Profile" }
                table #profile {
                    tr { th { "UserID" } td { (id) } }
                    tr { th { "Nickname" } td.nick { (detail.nick.as_deref().unwrap_or("")) } }
                    tr { th { "Avatar URL" } td { (detail.face_url.as_deref().unwrap_or("")) } }
                    @for (tag, value) in &detail.fields {
                        tr { th { (tag) } td { (value) } }
                    }
                }
            }
            div {
                h2 { "Recent conversations" }
                @if detail.recent.is_empty() { (none("None.")) } @else {
                    table #recent {
                        tr { th { "Conversation" } th { "Last message" } th { "Pinned" } }
                        @for (conversation, at, pinned) in &detail.recent {
                            tr { td { (conversation) } td { (time(*at)) } td { @if *pinned { "pinned" } } }
                        }
                    }
                }
            }
            div {
                h2 { "One-to-one conversations" }
                @if detail.peers.is_empty() { (none("None.")) } @else {
                    ul {
                        @for peer in &detail.peers {
                            li { a href=(link("/conversation", &[("a", &id), ("b", peer)])) { (id) " ↔ " (peer) } }
                        }
                    }
                }
            }
            div {
                h2 { "Friends" }
                @if detail.friends.is_empty() { (none("None.")) } @else {
                    table #friends {
                        tr { th { "Friend" } th { "Remark" } th { "Lists" } th { "Added" } }
                        @for (peer, remark, lists, added) in &detail.friends {
                            tr {
                                td { a href=(link("/account", &[("id", peer)])) { (peer) } }
                                td { (remark.as_deref().unwrap_or("")) }
                                td { (lists.join(", ")) }
                                td { (time(*added)) }
                            }
                        }
                    }
                }
            }
            div {
                h2 { "Blocklist" }
                @if detail.blocked.is_empty() { (none("None.")) } @else {
                    table #blocklist {
                        tr { th { "Blocked" } th { "Since" } }
                        @for (peer, at) in &detail.blocked { tr { td { (peer) } td { (time(*at)) } } }
                    }
                }
            }
            div {
                h2 { "Conversation groups" }
                @if detail.contact_groups.is_empty() { (none("None.")) } @else {
                    table #contact-groups {
                        tr { th { "Group" } th { "Conversations" } }
                        @for (name, members) in &detail.contact_groups {
                            tr { td { (name) } td { (members.join(", ")) } }
                        }
                    }
                }
            }
        }
    };
    page("/accounts", &format!("Account {id}"), html! {}, live)
}
