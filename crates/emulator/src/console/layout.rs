//! The frame every page shares: the title, the navigation, the style sheet
//! and the script, and the `#live` part the script refreshes.

use maud::{html, Markup, DOCTYPE};

/// The pages of the navigation: (path, title).
const PAGES: &[(&str, &str)] = &[
    ("/accounts", "Accounts"),
    ("/conversations", "Conversations"),
    ("/groups", "Groups"),
    ("/webhooks", "Webhooks"),
    ("/requests", "Requests"),
    ("/actions", "Actions"),
];

/// A page: `current` is the navigation entry to highlight, `controls` what
/// stays put (filters, forms), `live` what the script refreshes while the
/// backend under test works.
pub(super) fn page(current: &str, title: &str, controls: Markup, live: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · tim-emulator console" }
                link rel="stylesheet" href="/assets/console.css";
                script src="/assets/console.js" defer {}
            }
            body {
                header {
                    span.brand { "tim-emulator" }
                    nav {
                        @for (path, name) in PAGES {
                            a href=(path) class=[(*path == current).then_some("current")] { (name) }
                        }
                    }
                    span.live-state #live-state title="the page refreshes as the emulator's world changes" { "live" }
                }
                main {
                    h1 { (title) }
                    (controls)
                    div #live { (live) }
                }
            }
        }
    }
}

/// A link to `path` with the query `pairs`, escaped as a URL.
pub(super) fn link(path: &str, pairs: &[(&str, &str)]) -> String {
    if pairs.is_empty() {
        return path.to_owned();
    }
    let query = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs.iter().copied())
        .finish();
    format!("{path}?{query}")
}

/// Unix seconds as `YYYY-MM-DD hh:mm:ss` UTC.
pub(super) fn time(secs: u64) -> String {
    crate::state::operations::utc_text(secs)
}

/// Unix milliseconds as `YYYY-MM-DD hh:mm:ss.mmm` UTC.
pub(super) fn time_ms(ms: u64) -> String {
    format!("{}.{:03}", time(ms / 1000), ms % 1000)
}

/// An empty list's line.
pub(super) fn none(what: &str) -> Markup {
    html! { p.none { (what) } }
}
