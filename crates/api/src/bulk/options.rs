//! The options of a bulk run: its journal and its stop flag.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// How a bulk run keeps its journal and when it stops.
///
/// ```
/// use std::sync::atomic::AtomicBool;
/// use std::sync::Arc;
/// use tim_api::bulk::BulkOptions;
///
/// let stop = Arc::new(AtomicBool::new(false));
/// let options = BulkOptions::new().resume("import.journal").stop_when(stop.clone());
/// # let _ = options;
/// ```
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct BulkOptions {
    pub(crate) journal: Option<JournalMode>,
    pub(crate) stop: Option<Arc<AtomicBool>>,
}

/// Which journal a run keeps.
#[derive(Debug, Clone)]
pub(crate) enum JournalMode {
    New(PathBuf),
    Resume(PathBuf),
}

impl BulkOptions {
    /// No journal, no stop flag.
    pub fn new() -> Self {
        Self::default()
    }

    /// Keep a new journal at `path` (the run fails to start if a file is there).
    pub fn journal(mut self, path: impl Into<PathBuf>) -> Self {
        self.journal = Some(JournalMode::New(path.into()));
        self
    }

    /// Resume from the journal at `path`, appending to it.
    pub fn resume(mut self, path: impl Into<PathBuf>) -> Self {
        self.journal = Some(JournalMode::Resume(path.into()));
        self
    }

    /// End the run after the call in flight once `flag` is set (from a
    /// Ctrl-C handler, say).
    pub fn stop_when(mut self, flag: Arc<AtomicBool>) -> Self {
        self.stop = Some(flag);
        self
    }
}
