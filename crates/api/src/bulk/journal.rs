//! The journal: an append-only JSON Lines file of a bulk run, fsynced line
//! by line, that a later run resumes from. The format is in the module
//! docs of [`bulk`](crate::bulk).

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde_json::{json, Map, Value};

/// The journal format's version, in every header.
pub(crate) const VERSION: u64 = 1;

/// Why a bulk run could not start, or stopped: its journal.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BulkError {
    /// The journal could not be created, read, written or synced.
    #[error("journal {path}: {source}")]
    Io {
        /// The journal.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A new journal was asked for where a file already is.
    #[error("journal {path} exists already: resume from it, or remove it to start again")]
    Exists {
        /// The journal.
        path: PathBuf,
    },
    /// The journal is not one this version reads (a line in the middle that
    /// is not JSON, no header).
    #[error("journal {path}, line {line}: {message}")]
    Corrupt {
        /// The journal.
        path: PathBuf,
        /// The line, from 1.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// The journal was written by a run of another operation or input.
    #[error("journal {path} is not this run's: {message}")]
    Mismatch {
        /// The journal.
        path: PathBuf,
        /// What differs.
        message: String,
    },
}

/// What the journal says of a chunk: its last line's `outcome`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChunkState {
    /// `sent`: written before the call; no outcome after it, so the run
    /// stopped with the call in flight: its outcome is unknown.
    Sent,
    /// `accepted`: the service answered the call (its items' outcomes were
    /// reported then, failures included).
    Accepted,
    /// `failed`: the call failed for certain; nothing was applied.
    Failed,
    /// `unknown`: the call may or may not have been applied.
    Unknown,
}

impl ChunkState {
    fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "sent" => Self::Sent,
            "accepted" => Self::Accepted,
            "failed" => Self::Failed,
            "unknown" => Self::Unknown,
            _ => return None,
        })
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Sent => "sent",
            Self::Accepted => "accepted",
            Self::Failed => "failed",
            Self::Unknown => "unknown",
        }
    }
}

/// What a journal's header names: the run it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Header {
    pub(crate) operation: &'static str,
    pub(crate) items: usize,
    pub(crate) chunks: usize,
    pub(crate) fingerprint: String,
}

impl Header {
    fn to_json(&self) -> Value {
        json!({
            "tim_bulk_journal": VERSION,
            "operation": self.operation,
            "items": self.items,
            "chunks": self.chunks,
            "fingerprint": self.fingerprint,
        })
    }

    /// What differs between this run's header and the journal's `found`.
    fn differences(&self, found: &Value) -> Option<String> {
        let expected = self.to_json();
        let differs: Vec<String> = ["tim_bulk_journal", "operation", "items", "chunks", "fingerprint"]
            .iter()
            .filter(|field| found.get(**field) != expected.get(**field))
            .map(|field| {
                format!(
                    "{field} is {} there, {} here",
                    found.get(*field).unwrap_or(&Value::Null),
                    expected[*field]
                )
            })
            .collect();
        (!differs.is_empty()).then(|| differs.join("; "))
    }
}

/// An open journal, appended to.
#[derive(Debug)]
pub(crate) struct Journal {
    path: PathBuf,
    file: File,
}

impl Journal {
    /// Creates a new journal at `path` (refusing a file that is there) and
    /// writes its header.
    pub(crate) fn create(path: &Path, header: &Header) -> Result<Self, BulkError> {
        let file = OpenOptions::new()
            .append(true)
            .create_new(true)
            .open(path)
            .map_err(|source| match source.kind() {
                std::io::ErrorKind::AlreadyExists => BulkError::Exists { path: path.into() },
                _ => BulkError::Io {
                    path: path.into(),
                    source,
                },
            })?;
        let mut journal = Self {
            path: path.into(),
            file,
        };
        journal.append(&header.to_json())?;
        Ok(journal)
    }

    /// Opens the journal at `path` to resume the run `header` describes:
    /// each chunk's last state, and the journal, open to append. A last line
    /// cut short (the run was killed while writing it) is dropped from the
    /// file; any other line that does not read is an error.
    pub(crate) fn resume(path: &Path, header: &Header) -> Result<(Self, HashMap<usize, ChunkState>), BulkError> {
        let io = |source| BulkError::Io {
            path: path.into(),
            source,
        };
        let mut file = OpenOptions::new().read(true).append(true).open(path).map_err(io)?;
        let mut text = String::new();
        file.read_to_string(&mut text).map_err(io)?;
        let corrupt = |line: usize, message: String| BulkError::Corrupt {
            path: path.into(),
            line,
            message,
        };
        // Everything up to the last newline is whole; what follows it is a
        // line cut short.
        let whole = text.rfind('\n').map_or(0, |end| end + 1);
        let mut states = HashMap::new();
        let mut saw_header = false;
        for (index, line) in text[..whole].lines().enumerate() {
            let number = index + 1;
            let value: Value = serde_json::from_str(line).map_err(|e| corrupt(number, e.to_string()))?;
            if !saw_header {
                if value.get("tim_bulk_journal").is_none() {
                    return Err(corrupt(
                        number,
                        "no header (`tim_bulk_journal`) on the first line".into(),
                    ));
                }
                if let Some(message) = header.differences(&value) {
                    return Err(BulkError::Mismatch {
                        path: path.into(),
                        message,
                    });
                }
                saw_header = true;
                continue;
            }
            let chunk = value.get("chunk").and_then(Value::as_u64);
            let state = value.get("outcome").and_then(Value::as_str).and_then(ChunkState::parse);
            match (chunk, state) {
                (Some(chunk), Some(state)) if (chunk as usize) < header.chunks => {
                    states.insert(chunk as usize, state);
                }
                _ => return Err(corrupt(number, format!("not a chunk line of this run: {line}"))),
            }
        }
        if !saw_header {
            return Err(corrupt(1, "no header (`tim_bulk_journal`) on the first line".into()));
        }
        if whole < text.len() {
            // Opened to append: the next line goes after the cut.
            file.set_len(whole as u64).map_err(io)?;
        }
        Ok((
            Self {
                path: path.into(),
                file,
            },
            states,
        ))
    }

    /// Appends a chunk's line: its index, its items' range, its state, and
    /// `extra` fields (a code, a message, counts); synced before it returns.
    pub(crate) fn record(
        &mut self,
        chunk: usize,
        range: &Range<usize>,
        state: ChunkState,
        extra: Map<String, Value>,
    ) -> Result<(), BulkError> {
        let mut line = Map::new();
        line.insert("chunk".into(), chunk.into());
        line.insert("start".into(), range.start.into());
        line.insert("end".into(), range.end.into());
        line.insert("outcome".into(), state.name().into());
        line.extend(extra);
        self.append(&Value::Object(line))
    }

    fn append(&mut self, value: &Value) -> Result<(), BulkError> {
        let mut line = value.to_string();
        line.push('\n');
        // One write per line, so a line is whole or cut short at its end,
        // never interleaved; synced so it outlives a crash of the machine.
        self.file
            .write_all(line.as_bytes())
            .and_then(|()| self.file.sync_data())
            .map_err(|source| BulkError::Io {
                path: self.path.clone(),
                source,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header {
            operation: "multiaccount_import",
            items: 250,
            chunks: 3,
            fingerprint: "0123456789abcdef".into(),
        }
    }

    fn temp(name: &str) -> PathBuf {
        let path = std::env::temp_dir().join(format!("tim-journal-{}-{name}", std::process::id()));
        let _ = std::fs::remove_file(&path);
        path
    }

    #[test]
    fn a_journal_resumes_with_each_chunks_last_state_and_drops_a_torn_line() {
        let path = temp("resume");
        let mut journal = Journal::create(&path, &header()).unwrap();
        journal.record(0, &(0..100), ChunkState::Sent, Map::new()).unwrap();
        journal.record(0, &(0..100), ChunkState::Accepted, Map::new()).unwrap();
        journal.record(1, &(100..200), ChunkState::Sent, Map::new()).unwrap();
        drop(journal);
        assert!(matches!(
            Journal::create(&path, &header()),
            Err(BulkError::Exists { .. })
        ));
        // Killed while writing a line.
        let mut file = OpenOptions::new().append(true).open(&path).unwrap();
        file.write_all(br#"{"chunk":1,"start":100,"#).unwrap();
        drop(file);
        let (mut journal, states) = Journal::resume(&path, &header()).unwrap();
        assert_eq!(states.len(), 2);
        assert_eq!(states[&0], ChunkState::Accepted);
        assert_eq!(states[&1], ChunkState::Sent);
        journal.record(1, &(100..200), ChunkState::Unknown, Map::new()).unwrap();
        drop(journal);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 5, "{text}");
        assert!(
            text.lines().all(|line| serde_json::from_str::<Value>(line).is_ok()),
            "{text}"
        );
        let (_, states) = Journal::resume(&path, &header()).unwrap();
        assert_eq!(states[&1], ChunkState::Unknown);
        std::fs::remove_file(&path).unwrap();
    }

    #[test]
    fn another_runs_journal_is_refused_naming_what_differs() {
        let path = temp("mismatch");
        drop(Journal::create(&path, &header()).unwrap());
        let other = Header {
            fingerprint: "fedcba9876543210".into(),
            ..header()
        };
        let error = Journal::resume(&path, &other).unwrap_err();
        assert!(matches!(error, BulkError::Mismatch { .. }), "{error}");
        assert!(error.to_string().contains("fingerprint"), "{error}");
        std::fs::write(&path, "not json\n").unwrap();
        let error = Journal::resume(&path, &header()).unwrap_err();
        assert!(matches!(error, BulkError::Corrupt { line: 1, .. }), "{error}");
        std::fs::remove_file(&path).unwrap();
    }
}
