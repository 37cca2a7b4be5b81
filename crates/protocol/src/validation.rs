//! Checking requests before they are sent, with errors that name the field.

use std::fmt;

use crate::{ErrorCode, Service};

/// The rule a field broke.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rule {
    /// The field must be present.
    Required,
    /// The field must not be empty.
    NotEmpty,
    /// The field must be absent in this case; the text says why.
    MustBeAbsent(&'static str),
    /// The text is longer than its limit, counted in bytes of UTF-8.
    TooLong {
        /// The limit.
        max_bytes: usize,
        /// The length found.
        actual: usize,
    },
    /// The list has fewer entries than allowed.
    TooFew {
        /// The least allowed.
        min: usize,
        /// The count found.
        actual: usize,
    },
    /// The list has more entries than allowed.
    TooMany {
        /// The most allowed.
        max: usize,
        /// The count found.
        actual: usize,
    },
    /// The value is not one the API accepts.
    UnsupportedValue {
        /// The value found.
        value: i64,
        /// What the API accepts.
        expected: &'static str,
    },
    /// The text does not have the form the API requires; the text says which
    /// (for example a custom group ID that starts with the reserved `@TGS#`).
    BadFormat(&'static str),
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Required => f.write_str("is required"),
            Self::NotEmpty => f.write_str("must not be empty"),
            Self::MustBeAbsent(why) => write!(f, "must be absent {why}"),
            Self::TooLong { max_bytes, actual } => {
                write!(f, "must be at most {max_bytes} bytes of UTF-8, got {actual}")
            }
            Self::TooFew { min, actual } => {
                write!(f, "must have at least {min} entries, got {actual}")
            }
            Self::TooMany { max, actual } => {
                write!(f, "must have at most {max} entries, got {actual}")
            }
            Self::UnsupportedValue { value, expected } => {
                write!(f, "must be {expected}, got {value}")
            }
            Self::BadFormat(what) => write!(f, "must be {what}"),
        }
    }
}

/// A request that breaks one of the API's documented rules.
///
/// It names the field by its JSON path (for example
/// `UpdateGroup.ContactUpdateItem[3].ContactItem.ToGroupId`), the [`Rule`]
/// broken, and the code the service would answer with, where it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    field: String,
    rule: Rule,
    code: Option<ErrorCode>,
}

impl ValidationError {
    /// A new error for `field`. Its code is the parameter-error code of the
    /// service the request belongs to ([`Service::invalid_parameter`]), set
    /// by [`Self::in_service`] when the request's `validate()` returns it,
    /// unless a rule has a code of its own ([`Self::with_code`]).
    pub fn new(field: impl Into<String>, rule: Rule) -> Self {
        Self {
            field: field.into(),
            rule,
            code: None,
        }
    }

    /// The same error with the code of its rule, e.g. 51011 for a group name
    /// that is too long.
    pub fn with_code(mut self, code: ErrorCode) -> Self {
        self.code = Some(code);
        self
    }

    /// The same error, its code defaulting to `service`'s parameter-error code.
    pub fn in_service(mut self, service: Service) -> Self {
        self.code.get_or_insert(service.invalid_parameter());
        self
    }

    /// The JSON path of the field.
    pub fn field(&self) -> &str {
        &self.field
    }

    /// The rule broken.
    pub fn rule(&self) -> &Rule {
        &self.rule
    }

    /// The code the service answers a request breaking this rule with
    /// (`None` only for an error not yet returned by a request's `validate()`).
    pub fn error_code(&self) -> Option<ErrorCode> {
        self.code
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.field, self.rule)?;
        if let Some(code) = self.code {
            write!(f, " (service error {})", code.code())?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationError {}

/// Small checks shared by every request's `validate`.
pub(crate) mod check {
    use super::{Rule, ValidationError};
    use crate::limits::USER_ID_MAX_BYTES;
    use crate::ErrorCode;

    /// At most `max_bytes` of UTF-8; empty is allowed (an empty value clears
    /// a field, or the pages give no minimum).
    pub(crate) fn max_bytes(
        field: impl FnOnce() -> String,
        value: &str,
        max_bytes: usize,
    ) -> Result<(), ValidationError> {
        if value.len() > max_bytes {
            return Err(ValidationError::new(
                field(),
                Rule::TooLong {
                    max_bytes,
                    actual: value.len(),
                },
            ));
        }
        Ok(())
    }

    /// Non-empty and at most `max_bytes` of UTF-8.
    pub(crate) fn text(field: impl FnOnce() -> String, value: &str, max_bytes: usize) -> Result<(), ValidationError> {
        if value.is_empty() {
            return Err(ValidationError::new(field(), Rule::NotEmpty));
        }
        self::max_bytes(field, value, max_bytes)
    }

    /// A UserID: 1 to 32 bytes.
    pub(crate) fn user_id(field: impl FnOnce() -> String, id: &str) -> Result<(), ValidationError> {
        text(field, id, USER_ID_MAX_BYTES)
    }

    /// A list of `min..=max` UserIDs, each 1 to 32 bytes, named `list[index]`.
    pub(crate) fn user_ids<I>(list: &str, ids: I, min: usize, max: usize) -> Result<(), ValidationError>
    where
        I: IntoIterator,
        I::IntoIter: ExactSizeIterator,
        I::Item: AsRef<str>,
    {
        let ids = ids.into_iter();
        count(list, ids.len(), min, max, None)?;
        for (index, id) in ids.enumerate() {
            user_id(|| format!("{list}[{index}]"), id.as_ref())?;
        }
        Ok(())
    }

    /// A group name: non-empty, and over the limit is 51011.
    pub(crate) fn group_name(
        field: impl FnOnce() -> String,
        value: &str,
        max_bytes: usize,
    ) -> Result<(), ValidationError> {
        text(field, value, max_bytes).map_err(|error| match error.rule() {
            Rule::TooLong { .. } => error.with_code(ErrorCode::GroupNameTooLong),
            _ => error,
        })
    }

    /// A list with `min..=max` entries; `code` if the rule has one of its own.
    pub(crate) fn count(
        field: &str,
        len: usize,
        min: usize,
        max: usize,
        code: Option<ErrorCode>,
    ) -> Result<(), ValidationError> {
        let rule = if len < min {
            Rule::TooFew { min, actual: len }
        } else if len > max {
            Rule::TooMany { max, actual: len }
        } else {
            return Ok(());
        };
        let error = ValidationError::new(field, rule);
        Err(match code {
            Some(code) => error.with_code(code),
            None => error,
        })
    }
}
