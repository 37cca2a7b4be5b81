//! The app's operations log: what `openconfigsvr/getappinfo` counts and what
//! `open_msg_svc/get_history` archives. The service keeps statistics and
//! hourly archives of its own; the emulator keeps only what it can count
//! honestly from the calls it serves:
//!
//! - the accounts registered through `account_import` and
//!   `multiaccount_import` (first import time; forgotten by
//!   `account_delete`);
//! - every message sent through `sendmsg`, `batchsendmsg` (one entry per
//!   recipient, as each recipient's copy is a message of the history) and
//!   `send_group_msg`, with its time, sender, recipient or group, sequence
//!   number, random and body. Imported messages (`importmsg`,
//!   `import_group_msg`) were not sent and are not logged; a recall or a
//!   deletion does not take a message out of the log (the archive records
//!   what was sent). Entries older than seven days are dropped, as the
//!   service keeps its archives seven days;
//! - the archives `get_history` has written, until their links expire.
//!
//! The log is a leaf lock: it is taken under the groups' or a
//! conversation's lock and takes no other lock itself.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};
use tim_protocol::message::MsgBody;

/// Beijing time is UTC+8: the service's days and hours (`getappinfo`'s
/// `Date`, `get_history`'s `MsgTime`) are Beijing days and hours.
pub(crate) const BEIJING_OFFSET_SECS: u64 = 8 * 3600;
/// How long the log (and so an hour's archive) is kept: seven days.
pub(crate) const KEPT_SECS: u64 = 7 * 86_400;

/// The app's operations log.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct Operations(#[serde(with = "crate::snapshot::serde_with::locked")] Mutex<Log>);

impl Operations {
    /// The log, locked.
    pub(crate) fn lock(&self) -> MutexGuard<'_, Log> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// What the log holds.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct Log {
    /// Registered account → when it was first imported (Unix seconds).
    registered: HashMap<String, u64>,
    /// The messages sent, in the order they were sent (their times almost
    /// always ascending).
    sent: VecDeque<Sent>,
    /// Messages older than this (Unix seconds) are forgotten: seven days
    /// before the newest message sent.
    #[serde(default)]
    kept_from: u64,
    /// Archive file name → the archive.
    archives: HashMap<String, Archive>,
    /// How many archives were written: the counter in their names.
    written: u64,
}

/// Where a logged message went.
#[derive(Debug, Serialize, Deserialize, Clone, PartialEq, Eq)]
pub(crate) enum Chat {
    /// A one-to-one message from `from` to `to`.
    C2c { from: String, to: String },
    /// A group message; `from` is `None` when the administrator sent it
    /// without a `From_Account`.
    Group { group: String, from: Option<String> },
}

/// One logged message.
#[derive(Debug, Serialize, Deserialize, Clone)]
pub(crate) struct Sent {
    /// Unix seconds.
    pub(crate) time: u64,
    pub(crate) chat: Chat,
    /// `MsgSeq`: the one-to-one message's, or the group's sequence number.
    pub(crate) seq: u64,
    pub(crate) random: u32,
    pub(crate) body: MsgBody,
    pub(crate) cloud_custom_data: Option<String>,
}

/// One archive file: its gzip bytes and when its link stops working.
#[derive(Debug, Serialize, Deserialize, Clone)]
pub(crate) struct Archive {
    pub(crate) gzip: Vec<u8>,
    /// Unix seconds.
    pub(crate) expires: u64,
}

impl Log {
    /// `user` was imported at `now`; a repeated import keeps the first time.
    pub(crate) fn register(&mut self, user: &str, now: u64) {
        self.registered.entry(user.to_owned()).or_insert(now);
    }

    /// `user`'s account was deleted.
    pub(crate) fn unregister(&mut self, user: &str) {
        self.registered.remove(user);
    }

    /// How many registered accounts there are, and how many of them were
    /// first imported in `start..end`.
    pub(crate) fn registrations(&self, start: u64, end: u64) -> (usize, usize) {
        let within = self
            .registered
            .values()
            .filter(|&&time| (start..end).contains(&time))
            .count();
        (self.registered.len(), within)
    }

    /// Logs `message`, dropping what is older than seven days.
    pub(crate) fn record(&mut self, message: Sent) {
        // Dropping from the front keeps a send O(1) amortized: a `retain`
        // over the whole log made the n-th send cost O(n) (the scale bench
        // found seeding quadratic). A message sent with an older time than
        // the one before it waits for its turn at the front; `kept_from`
        // hides it from reads meanwhile, so what is read is as before.
        self.kept_from = self.kept_from.max(message.time.saturating_sub(KEPT_SECS));
        while self.sent.front().is_some_and(|sent| sent.time < self.kept_from) {
            self.sent.pop_front();
        }
        self.sent.push_back(message);
    }

    /// The messages sent in `start..end`, oldest first.
    pub(crate) fn sent_between(&self, start: u64, end: u64) -> impl Iterator<Item = &Sent> {
        let start = start.max(self.kept_from);
        self.sent.iter().filter(move |sent| (start..end).contains(&sent.time))
    }

    /// Keeps `archive` under a new file name, `{stem}-{n}.gz`; the name.
    pub(crate) fn store_archive(&mut self, stem: &str, archive: Archive) -> String {
        self.written += 1;
        let name = format!("{stem}-{}.gz", self.written);
        self.archives.insert(name.clone(), archive);
        name
    }

    /// The gzip bytes of the archive `name`, unless its link expired by
    /// `now` (an expired one is forgotten).
    pub(crate) fn archive(&mut self, name: &str, now: u64) -> Option<Vec<u8>> {
        self.archives.retain(|_, archive| archive.expires > now);
        self.archives.get(name).map(|archive| archive.gzip.clone())
    }
}

/// The Beijing day of Unix time `time`, counted from 1970-01-01.
pub(crate) fn beijing_day(time: u64) -> u64 {
    (time + BEIJING_OFFSET_SECS) / 86_400
}

/// The Unix time the Beijing day `day` starts.
pub(crate) fn day_start(day: u64) -> u64 {
    (day * 86_400).saturating_sub(BEIJING_OFFSET_SECS)
}

/// The Unix time the Beijing hour `hour` of `year-month-day` starts, if the
/// date exists and is not before 1970.
pub(crate) fn hour_start(year: u32, month: u32, day: u32, hour: u32) -> Option<u64> {
    let days = days_from_civil(year, month, day)?;
    Some(day_start(days) + u64::from(hour) * 3600)
}

/// `YYYYMMDD` of the Beijing day `day`.
pub(crate) fn date_text(day: u64) -> String {
    let (year, month, day) = civil_from_days(day);
    format!("{year:04}{month:02}{day:02}")
}

/// `YYYY-MM-DD HH:MM:SS` of Unix time `time` in Beijing time, the form of
/// `get_history`'s `ExpireTime`.
pub(crate) fn beijing_text(time: u64) -> String {
    utc_text(time + BEIJING_OFFSET_SECS)
}

/// `YYYY-MM-DD HH:MM:SS` of Unix time `time` in UTC (the moderation pages'
/// `CreateTime` form, and Beijing time once shifted).
pub(crate) fn utc_text(time: u64) -> String {
    let (year, month, day) = civil_from_days(time / 86_400);
    let seconds = time % 86_400;
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// (year, month, day) of the day `days` after 1970-01-01 (the proleptic
/// Gregorian calendar, as Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

/// The day count from 1970-01-01 of `year-month-day`, if the date exists
/// and is not before 1970.
fn days_from_civil(year: u32, month: u32, day: u32) -> Option<u64> {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let length = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    if year < 1970 || day == 0 || day > length {
        return None;
    }
    let (year, month, day) = (u64::from(year), u64::from(month), u64::from(day));
    let year = if month <= 2 { year - 1 } else { year };
    let era = year / 400;
    let yoe = year - era * 400;
    let mp = if month > 2 { month - 3 } else { month + 9 };
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beijing_days_and_hours() {
        // 2015-12-01 21:00 Beijing is 13:00 UTC, Unix 1448974800.
        assert_eq!(hour_start(2015, 12, 1, 21), Some(1_448_974_800));
        assert_eq!(beijing_text(1_448_974_800), "2015-12-01 21:00:00");
        assert_eq!(date_text(beijing_day(1_448_974_800)), "20151201");
        // 16:30 UTC on 30 June is already 1 July in Beijing.
        assert_eq!(date_text(beijing_day(1_719_765_000)), "20240701");
        assert_eq!(
            hour_start(2024, 2, 29, 0).map(beijing_day).map(date_text).as_deref(),
            Some("20240229")
        );
        assert_eq!(hour_start(2023, 2, 29, 0), None);
        assert_eq!(hour_start(2015, 4, 31, 0), None);
        assert_eq!(hour_start(1969, 12, 31, 23), None);
        for day in [0, 1, 59, 365, 10_957, 19_782, 20_000] {
            let (year, month, date) = civil_from_days(day);
            let back = days_from_civil(year as u32, month as u32, date as u32);
            assert_eq!(back, Some(day), "{day}");
        }
    }

    #[test]
    fn the_log_keeps_seven_days_and_archives_until_they_expire() {
        let mut log = Log::default();
        let message = |time| Sent {
            time,
            chat: Chat::C2c {
                from: "a".into(),
                to: "b".into(),
            },
            seq: 1,
            random: 2,
            body: MsgBody::default(),
            cloud_custom_data: None,
        };
        log.record(message(100));
        log.record(message(100 + KEPT_SECS));
        assert_eq!(log.sent_between(0, u64::MAX).count(), 2);
        log.record(message(101 + KEPT_SECS));
        assert_eq!(log.sent_between(0, u64::MAX).count(), 2, "the first is dropped");
        // A message whose time is older than the log keeps is never read,
        // though it waits behind newer ones to be dropped.
        log.record(message(50));
        assert_eq!(log.sent_between(0, u64::MAX).count(), 2, "a message older than kept");
        log.record(message(102 + KEPT_SECS));
        assert_eq!(log.sent_between(0, u64::MAX).count(), 3);
        let name = log.store_archive(
            "C2C-2015120121",
            Archive {
                gzip: vec![1],
                expires: 50,
            },
        );
        assert_eq!(name, "C2C-2015120121-1.gz");
        assert_eq!(log.archive(&name, 49), Some(vec![1]));
        assert_eq!(log.archive(&name, 50), None);
        log.register("u", 10);
        log.register("u", 20);
        log.register("v", 30);
        assert_eq!(log.registrations(0, 15), (2, 1));
        log.unregister("u");
        assert_eq!(log.registrations(0, 100), (1, 1));
    }
}
