//! `open_msg_svc/get_history`: the download links of one hour's archive of
//! one-to-one or group messages, served by the emulator itself.
//!
//! The page (1047/34885) says the archives are logs, compressed with gzip,
//! one set per Beijing hour, kept seven days, and that their links expire.
//! It does not describe a log line. The emulator's choices:
//!
//! - **The archive** of an hour is one file: a gzip of JSON lines, one line
//!   per message sent in that Beijing hour (the operations log of
//!   `state::operations`: `sendmsg`, `batchsendmsg` one line per recipient,
//!   `send_group_msg`), oldest first. A one-to-one line has `From_Account`,
//!   `To_Account`, `MsgSeq`, `MsgRandom`, `MsgTimestamp`, `MsgBody` and, if
//!   sent, `CloudCustomData`; a group line has `GroupId` and
//!   `From_Account` (absent for the administrator's messages without one)
//!   instead of the two accounts. The names are those of the history
//!   calls' messages.
//! - **When.** The service writes an hour's archive after the hour ends; the
//!   emulator writes it when asked, so the current hour answers what was sent
//!   in it so far (tests need not wait an hour).
//! - **An hour with nothing** (no message, older than the seven days kept, or
//!   still to come) answers `OK` with an empty `File` list.
//! - **The link** is `http://127.0.0.1:<port>/msg_history/<name>.gz` on the
//!   emulator's own server, outside `/v4/`, downloaded with a plain `GET`
//!   and no UserSig (as a signed storage link needs none). It works for one
//!   hour by the app's clock (`ExpireTime`, Beijing time); after it the
//!   download answers 404 and a new call gives a new link. A router served
//!   by the caller's own server (`EmulatorBuilder::into_router`) does not
//!   know its address: its links are the path alone.
//! - `FileSize` and `GzipSize` are the archive's sizes; `FileMD5` and
//!   `GzipMD5` are left out (the emulator computes no MD5).

use std::io::Write;

use flate2::write::GzEncoder;
use flate2::Compression;
use serde_json::{json, Map, Value};
use tim_protocol::operations::{GetHistoryRequest, GetHistoryResponse, HistoryChatType, HistoryFile};
use tim_protocol::ErrorCode;

use crate::context::Context;
use crate::failure::Failure;
use crate::state::operations::{beijing_text, hour_start, Archive, Chat, Sent, KEPT_SECS};

/// How long a download link works: one hour.
const LINK_VALID_SECS: u64 = 3600;

/// Where the emulator serves its archives, below its base URL.
pub(crate) const ARCHIVE_PATH: &str = "/msg_history/";

pub(crate) fn get(ctx: &Context, request: GetHistoryRequest) -> Result<GetHistoryResponse, Failure> {
    let now = ctx.now();
    let Some(start) = request
        .hour()
        .and_then(|(year, month, day, hour)| hour_start(year, month, day, hour))
    else {
        // validate() let only well-formed hours through; a date that does
        // not exist (30 February) is the parameter error of the service.
        return Err(Failure::new(
            ErrorCode::InvalidJson,
            format!("MsgTime {:?} is not an hour of the calendar", request.msg_time),
        ));
    };
    let end = start + 3600;
    if end <= now.saturating_sub(KEPT_SECS) || start > now {
        return Ok(GetHistoryResponse::new([]));
    }
    let mut log = ctx.state.operations.lock();
    let lines: Vec<String> = log
        .sent_between(start, end)
        .filter_map(|sent| line(sent, &request.chat_type))
        .map(|line| line.to_string())
        .collect();
    if lines.is_empty() {
        return Ok(GetHistoryResponse::new([]));
    }
    let mut text = lines.join("\n");
    text.push('\n');
    let gzip = compress(text.as_bytes());
    let expires = now + LINK_VALID_SECS;
    let stem = format!("{}-{}", request.chat_type.as_str(), request.msg_time);
    let gzip_size = gzip.len() as u64;
    let name = log.store_archive(&stem, Archive { gzip, expires });
    drop(log);
    let base = ctx.served_at.get().map_or("", String::as_str);
    let mut file = HistoryFile::new(format!("{base}{ARCHIVE_PATH}{name}"));
    file.expire_time = Some(beijing_text(expires));
    file.file_size = Some(text.len() as u64);
    file.gzip_size = Some(gzip_size);
    Ok(GetHistoryResponse::new([file]))
}

/// The archive line of `sent`, if it is of the kind asked.
fn line(sent: &Sent, kind: &HistoryChatType) -> Option<Value> {
    let mut line = Map::new();
    match (&sent.chat, kind) {
        (Chat::C2c { from, to }, HistoryChatType::C2c) => {
            line.insert("From_Account".into(), json!(from));
            line.insert("To_Account".into(), json!(to));
        }
        (Chat::Group { group, from }, HistoryChatType::Group) => {
            line.insert("GroupId".into(), json!(group));
            if let Some(from) = from {
                line.insert("From_Account".into(), json!(from));
            }
        }
        _ => return None,
    }
    line.insert("MsgSeq".into(), json!(sent.seq));
    line.insert("MsgRandom".into(), json!(sent.random));
    line.insert("MsgTimestamp".into(), json!(sent.time));
    line.insert("MsgBody".into(), serde_json::to_value(&sent.body).ok()?);
    if let Some(data) = &sent.cloud_custom_data {
        line.insert("CloudCustomData".into(), json!(data));
    }
    Some(Value::Object(line))
}

/// `bytes` as gzip.
fn compress(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}
