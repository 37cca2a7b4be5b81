//! `v4/open_msg_svc/get_history`: the download links of one hour's message
//! archive.

use serde::{Deserialize, Serialize};

use crate::validation::{Rule, ValidationError};
use crate::Envelope;

crate::str_enum! {
    /// `ChatType`: which messages an archive holds.
    pub enum HistoryChatType {
        /// `C2C`: one-to-one messages.
        C2c = "C2C",
        /// `Group`: group messages.
        Group = "Group",
    }
}

/// The request of `get_history`
/// (<https://www.tencentcloud.com/document/product/1047/34885>): the
/// archive of the one-to-one or group messages (`ChatType`) of one hour
/// (`MsgTime`, `YYYYMMDDHH` in Beijing time: `2015120121` is 21:00 to 21:59
/// on 1 December 2015) of the last seven days. An archive is written an hour
/// after its hour ends, as gzip-compressed logs, and kept seven days.
///
/// A read: idempotent (each call may answer fresh links to the same files).
///
/// ```
/// use tim_protocol::operations::{GetHistoryRequest, GetHistoryResponse, HistoryChatType};
///
/// let request = GetHistoryRequest::new(HistoryChatType::C2c, "2015120121");
/// assert!(request.validate().is_ok());
/// assert_eq!(GetHistoryRequest::new(HistoryChatType::Group, "20151201").validate().unwrap_err().field(), "MsgTime");
///
/// let reply: GetHistoryResponse = serde_json::from_str(
///     r#"{"File":[{"URL":"https://download.tim.qq.com/msg_history/2/9b8f.gz","ExpireTime":"2015-12-02 16:45:23",
///         "FileSize":65207,"FileMD5":"cceece008bb7f469a47cf8c4b7acb84e","GzipSize":1815,
///         "GzipMD5":"c3a0269dde393fd7a8bb18bfdeaeee2e"}],"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}"#,
/// )
/// .unwrap();
/// assert_eq!(reply.files()[0].gzip_size, Some(1815));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetHistoryRequest {
    /// `ChatType`: `C2C` or `Group`.
    #[serde(rename = "ChatType")]
    pub chat_type: HistoryChatType,
    /// `MsgTime`: the hour, `YYYYMMDDHH`.
    #[serde(rename = "MsgTime")]
    pub msg_time: String,
}

impl GetHistoryRequest {
    /// The archive of `chat_type` messages of the hour `msg_time`
    /// (`YYYYMMDDHH`).
    pub fn new(chat_type: HistoryChatType, msg_time: impl Into<String>) -> Self {
        Self {
            chat_type,
            msg_time: msg_time.into(),
        }
    }

    /// Checks: `MsgTime` is an hour, `YYYYMMDDHH` (ten digits, a month of
    /// 01 to 12, a day of 01 to 31, an hour of 00 to 23). Whether the hour is
    /// within the last seven days is the service's to say (its clock, not
    /// the caller's).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        if parse_hour(&self.msg_time).is_none() {
            return Err(ValidationError::new(
                "MsgTime",
                Rule::BadFormat("an hour as YYYYMMDDHH, e.g. 2015120121"),
            ));
        }
        Ok(())
    }

    /// The hour as (year, month, day, hour), if `MsgTime` has the
    /// documented form.
    pub fn hour(&self) -> Option<(u32, u32, u32, u32)> {
        parse_hour(&self.msg_time)
    }
}

/// `YYYYMMDDHH` as (year, month, day, hour).
fn parse_hour(text: &str) -> Option<(u32, u32, u32, u32)> {
    if text.len() != 10 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number = |range: std::ops::Range<usize>| text.get(range)?.parse::<u32>().ok();
    let (year, month, day, hour) = (number(0..4)?, number(4..6)?, number(6..8)?, number(8..10)?);
    ((1..=12).contains(&month) && (1..=31).contains(&day) && hour <= 23).then_some((year, month, day, hour))
}

/// The reply of `get_history`: the files of the hour's archive.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetHistoryResponse {
    /// `File`: the archive's files.
    #[serde(rename = "File", default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Vec<HistoryFile>>,
    /// The status fields.
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetHistoryResponse);

impl GetHistoryResponse {
    /// A successful reply listing `files`.
    pub fn new(files: impl IntoIterator<Item = HistoryFile>) -> Self {
        Self {
            file: Some(files.into_iter().collect()),
            envelope: Envelope::ok(),
        }
    }

    /// The archive's files (none when the reply has no `File`).
    pub fn files(&self) -> &[HistoryFile] {
        self.file.as_deref().unwrap_or_default()
    }
}

/// One `File` item: where to download one gzip file of the archive, until
/// when, and how to check it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct HistoryFile {
    /// `URL`: the download link.
    #[serde(rename = "URL")]
    pub url: String,
    /// `ExpireTime`: when the link stops working, as text
    /// (`2015-12-02 16:45:23`); ask again for a new one.
    #[serde(rename = "ExpireTime", default, skip_serializing_if = "Option::is_none")]
    pub expire_time: Option<String>,
    /// `FileSize`: the size before compression, in bytes.
    #[serde(rename = "FileSize", default, skip_serializing_if = "Option::is_none")]
    pub file_size: Option<u64>,
    /// `FileMD5`: the MD5 of the file before compression.
    #[serde(rename = "FileMD5", default, skip_serializing_if = "Option::is_none")]
    pub file_md5: Option<String>,
    /// `GzipSize`: the size after compression, in bytes.
    #[serde(rename = "GzipSize", default, skip_serializing_if = "Option::is_none")]
    pub gzip_size: Option<u64>,
    /// `GzipMD5`: the MD5 of the compressed file.
    #[serde(rename = "GzipMD5", default, skip_serializing_if = "Option::is_none")]
    pub gzip_md5: Option<String>,
}

impl HistoryFile {
    /// The file at `url`, with nothing else known.
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            expire_time: None,
            file_size: None,
            file_md5: None,
            gzip_size: None,
            gzip_md5: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn msg_time_is_an_hour() {
        for ok in ["2015120121", "2024022900", "1999123123"] {
            assert!(
                GetHistoryRequest::new(HistoryChatType::C2c, ok).validate().is_ok(),
                "{ok}"
            );
        }
        for bad in [
            "",
            "201512012",
            "20151201210",
            "2015130121",
            "2015120021",
            "2015120124",
            "2015-12-01",
            "２０１５１２０１２",
        ] {
            let error = GetHistoryRequest::new(HistoryChatType::Group, bad)
                .validate()
                .unwrap_err();
            assert_eq!(error.field(), "MsgTime", "{bad}");
            assert_eq!(error.error_code(), Some(ErrorCode::InvalidJson));
        }
        assert_eq!(
            GetHistoryRequest::new(HistoryChatType::C2c, "2015120121").hour(),
            Some((2015, 12, 1, 21))
        );
    }

    #[test]
    fn chat_types_keep_unknown_values() {
        let request: GetHistoryRequest =
            serde_json::from_str(r#"{"ChatType":"Topic","MsgTime":"2015120121"}"#).unwrap();
        assert_eq!(request.chat_type, HistoryChatType::Other("Topic".into()));
    }
}
