//! The bottom floor every handler stands on: the app's settings and clock,
//! the injected faults, the state, and the cache of verified UserSigs (which
//! only the module `auth` reads and fills).

use std::path::PathBuf;
use std::sync::{OnceLock, PoisonError, RwLock};

use tim_protocol::ErrorCode;

use crate::auth::VerifiedSigs;
use crate::config::{Edition, Settings};
use crate::failure::Failure;
use crate::faults::Faults;
use crate::gate::Gate;
use crate::request_log::RequestLog;
use crate::state::{State, User};
use crate::webhooks::deliveries::DeliveryLog;

/// The emulated app and its state, shared by every request.
pub(crate) struct Context {
    pub(crate) settings: Settings,
    faults: RwLock<Faults>,
    pub(crate) state: State,
    pub(crate) verified: VerifiedSigs,
    /// `http://127.0.0.1:<port>` once the server is bound
    /// (`EmulatorBuilder::start`); unset for a router served elsewhere.
    /// The base of the download links the emulator hands out.
    pub(crate) served_at: OnceLock<String>,
    /// Every call answered (`request_log`).
    pub(crate) requests: RequestLog,
    /// Held by calls while they change the state, taken whole by a
    /// snapshot (`crate::snapshot`).
    pub(crate) gate: Gate,
    /// The file the world is saved to (`EmulatorBuilder::state`), if any.
    pub(crate) state_file: OnceLock<PathBuf>,
    /// Every webhook delivery made (`webhooks::deliveries`).
    pub(crate) deliveries: std::sync::Arc<DeliveryLog>,
}

impl Context {
    pub(crate) fn new(settings: Settings, faults: Faults) -> Self {
        Self {
            settings,
            faults: RwLock::new(faults),
            state: State::default(),
            verified: VerifiedSigs::default(),
            served_at: OnceLock::new(),
            requests: RequestLog::default(),
            gate: Gate::default(),
            state_file: OnceLock::new(),
            deliveries: std::sync::Arc::default(),
        }
    }

    /// Unix seconds, by the app's clock.
    pub(crate) fn now(&self) -> u64 {
        self.settings.clock.now()
    }

    /// A UserSig for `identifier` that this emulator accepts, valid for
    /// `validity_secs` from the app's clock.
    pub(crate) fn sign(&self, identifier: &str, validity_secs: u64) -> tim_usersig::UserSig {
        tim_usersig::Signer::new(self.settings.sdkappid, self.settings.key.clone()).sign_at(
            identifier,
            validity_secs,
            self.now(),
        )
    }

    pub(crate) fn faults(&self) -> Faults {
        self.faults.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    pub(crate) fn set_faults(&self, faults: Faults) {
        *self.faults.write().unwrap_or_else(PoisonError::into_inner) = faults;
    }

    /// Runs `operation` on an imported user, under that user's lock alone
    /// (50001 if `user_id` is not imported).
    pub(crate) fn with_imported<T>(
        &self,
        user_id: &str,
        operation: impl FnOnce(&mut User) -> Result<T, Failure>,
    ) -> Result<T, Failure> {
        self.state.with_account(user_id, operation).unwrap_or_else(|| {
            Err(Failure::new(
                ErrorCode::NotImported,
                format!("From_Account {user_id:?} was not imported"),
            ))
        })
    }

    /// Now as a message time: Unix seconds as `i64`, the wire's type.
    pub(crate) fn msg_time(&self) -> i64 {
        i64::try_from(self.now()).unwrap_or(i64::MAX)
    }

    /// Fails with `code` unless `user_id` [is an account](Self::is_account),
    /// naming the request's `field`.
    pub(crate) fn require_account(
        &self,
        code: impl Into<ErrorCode>,
        field: &str,
        user_id: &str,
    ) -> Result<(), Failure> {
        if self.is_account(user_id) {
            Ok(())
        } else {
            Err(Failure::new(
                code.into(),
                format!("{field} {user_id:?} does not exist or was not imported"),
            ))
        }
    }

    /// Whether `user_id` can take part in a one-to-one message: an imported
    /// account, or an app administrator (who needs no import).
    pub(crate) fn is_account(&self, user_id: &str) -> bool {
        self.settings.admins.contains(user_id) || self.state.is_imported(user_id)
    }

    /// The sender of a message sent without `From_Account`: the app
    /// administrator. A handler does not see which administrator called, so
    /// with several it is the first in name order.
    pub(crate) fn admin_sender(&self) -> &str {
        self.settings
            .admins
            .iter()
            .min()
            .map(String::as_str)
            .unwrap_or("administrator")
    }

    /// Fails with 51013 unless the app's edition has conversation groups
    /// (and standard marks).
    pub(crate) fn require_contact_groups(&self) -> Result<(), Failure> {
        if self.settings.edition.has_contact_groups() {
            Ok(())
        } else {
            Err(Failure::new(
                ErrorCode::EditionUnsupported,
                "conversation groups and standard marks need the Pro, Pro Plus or Enterprise edition",
            ))
        }
    }
}

impl Context {
    /// Fails with 10008 unless the app's edition is Ultimate (the
    /// emulator's `Edition::Enterprise`), which message extensions need.
    pub(crate) fn require_message_extensions(&self) -> Result<(), Failure> {
        if self.settings.edition == Edition::Enterprise {
            Ok(())
        } else {
            Err(Failure::new(
                ErrorCode::GroupRequestInvalid,
                "message extensions need the Ultimate (Enterprise) edition",
            ))
        }
    }
}

/// 20007: the sender is on the recipient's blocklist (one-to-one messages).
pub(crate) const BLOCKED_BY_RECIPIENT: i64 = 20007;
/// 20009: sender and recipient are not friends either way (one-to-one
/// messages, with the relationship check on).
pub(crate) const NOT_FRIENDS: i64 = 20009;
/// 20010: the sender is not on the recipient's friend list (one-way).
pub(crate) const NOT_PEERS_FRIEND: i64 = 20010;
/// 20011: the recipient is not on the sender's friend list (one-way).
pub(crate) const PEER_NOT_FRIEND: i64 = 20011;

impl Context {
    /// Whether `user` is globally muted for one-to-one messages now
    /// (`setnospeaking`; sends are refused with 20012, before any webhook).
    pub(crate) fn c2c_muted(&self, user: &str) -> bool {
        let now = self.now();
        self.state
            .with_user(user, |user| user.global_mute.c2c_until > now)
            .unwrap_or(false)
    }

    /// The relationship check of a one-to-one message from `from` to `to`,
    /// when the app turned it on (`AppSettings::check_friends_on_c2c`), with
    /// the error-code list's codes: 20007 when `to` has blocked `from`; 20009
    /// when neither is on the other's friend list, 20010 when `from` is not
    /// on `to`'s (one-way), 20011 when `to` is not on `from`'s (one-way).
    /// Where the pages are silent, the emulator's choices: an administrator
    /// sender, or a message to oneself, is not checked; the check runs before
    /// any webhook.
    pub(crate) fn relationship_refusal(&self, from: &str, to: &str) -> Option<(i64, String)> {
        if !self.settings.app.check_friends_on_c2c || from == to || self.settings.admins.contains(from) {
            return None;
        }
        // One user's lock at a time.
        let (blocked, to_has_from) = self
            .state
            .with_user(to, |user| {
                (user.friends.blocked.contains_key(from), user.friends.has(from))
            })
            .unwrap_or((false, false));
        let from_has_to = self.state.with_user(from, |user| user.friends.has(to)).unwrap_or(false);
        match (blocked, to_has_from, from_has_to) {
            (true, _, _) => Some((BLOCKED_BY_RECIPIENT, format!("{to:?} has blocked {from:?}"))),
            (false, false, false) => Some((NOT_FRIENDS, format!("{from:?} and {to:?} are not friends"))),
            (false, false, true) => Some((NOT_PEERS_FRIEND, format!("{from:?} is not on {to:?}'s friend list"))),
            (false, true, false) => Some((PEER_NOT_FRIEND, format!("{to:?} is not on {from:?}'s friend list"))),
            (false, true, true) => None,
        }
    }

    /// Whether `user` is globally muted for group messages now (10017).
    pub(crate) fn group_muted(&self, user: &str) -> bool {
        let now = self.now();
        self.state
            .with_user(user, |user| user.global_mute.group_until > now)
            .unwrap_or(false)
    }
}

#[cfg(test)]
impl Context {
    /// The unit tests' context: [`Settings::for_tests`], no faults.
    pub(crate) fn for_tests() -> Self {
        Self::new(Settings::for_tests(), Faults::none())
    }
}
