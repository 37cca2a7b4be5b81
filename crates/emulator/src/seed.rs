//! Seed fixtures: a small, hand-written JSON file describing a world
//! (accounts, profiles, friends, groups and their members, messages) that
//! the emulator builds at start (`--seed FILE`, [`EmulatorBuilder::seed`](crate::EmulatorBuilder::seed),
//! [`EmulatorBuilder::seed_json`](crate::EmulatorBuilder::seed_json)).
//!
//! A seed is applied through the handlers themselves: each entry becomes
//! the request the SDK would send (`account_import`, `portrait_set`,
//! `friend_add`, `create_group`, `sendmsg`, `send_group_msg`) and runs
//! through the same parsing, `validate()` and state functions, so the
//! world is exactly as if those calls had been made, and an entry the
//! service would refuse is refused with the service's code. No webhook is
//! sent and nothing is written to the request log.
//!
//! The format (every part optional; unknown fields are refused, naming the
//! field and the file):
//!
//! ```json
//! {
//!   "accounts": ["bob", {"id": "alice", "nick": "Alice", "face_url": "https://example.com/alice.png"}],
//!   "profiles": {"alice": {"Tag_Profile_IM_Gender": "Gender_Type_Female", "Tag_Profile_IM_Level": 3}},
//!   "friends": [["alice", "bob"]],
//!   "groups": [{"id": "team", "type": "Public", "name": "Team", "owner": "alice", "members": ["bob"]}],
//!   "messages": [
//!     {"from": "alice", "to": "bob", "text": "hi"},
//!     {"from": "bob", "group": "team", "text": "hello"}
//!   ]
//! }
//! ```
//!
//! - `accounts`: an ID, or `{"id", "nick"?, "face_url"?}`; imported in order.
//! - `profiles`: per account, profile tags and their values (`portrait_set`).
//! - `friends`: pairs made friends both ways (`friend_add`, `Add_Type_Both`,
//!   forced; the seed's choice of `AddSource_Type_Seed` as the source).
//! - `groups`: `id` (required, so messages can name it), `type` (default
//!   `Public`), `name` (default the ID), `owner` (default: none, the app
//!   owns it), `members` (besides the owner).
//! - `messages`: `from` and `text`, with `to` (one-to-one) or `group`;
//!   sent in order, each a text message stored as `sendmsg` or
//!   `send_group_msg` store it (the seed's choice: `SyncOtherMachine` 1 for
//!   one-to-one messages, so the message is in both users' histories, as a
//!   message sent from the sender's app would be).
//!
//! Every account a seed names (profiles, friends, owners, members, senders
//! and recipients) must be in `accounts`, already imported (a snapshot) or
//! an administrator (as a sender only); otherwise the seed is refused
//! before anything is applied.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::context::Context;

/// A seed that cannot be read or applied: which file (or `seed JSON` for
/// [`EmulatorBuilder::seed_json`](crate::EmulatorBuilder::seed_json)) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedError {
    source: String,
    reason: String,
}

impl SeedError {
    fn new(source: &str, reason: impl Into<String>) -> Self {
        Self {
            source: source.to_owned(),
            reason: reason.into(),
        }
    }

    /// The file the seed came from, or `seed JSON`.
    pub fn source_name(&self) -> &str {
        &self.source
    }

    /// Why it was refused.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "seed {}: {}", self.source, self.reason)
    }
}

impl std::error::Error for SeedError {}

impl From<SeedError> for std::io::Error {
    fn from(error: SeedError) -> Self {
        std::io::Error::new(std::io::ErrorKind::InvalidData, error)
    }
}

/// A seed as the builder keeps it until the start.
#[derive(Debug, Clone)]
pub(crate) enum SeedSource {
    File(std::path::PathBuf),
    Json(String),
}

impl SeedSource {
    /// Reads and parses the seed.
    pub(crate) fn load(&self) -> Result<(String, Seed), SeedError> {
        let (name, text) = match self {
            Self::File(path) => {
                let name = path.display().to_string();
                let text = std::fs::read_to_string(path).map_err(|error| SeedError::new(&name, error.to_string()))?;
                (name, text)
            }
            Self::Json(text) => ("JSON".to_owned(), text.clone()),
        };
        let seed = parse(&name, &text)?;
        Ok((name, seed))
    }
}

/// A seed file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Seed {
    #[serde(default)]
    accounts: Vec<AccountSeed>,
    #[serde(default)]
    profiles: BTreeMap<String, BTreeMap<String, Value>>,
    #[serde(default)]
    friends: Vec<(String, String)>,
    #[serde(default)]
    groups: Vec<GroupSeed>,
    #[serde(default)]
    messages: Vec<MessageSeed>,
}

/// An account: its ID alone, or with a nickname and an avatar.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AccountFields {
    id: String,
    #[serde(default)]
    nick: Option<String>,
    #[serde(default)]
    face_url: Option<String>,
}

#[derive(Debug)]
struct AccountSeed(AccountFields);

impl<'de> Deserialize<'de> for AccountSeed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Either;
        impl<'de> Visitor<'de> for Either {
            type Value = AccountSeed;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an account ID or {\"id\", \"nick\", \"face_url\"}")
            }
            fn visit_str<E: de::Error>(self, id: &str) -> Result<AccountSeed, E> {
                Ok(AccountSeed(AccountFields {
                    id: id.to_owned(),
                    nick: None,
                    face_url: None,
                }))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<AccountSeed, A::Error> {
                AccountFields::deserialize(de::value::MapAccessDeserializer::new(map)).map(AccountSeed)
            }
        }
        deserializer.deserialize_any(Either)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupSeed {
    id: String,
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    owner: Option<String>,
    #[serde(default)]
    members: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MessageSeed {
    from: String,
    #[serde(default)]
    to: Option<String>,
    #[serde(default)]
    group: Option<String>,
    text: String,
}

/// Parses a seed, naming the field of a mistake.
pub(crate) fn parse(name: &str, text: &str) -> Result<Seed, SeedError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let at = if path == "." {
            String::new()
        } else {
            format!("at {path}: ")
        };
        SeedError::new(name, format!("{at}{}", error.inner()))
    })
}

impl Seed {
    /// Refuses a seed that names an account it does not import (and that
    /// is not imported yet), or a message without exactly one of `to` and
    /// `group`.
    fn check(&self, name: &str, ctx: &Context) -> Result<(), SeedError> {
        let declared: HashSet<&str> = self.accounts.iter().map(|account| account.0.id.as_str()).collect();
        let known = |id: &str| declared.contains(id) || ctx.state.is_imported(id);
        let require = |field: String, id: &str| {
            if known(id) {
                Ok(())
            } else {
                Err(SeedError::new(
                    name,
                    format!("at {field}: unknown account {id:?} (not in \"accounts\" and not imported)"),
                ))
            }
        };
        for id in self.profiles.keys() {
            require(format!("profiles.{id}"), id)?;
        }
        for (index, (a, b)) in self.friends.iter().enumerate() {
            require(format!("friends[{index}][0]"), a)?;
            require(format!("friends[{index}][1]"), b)?;
        }
        for (index, group) in self.groups.iter().enumerate() {
            if let Some(owner) = &group.owner {
                require(format!("groups[{index}].owner"), owner)?;
            }
            for (i, member) in group.members.iter().enumerate() {
                require(format!("groups[{index}].members[{i}]"), member)?;
            }
        }
        for (index, message) in self.messages.iter().enumerate() {
            if !ctx.settings.admins.contains(&message.from) {
                require(format!("messages[{index}].from"), &message.from)?;
            }
            match (&message.to, &message.group) {
                (Some(to), None) => require(format!("messages[{index}].to"), to)?,
                (None, Some(_)) => {}
                _ => {
                    return Err(SeedError::new(
                        name,
                        format!("at messages[{index}]: give exactly one of \"to\" and \"group\""),
                    ))
                }
            }
        }
        Ok(())
    }

    /// Applies the seed to `ctx` through the handlers, in the order of the
    /// format: accounts, profiles, friends, groups, messages.
    pub(crate) fn apply(&self, name: &str, ctx: &Context) -> Result<(), SeedError> {
        self.check(name, ctx)?;
        let run = |at: String, path: &str, body: Value| run(ctx, name, at, path, &body);
        for (index, AccountSeed(account)) in self.accounts.iter().enumerate() {
            let mut body = json!({"UserID": account.id});
            if let Some(nick) = &account.nick {
                body["Nick"] = json!(nick);
            }
            if let Some(face_url) = &account.face_url {
                body["FaceUrl"] = json!(face_url);
            }
            run(format!("accounts[{index}]"), "im_open_login_svc/account_import", body)?;
        }
        for (id, tags) in &self.profiles {
            let items: Vec<Value> = tags
                .iter()
                .map(|(tag, value)| json!({"Tag": tag, "Value": value}))
                .collect();
            run(
                format!("profiles.{id}"),
                "profile/portrait_set",
                json!({"From_Account": id, "ProfileItem": items}),
            )?;
        }
        for (index, (a, b)) in self.friends.iter().enumerate() {
            run(
                format!("friends[{index}]"),
                "sns/friend_add",
                json!({
                    "From_Account": a,
                    "AddFriendItem": [{"To_Account": b, "AddSource": "AddSource_Type_Seed"}],
                    "AddType": "Add_Type_Both",
                    "ForceAddFlags": 1,
                }),
            )?;
        }
        for (index, group) in self.groups.iter().enumerate() {
            let mut body = json!({
                "GroupId": group.id,
                "Type": group.kind.as_deref().unwrap_or("Public"),
                "Name": group.name.as_deref().unwrap_or(&group.id),
            });
            if let Some(owner) = &group.owner {
                body["Owner_Account"] = json!(owner);
            }
            if !group.members.is_empty() {
                body["MemberList"] = group.members.iter().map(|id| json!({"Member_Account": id})).collect();
            }
            run(format!("groups[{index}]"), "group_open_http_svc/create_group", body)?;
        }
        for (index, message) in self.messages.iter().enumerate() {
            let body = json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": message.text}}]);
            // Random numbers from the seed's order: a seed gives the same world each time.
            let random = u32::try_from(index + 1).unwrap_or(u32::MAX);
            let at = format!("messages[{index}]");
            match (&message.to, &message.group) {
                (Some(to), _) => run(
                    at,
                    "openim/sendmsg",
                    json!({"SyncOtherMachine": 1, "From_Account": message.from, "To_Account": to,
                           "MsgRandom": random, "MsgBody": body}),
                )?,
                (_, Some(group)) => run(
                    at,
                    "group_open_http_svc/send_group_msg",
                    json!({"GroupId": group, "From_Account": message.from, "Random": random, "MsgBody": body}),
                )?,
                (None, None) => {}
            }
        }
        Ok(())
    }
}

/// Runs one request of the seed; a FAIL, or an item whose `ResultCode` is
/// not 0, refuses the seed naming the entry.
fn run(ctx: &Context, name: &str, at: String, path: &str, body: &Value) -> Result<(), SeedError> {
    let bytes = serde_json::to_vec(body).unwrap_or_default();
    let refused =
        |code: i64, info: &str| SeedError::new(name, format!("at {at}: {path} refused it with {code}: {info}"));
    let reply = crate::router::run(ctx, path, &bytes).map_err(|failure| refused(failure.code.code(), &failure.info))?;
    let reply: Value = serde_json::from_slice(&reply).unwrap_or(Value::Null);
    let code = reply.get("ErrorCode").and_then(Value::as_i64).unwrap_or(0);
    if code != 0 {
        let info = reply.get("ErrorInfo").and_then(Value::as_str).unwrap_or_default();
        return Err(refused(code, info));
    }
    // Per-item results (friend_add's ResultItem, ...).
    let items = reply
        .as_object()
        .into_iter()
        .flat_map(|object| object.values())
        .filter_map(Value::as_array);
    for item in items.flatten() {
        if let Some(code) = item.get("ResultCode").and_then(Value::as_i64).filter(|code| *code != 0) {
            let info = item.get("ResultInfo").and_then(Value::as_str).unwrap_or_default();
            return Err(refused(code, info));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_are_refused_naming_the_field_and_the_file() {
        let error = parse("world.json", r#"{"groups": [{"id": "g", "colour": "red"}]}"#).unwrap_err();
        let text = error.to_string();
        assert!(
            text.contains("world.json") && text.contains("colour") && text.contains("groups[0]"),
            "{text}"
        );
        let error = parse("w.json", r#"{"accounts": [{"id": "a", "nik": "A"}]}"#).unwrap_err();
        assert!(error.to_string().contains("nik"), "{error}");
        assert!(parse("w.json", r#"{"acounts": []}"#)
            .unwrap_err()
            .to_string()
            .contains("acounts"));
    }

    #[test]
    fn a_seed_naming_an_unknown_account_is_refused_before_anything_is_applied() {
        let ctx = Context::for_tests();
        let seed = parse("s", r#"{"accounts": ["alice"], "friends": [["alice", "carol"]]}"#).unwrap();
        let error = seed.apply("s", &ctx).unwrap_err();
        assert!(
            error.to_string().contains("carol") && error.to_string().contains("friends[0][1]"),
            "{error}"
        );
        assert!(!ctx.state.is_imported("alice"));
    }

    #[test]
    fn the_documented_example_applies() {
        let ctx = Context::for_tests();
        let text = include_str!("../examples/seed.json");
        parse("examples/seed.json", text)
            .unwrap()
            .apply("examples/seed.json", &ctx)
            .unwrap();
        assert!(ctx.state.is_imported("alice") && ctx.state.is_imported("bob"));
        // The README shows this very file.
        assert!(include_str!("../README.md").contains(text.trim()));
    }

    #[test]
    fn a_refused_entry_names_the_entry_and_the_code() {
        let ctx = Context::for_tests();
        let seed = parse(
            "s",
            r#"{"accounts": ["a"], "groups": [{"id": "g", "owner": "a"}, {"id": "g", "owner": "a"}]}"#,
        )
        .unwrap();
        let error = seed.apply("s", &ctx).unwrap_err().to_string();
        assert!(
            error.contains("groups[1]") && error.contains("create_group") && error.contains("10021"),
            "{error}"
        );
    }
}
