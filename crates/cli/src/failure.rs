//! How a command ends: the exit-code contract every subcommand follows.
//!
//! | code | meaning |
//! |---|---|
//! | 0 | every item succeeded |
//! | 1 | refused: by the service, or before sending by one of its documented rules (the code is printed) |
//! | 2 | usage: bad arguments or input, no app configured; nothing was sent |
//! | 3 | partial: some items of a batch failed, others succeeded (each is printed) |
//! | 4 | outcome unknown: the request may have reached the service and been applied; check before sending it again |
//! | 5 | no answer: the service could not be reached, or a gateway answered instead of it; nothing was applied |

use std::fmt;
use std::process::ExitCode;

use tim_protocol::ErrorCode;

/// Which line of the contract a failure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exit {
    /// Not a failure: `--dry-run` printed the request and sent nothing.
    DryRun = 0,
    Refused = 1,
    Usage = 2,
    Partial = 3,
    Unknown = 4,
    NoAnswer = 5,
}

impl Exit {
    /// The name `--json` errors carry.
    fn name(self) -> &'static str {
        match self {
            Exit::DryRun => "dry_run",
            Exit::Refused => "refused",
            Exit::Usage => "usage",
            Exit::Partial => "partial",
            Exit::Unknown => "outcome_unknown",
            Exit::NoAnswer => "no_answer",
        }
    }
}

/// A failed command: its exit code, the service's code if it sent one, and
/// what to tell the operator.
#[derive(Debug)]
pub(crate) struct Failure {
    exit: Exit,
    code: Option<ErrorCode>,
    message: String,
}

impl Failure {
    /// Bad arguments or input: nothing was sent.
    pub(crate) fn usage(message: impl Into<String>) -> Self {
        Self {
            exit: Exit::Usage,
            code: None,
            message: message.into(),
        }
    }

    /// `failed` of `all` items failed (each already printed): partial when
    /// some succeeded, refused when none did.
    pub(crate) fn items(failed: usize, all: usize) -> Result<(), Self> {
        let exit = match failed {
            0 => return Ok(()),
            n if n < all => Exit::Partial,
            _ => Exit::Refused,
        };
        Err(Self {
            exit,
            code: None,
            message: format!("{failed} of {all} item(s) failed"),
        })
    }

    /// A check the command made itself said no (a UserSig or a webhook
    /// signature that is not valid).
    pub(crate) fn invalid(message: impl Into<String>) -> Self {
        Self {
            exit: Exit::Refused,
            code: None,
            message: message.into(),
        }
    }

    /// Some items' outcome is unknown (a bulk run's calls whose replies were
    /// lost): check, or resume, before sending them again.
    pub(crate) fn unknown(message: impl Into<String>) -> Self {
        Self {
            exit: Exit::Unknown,
            code: None,
            message: message.into(),
        }
    }

    /// A bulk run stopped (Ctrl-C) before its last item: the rest can be
    /// resumed.
    pub(crate) fn stopped(message: impl Into<String>) -> Self {
        Self {
            exit: Exit::Partial,
            code: None,
            message: message.into(),
        }
    }

    /// `--dry-run` stopped the command before sending: a success.
    pub(crate) fn dry_run() -> Self {
        Self {
            exit: Exit::DryRun,
            code: None,
            message: "dry run: nothing was sent".into(),
        }
    }

    /// The process's exit code.
    pub(crate) fn exit_code(&self) -> ExitCode {
        ExitCode::from(self.exit as u8)
    }

    /// The failure as the JSON `--json` writes to standard error.
    pub(crate) fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "error": {
                "exit": self.exit as u8,
                "kind": self.exit.name(),
                "code": self.code.map(ErrorCode::code),
                "message": self.message,
            }
        })
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// The SDK's errors, each on its line of the contract. The texts are the
/// SDK's, which never hold the key or a UserSig.
impl From<tim_api::Error> for Failure {
    fn from(error: tim_api::Error) -> Self {
        use tim_api::Error as E;
        let mut code = error.code();
        let exit = match &error {
            E::Api { .. } => Exit::Refused,
            // A documented rule of the service, checked before sending: the
            // refusal it would have answered, with the code it would use.
            E::Validation(rule) => {
                code = rule.error_code();
                Exit::Refused
            }
            E::Config(_) | E::Encode(_) => Exit::Usage,
            // A reply that cannot be read, or none before the deadline:
            // the request was in flight, so it may have been applied.
            E::OutcomeUnknown(_) | E::Decode { .. } | E::Deadline { .. } => Exit::Unknown,
            E::Transport(_) | E::Http { .. } => Exit::NoAnswer,
            _ => Exit::Unknown,
        };
        Self {
            exit,
            code,
            message: error.to_string(),
        }
    }
}
