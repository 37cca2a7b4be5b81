//! Printing replies: a summary for people, or the reply's JSON.

use serde::Serialize;

/// Prints `reply` as JSON when `json` is set, else the lines of `summary`.
pub(crate) fn print<T: Serialize>(json: bool, reply: &T, summary: impl FnOnce() -> Vec<String>) {
    if json {
        match serde_json::to_string_pretty(reply) {
            Ok(text) => println!("{text}"),
            Err(error) => eprintln!("tim: cannot print the reply: {error}"),
        }
    } else {
        for line in summary() {
            println!("{line}");
        }
    }
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
