//! The app's console settings that change how the emulator answers:
//! [`AppSettings`], given to
//! [`EmulatorBuilder::app_settings`](crate::EmulatorBuilder::app_settings) or
//! set with the binary's flags
//! (`--check-friends`, `--recall-window`, `--history-days`).
//!
//! The defaults are the service's, as its pages describe the REST API:
//!
//! - **The relationship check on one-to-one messages is off.** The
//!   `sendmsg` page: "This API does not check whether the sender and the
//!   recipients are friends or blocklisted by either party". The console's
//!   switch ("check the relationship for one-to-one messages", 5 minutes to
//!   take effect on the service, at once here) turns it on:
//!   [`AppSettings::check_friends_on_c2c`].
//! - **No recall window.** The `admin_msgwithdraw` page: "This API can
//!   recall one-to-one messages sent at any time. There's no time limit."
//!   The console's window (2 minutes by default) is what clients' recalls
//!   get; [`AppSettings::recall_window`] applies one to the REST recalls
//!   (`admin_msgwithdraw` and `group_msg_recall`) too, for tests of an app
//!   that wants it.
//! - **History kept 7 days**, the roaming storage of the free and Standard
//!   editions: [`AppSettings::history_retention`].

use std::time::Duration;

/// The console's 2-minute recall window, as clients get it
/// ([`AppSettings::recall_window`] takes it, or any other).
pub const CONSOLE_RECALL_WINDOW: Duration = Duration::from_secs(120);

/// How long history is kept by default: 7 days.
pub const DEFAULT_HISTORY_RETENTION: Duration = Duration::from_secs(7 * 24 * 3600);

/// The app's console settings the emulator honours (see the module docs for
/// each default and the pages behind it).
///
/// ```
/// use std::time::Duration;
/// use tim_emulator::{AppSettings, CONSOLE_RECALL_WINDOW};
///
/// let settings = AppSettings::default()
///     .check_friends_on_c2c(true)
///     .recall_window(Some(CONSOLE_RECALL_WINDOW))
///     .history_retention(Duration::from_secs(30 * 24 * 3600));
/// assert!(settings.checks_friends_on_c2c());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AppSettings {
    /// Whether `sendmsg` and `batchsendmsg` check the relationship chain:
    /// a sender on the recipient's blocklist is refused with 20007; users
    /// not friends either way with 20009; a sender not on the recipient's
    /// friend list with 20010, a recipient not on the sender's with 20011
    /// (one-way friendships). Off by default.
    pub check_friends_on_c2c: bool,
    /// How long after its time a message may be recalled through the REST
    /// API: past it, `admin_msgwithdraw` answers 20016 and `group_msg_recall`
    /// 10031 for that number (the error-code list's "recall time limit
    /// exceeded (2 minutes by default)"). `None`, the default: no limit, as
    /// the `admin_msgwithdraw` page says.
    pub recall_window: Option<Duration>,
    /// How long messages are kept: older ones are not returned by
    /// `admin_getroammsg` and `group_msg_get_simple`. 7 days by default.
    pub history_retention: Duration,
}

impl Default for AppSettings {
    fn default() -> Self {
        Self {
            check_friends_on_c2c: false,
            recall_window: None,
            history_retention: DEFAULT_HISTORY_RETENTION,
        }
    }
}

impl AppSettings {
    /// Turns the relationship check of one-to-one messages on or off.
    pub fn check_friends_on_c2c(mut self, on: bool) -> Self {
        self.check_friends_on_c2c = on;
        self
    }

    /// Whether the relationship check of one-to-one messages is on.
    pub fn checks_friends_on_c2c(&self) -> bool {
        self.check_friends_on_c2c
    }

    /// The recall window of the REST recalls; `None` for no limit.
    pub fn recall_window(mut self, window: Option<Duration>) -> Self {
        self.recall_window = window;
        self
    }

    /// How long history is kept, in whole seconds (at least one: a zero
    /// retention keeps only what was stored in the current second).
    pub fn history_retention(mut self, retention: Duration) -> Self {
        self.history_retention = retention;
        self
    }

    /// How long history is kept, in days.
    pub fn history_days(self, days: u64) -> Self {
        self.history_retention(Duration::from_secs(days.saturating_mul(24 * 3600)))
    }

    /// Whether a message sent at `time` is still kept at `now` (both in
    /// seconds on the emulator's clock).
    pub(crate) fn kept(&self, time: u64, now: u64) -> bool {
        now.saturating_sub(time) < self.history_retention.as_secs().max(1)
    }

    /// Whether a message sent at `time` may still be recalled at `now`.
    pub(crate) fn recallable(&self, time: u64, now: u64) -> bool {
        match self.recall_window {
            None => true,
            Some(window) => now.saturating_sub(time) <= window.as_secs(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_services() {
        let settings = AppSettings::default();
        assert!(!settings.checks_friends_on_c2c());
        assert_eq!(settings.recall_window, None);
        assert_eq!(settings.history_retention, Duration::from_secs(604_800));
        assert!(settings.recallable(0, u64::MAX));
    }

    #[test]
    fn windows_count_whole_seconds() {
        let settings = AppSettings::default()
            .recall_window(Some(CONSOLE_RECALL_WINDOW))
            .history_days(1);
        assert!(settings.recallable(1000, 1120));
        assert!(!settings.recallable(1000, 1121));
        assert!(settings.kept(1000, 1000 + 86_399));
        assert!(!settings.kept(1000, 1000 + 86_400));
        assert!(settings.kept(2000, 1000), "a time to come is kept");
    }
}
