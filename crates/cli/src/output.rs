//! Printing replies: a summary for people, or the reply's JSON.

use serde::Serialize;

/// Prints `reply` as JSON when `json` is set, else the lines of `summary`,
/// or `ok` when the summary has nothing to say, so that every success shows.
/// Text from the service is printed with control characters escaped.
pub(crate) fn print<T: Serialize>(json: bool, reply: &T, summary: impl FnOnce() -> Vec<String>) {
    if json {
        print_json(reply);
    } else {
        let lines = summary();
        if lines.is_empty() {
            println!("ok");
        }
        for line in lines {
            println!("{}", terminal_safe(&line));
        }
    }
}

/// Prints `reply` as pretty JSON, terminal-safe.
pub(crate) fn print_json<T: Serialize>(reply: &T) {
    match serde_json::to_string_pretty(reply) {
        Ok(text) => println!("{}", terminal_safe(&text)),
        Err(error) => eprintln!("tim: cannot print the reply: {error}"),
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
