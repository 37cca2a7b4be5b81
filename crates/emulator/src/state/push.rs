//! The push feature's state (`all_member_push` and `timpush`), app-wide: the
//! attribute names (and `timpush`'s account types), every user's attribute
//! values and tags, and the pushes made, each with the accounts it reached.
//!
//! It is one value behind one lock, taken by the push handlers alone and
//! never while a user is locked: a push first lists the imported accounts
//! (user by user), then takes this lock to pick its recipients.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use tim_protocol::message::{MsgBody, OfflinePushInfo};
use tim_protocol::push::PushCondition;
use tim_protocol::ErrorCode;

use crate::config::Edition;
use crate::failure::Failure;

/// Fails with 90045 on the Standard edition, which has no push to all
/// users (shared by the push handlers).
pub(crate) fn require_push(edition: Edition) -> Result<(), Failure> {
    if edition == Edition::Standard {
        return Err(Failure::new(
            ErrorCode::PushDisabled,
            "pushing to all users needs the Pro, Pro Plus or Enterprise edition",
        ));
    }
    Ok(())
}

/// A push the emulator accepted, as [`EmulatorHandle::pushes`](crate::EmulatorHandle::pushes)
/// reads it back: who sent what, under which condition, and the accounts it
/// reached.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RecordedPush {
    /// The `TaskId` the push's reply named.
    pub task_id: String,
    /// The endpoint's path: `v4/all_member_push/im_push` or `v4/timpush/push`.
    pub path: &'static str,
    /// The sender recipients see: `From_Account`, or the administrator the
    /// call was made as.
    pub from_account: String,
    /// The request's condition; `None` for a push to every account.
    pub condition: Option<PushCondition>,
    /// The accounts reached, in UserID order: every imported account the
    /// condition picks, but the sender.
    pub recipients: Vec<String>,
    /// The message, if the push carried one.
    pub msg_body: Option<MsgBody>,
    /// The offline-push settings, if any.
    pub offline_push_info: Option<OfflinePushInfo>,
    /// When it was pushed (Unix seconds, by the emulator's clock).
    pub time: u64,
    /// Whether it was recalled (`timpush/revoke`).
    pub revoked: bool,
}

/// The push state of the app.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct Push {
    /// Attribute number (`"0"` to `"9"`) → name.
    pub(crate) attr_names: BTreeMap<String, String>,
    /// Attribute number → account type (`timpush/set_attr_name`).
    pub(crate) attr_types: BTreeMap<String, i64>,
    /// UserID → attribute name → value.
    pub(crate) attrs: BTreeMap<String, BTreeMap<String, String>>,
    /// UserID → tags.
    pub(crate) tags: BTreeMap<String, BTreeSet<String>>,
    /// The pushes, oldest first.
    #[serde(with = "recorded_pushes")]
    pub(crate) pushes: Vec<RecordedPush>,
    /// When the last recall was made, to keep them a second apart.
    pub(crate) last_revoke: Option<u64>,
}

impl Push {
    /// Whether `name` is one of the app's attribute names.
    pub(crate) fn is_attr_name(&self, name: &str) -> bool {
        self.attr_names.values().any(|known| known == name)
    }

    /// The pushes of `path`: when the last was made, and how many were made
    /// on the UTC day of `now`.
    pub(crate) fn usage(&self, path: &str, now: u64) -> (Option<u64>, usize) {
        let mine = || self.pushes.iter().filter(move |push| push.path == path);
        let last = mine().map(|push| push.time).max();
        let today = mine().filter(|push| push.time / DAY == now / DAY).count();
        (last, today)
    }

    /// The accounts among `accounts` that `condition` picks (every one
    /// without a condition).
    pub(crate) fn recipients<'a>(
        &self,
        accounts: impl IntoIterator<Item = &'a String>,
        condition: Option<&PushCondition>,
    ) -> Vec<String> {
        accounts
            .into_iter()
            .filter(|user| condition.is_none_or(|condition| self.matches(user, condition)))
            .cloned()
            .collect()
    }

    /// Whether `user` meets every list `condition` gives.
    fn matches(&self, user: &str, condition: &PushCondition) -> bool {
        let no_tags = BTreeSet::new();
        let tags = self.tags.get(user).unwrap_or(&no_tags);
        let has = |tag: &String| tags.contains(tag);
        let no_attrs = BTreeMap::new();
        let attrs = self.attrs.get(user).unwrap_or(&no_attrs);
        let holds = |(name, value): (&String, &String)| attrs.get(name) == Some(value);
        condition.tags_and.as_ref().is_none_or(|list| list.iter().all(has))
            && condition.tags_or.as_ref().is_none_or(|list| list.iter().any(has))
            // "(A or B) and not (C and D)", as the timpush page reads TagsNot.
            && condition.tags_not.as_ref().is_none_or(|list| !list.iter().all(has))
            && condition.attrs_and.as_ref().is_none_or(|a| a.0.iter().all(holds))
            && condition.attrs_or.as_ref().is_none_or(|a| a.0.iter().any(holds))
    }
}

/// Seconds in a day.
pub(crate) const DAY: u64 = 24 * 60 * 60;

/// The recorded pushes (public `RecordedPush` has no serde impls: its
/// `path` is a `&'static str`, read back as the endpoint table's row).
pub(crate) mod recorded_pushes {
    use tim_protocol::message::{MsgBody, OfflinePushInfo};
    use tim_protocol::push::PushCondition;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::RecordedPush;

    #[derive(Serialize, Deserialize)]
    struct Recorded {
        task_id: String,
        path: String,
        from_account: String,
        condition: Option<PushCondition>,
        recipients: Vec<String>,
        msg_body: Option<MsgBody>,
        offline_push_info: Option<OfflinePushInfo>,
        time: u64,
        revoked: bool,
    }

    pub(crate) fn serialize<S: Serializer>(pushes: &[RecordedPush], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(pushes.iter().map(|push| Recorded {
            task_id: push.task_id.clone(),
            path: push.path.to_owned(),
            from_account: push.from_account.clone(),
            condition: push.condition.clone(),
            recipients: push.recipients.clone(),
            msg_body: push.msg_body.clone(),
            offline_push_info: push.offline_push_info.clone(),
            time: push.time,
            revoked: push.revoked,
        }))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<RecordedPush>, D::Error> {
        Vec::<Recorded>::deserialize(deserializer)?
            .into_iter()
            .map(|push| {
                let path = tim_protocol::Endpoint::find(&push.path)
                    .map(tim_protocol::Endpoint::path)
                    .ok_or_else(|| {
                        serde::de::Error::custom(format!("{:?} is not an endpoint of the table", push.path))
                    })?;
                Ok(RecordedPush {
                    task_id: push.task_id,
                    path,
                    from_account: push.from_account,
                    condition: push.condition,
                    recipients: push.recipients,
                    msg_body: push.msg_body,
                    offline_push_info: push.offline_push_info,
                    time: push.time,
                    revoked: push.revoked,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use tim_protocol::push::Attrs;

    use super::*;

    fn state() -> Push {
        let mut push = Push::default();
        for (user, tags) in [("a", &["x", "y"][..]), ("b", &["x"]), ("c", &[])] {
            push.tags
                .insert(user.into(), tags.iter().map(|t| t.to_string()).collect());
        }
        push.attrs.insert("a".into(), [("city".into(), "sz".into())].into());
        push.attrs.insert(
            "b".into(),
            [("city".into(), "bj".into()), ("sex".into(), "f".into())].into(),
        );
        push
    }

    #[test]
    fn conditions_pick_their_recipients() {
        let push = state();
        let everyone: Vec<String> = ["a", "b", "c", "d"].map(String::from).into();
        let pick = |condition: PushCondition| push.recipients(&everyone, Some(&condition));
        assert_eq!(push.recipients(&everyone, None), everyone);
        assert_eq!(pick(PushCondition::tags_and(["x", "y"])), ["a"]);
        assert_eq!(pick(PushCondition::tags_or(["y", "x"])), ["a", "b"]);
        assert_eq!(pick(PushCondition::tags_or(["x"]).and_tags_not(["y"])), ["b"]);
        assert_eq!(pick(PushCondition::tags_not(["x"])), ["c", "d"]);
        // Left out only with every tag of TagsNot: "not (x and y)".
        assert_eq!(pick(PushCondition::tags_not(["x", "y"])), ["b", "c", "d"]);
        assert_eq!(pick(PushCondition::tags_or(["x"]).and_tags_not(["x", "y"])), ["b"]);
        assert_eq!(
            pick(PushCondition::attrs_and(
                Attrs::new().with("city", "bj").with("sex", "f")
            )),
            ["b"]
        );
        assert_eq!(
            pick(PushCondition::attrs_or(
                Attrs::new().with("city", "sz").with("sex", "f")
            )),
            ["a", "b"]
        );
        assert!(pick(PushCondition::attrs_and(Attrs::new().with("city", "gz"))).is_empty());
    }

    #[test]
    fn usage_counts_the_utc_day_of_one_path() {
        let mut push = Push::default();
        let record = |path, time| RecordedPush {
            task_id: String::new(),
            path,
            from_account: String::new(),
            condition: None,
            recipients: Vec::new(),
            msg_body: None,
            offline_push_info: None,
            time,
            revoked: false,
        };
        push.pushes.push(record("v4/all_member_push/im_push", DAY - 1));
        push.pushes.push(record("v4/all_member_push/im_push", DAY + 5));
        push.pushes.push(record("v4/timpush/push", DAY + 6));
        assert_eq!(push.usage("v4/all_member_push/im_push", DAY + 10), (Some(DAY + 5), 1));
        assert_eq!(push.usage("v4/timpush/push", DAY + 10), (Some(DAY + 6), 1));
        assert_eq!(push.usage("v4/timpush/push", 2 * DAY), (Some(DAY + 6), 0));
    }
}
