//! A refused call: a code and the text for `ErrorInfo`.

use tim_protocol::{Envelope, ErrorCode};

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Failure {
    pub(crate) code: ErrorCode,
    pub(crate) info: String,
}

impl Failure {
    pub(crate) fn new(code: ErrorCode, info: impl Into<String>) -> Self {
        Self {
            code,
            info: info.into(),
        }
    }

    pub(crate) fn envelope(&self) -> Envelope {
        Envelope::fail(self.code, self.info.clone())
    }
}
