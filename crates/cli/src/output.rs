//! Printing: a summary for people, JSON for programs.
//!
//! A single reply is one JSON document under `--json`; a list (every page of
//! it) is JSON Lines, one item per line. Every line goes through [`line`],
//! which escapes control characters and ends the process quietly (exit 0)
//! when standard output is closed (`tim msg history | head -1`).

use std::io::Write;
use std::time::{Duration, UNIX_EPOCH};

use serde::Serialize;

/// Writes `text` and a line feed to standard output, terminal-safe. A closed
/// pipe means the reader has what it wanted: exit 0, without a panic.
pub(crate) fn line(text: &str) {
    let mut out = std::io::stdout().lock();
    let written = out
        .write_all(terminal_safe(text).as_bytes())
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    match written {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(error) => {
            eprintln!("tim: cannot write the output: {error}");
            std::process::exit(crate::failure::Exit::NoAnswer as i32)
        }
    }
}

/// Writes `text` to standard error, terminal-safe (failures of single items
/// go there, so standard output holds what succeeded).
pub(crate) fn warn(text: &str) {
    eprintln!("{}", terminal_safe(text));
}

/// Prints `reply` as one JSON document when `json` is set, else the lines of
/// `summary`, or `ok` when the summary has nothing to say, so that every
/// success shows.
pub(crate) fn print<T: Serialize>(json: bool, reply: &T, summary: impl FnOnce() -> Vec<String>) {
    if json {
        print_json(reply);
    } else {
        let lines = summary();
        if lines.is_empty() {
            line("ok");
        }
        for text in lines {
            line(&text);
        }
    }
}

/// Prints `reply` as pretty JSON.
pub(crate) fn print_json<T: Serialize>(reply: &T) {
    match serde_json::to_string_pretty(reply) {
        Ok(text) => line(&text),
        Err(error) => warn(&format!("tim: cannot print the reply: {error}")),
    }
}

/// The items of a list, printed as they come (one line each, JSON Lines
/// under `--json`) up to `--limit`.
pub(crate) struct Items {
    json: bool,
    left: Option<usize>,
}

impl Items {
    /// A list printed as JSON Lines when `json`, at most `limit` items.
    pub(crate) fn new(json: bool, limit: Option<usize>) -> Self {
        Self { json, left: limit }
    }

    /// Whether more items are wanted (so the next page is worth reading).
    pub(crate) fn wants_more(&self) -> bool {
        self.left != Some(0)
    }

    /// Prints `item` (its JSON, or `human`'s line); false once the limit
    /// is reached.
    pub(crate) fn item<T: Serialize>(&mut self, item: &T, human: impl FnOnce(&T) -> String) -> bool {
        if !self.wants_more() {
            return false;
        }
        if self.json {
            match serde_json::to_string(item) {
                Ok(text) => line(&text),
                Err(error) => warn(&format!("tim: cannot print an item: {error}")),
            }
        } else {
            line(&human(item));
        }
        if let Some(left) = &mut self.left {
            *left -= 1;
        }
        self.wants_more()
    }
}

/// A time the service gave in Unix seconds, as RFC 3339 (UTC), or the raw
/// number with `--epoch`.
pub(crate) fn time(seconds: u64, epoch: bool) -> String {
    if epoch {
        return seconds.to_string();
    }
    match UNIX_EPOCH.checked_add(Duration::from_secs(seconds)) {
        Some(at) => humantime::format_rfc3339_seconds(at).to_string(),
        None => seconds.to_string(),
    }
}

/// `text` with every control character but the line feed escaped (`\u{1b}`),
/// so that a hostile service cannot clear the screen, move the cursor or
/// rewrite the title of the terminal that prints its answer. JSON already
/// escapes C0 controls in strings; this also covers DEL and the C1 range
/// (U+0080 to U+009F, which holds the one-byte CSI), and stays valid JSON
/// when applied to JSON text outside strings, where none occur.
pub(crate) fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| c.is_control() && c != '\n') {
        return text.into();
    }
    let mut safe = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() && c != '\n' {
            safe.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            safe.push(c);
        }
    }
    safe.into()
}

/// `ok`, or the code and its meaning.
pub(crate) fn outcome(code: tim_protocol::ErrorCode, info: &str) -> String {
    if code.is_success() {
        "ok".to_owned()
    } else if info.is_empty() {
        code.to_string()
    } else {
        format!("{code}: {info}")
    }
}

/// A conversation as a person would write it on the command line.
pub(crate) fn conversation(conversation: &tim_protocol::Conversation) -> String {
    match conversation {
        tim_protocol::Conversation::C2c(user) => format!("c2c:{user}"),
        tim_protocol::Conversation::Group(group) => format!("group:{group}"),
        other => format!("{other:?}"),
    }
}

/// A message body as a person reads it: its texts, other elements by type.
pub(crate) fn body_text(body: &[tim_protocol::message::MsgElement]) -> String {
    let parts: Vec<String> = body
        .iter()
        .map(|element| match element.as_text() {
            Some(text) => text.to_owned(),
            None => format!("[{}]", element.msg_type()),
        })
        .collect();
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_as_rfc_3339_unless_epoch_is_asked() {
        assert_eq!(time(1_700_000_000, false), "2023-11-14T22:13:20Z");
        assert_eq!(time(1_700_000_000, true), "1700000000");
        assert_eq!(time(0, false), "1970-01-01T00:00:00Z");
    }

    #[test]
    fn a_limit_stops_the_list() {
        let mut items = Items::new(true, Some(1));
        assert!(items.wants_more());
        assert!(!items.item(&1, |n| n.to_string()));
        assert!(!items.item(&2, |n| n.to_string()));
        let unlimited = Items::new(false, None);
        assert!(unlimited.wants_more());
    }
}
