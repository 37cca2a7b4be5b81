//! A group's counters (`get_group_counter`, `update_group_counter`,
//! `delete_group_counter`): signed 64-bit values by key, at most 20 keys.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tim_protocol::group::{CounterMode, GroupCounter};
use tim_protocol::limits::GROUP_COUNTERS_MAX;
use tim_protocol::ErrorCode;

use crate::failure::Failure;

/// The counters of one group, in key order.
#[derive(Debug, Serialize, Deserialize, Default, Clone)]
pub(crate) struct Counters(BTreeMap<String, i64>);

impl Counters {
    /// Every counter, or those of `keys` that exist (in the order asked;
    /// a key without a counter is left out).
    pub(crate) fn read(&self, keys: Option<&[String]>) -> Vec<GroupCounter> {
        match keys {
            Some(keys) if !keys.is_empty() => keys
                .iter()
                .filter_map(|key| self.0.get(key).map(|value| GroupCounter::new(key, *value)))
                .collect(),
            _ => self
                .0
                .iter()
                .map(|(key, value)| GroupCounter::new(key, *value))
                .collect(),
        }
    }

    /// Applies `changes` as `mode` says (a missing key starts at 0), all or
    /// nothing: 10063 if the group would have more than 20 counters, 10004
    /// if a value would leave the signed 64-bit range. The changed counters,
    /// in the order given (a key given twice: its last value).
    pub(crate) fn update(
        &mut self,
        changes: &[GroupCounter],
        mode: &CounterMode,
    ) -> Result<Vec<GroupCounter>, Failure> {
        let mut next = self.0.clone();
        for change in changes {
            let current = next.get(&change.key).copied().unwrap_or(0);
            let value = match mode {
                CounterMode::Increase => current.checked_add(change.value),
                CounterMode::Decrease => current.checked_sub(change.value),
                _ => Some(change.value),
            }
            .ok_or_else(|| {
                Failure::new(
                    ErrorCode::GroupParameterInvalid,
                    format!("counter {:?} would leave the signed 64-bit range", change.key),
                )
            })?;
            next.insert(change.key.clone(), value);
        }
        if next.len() > GROUP_COUNTERS_MAX {
            return Err(Failure::new(
                ErrorCode::GroupCounterLimit,
                format!(
                    "the group would have {} counters; at most {GROUP_COUNTERS_MAX}",
                    next.len()
                ),
            ));
        }
        self.0 = next;
        let mut seen = std::collections::HashSet::new();
        Ok(changes
            .iter()
            .filter(|change| seen.insert(change.key.as_str()))
            .map(|change| GroupCounter::new(&change.key, self.0[&change.key]))
            .collect())
    }

    /// Deletes the counters of `keys` (a key without one changes nothing),
    /// or every counter when `keys` is `None`.
    pub(crate) fn delete(&mut self, keys: Option<&[String]>) {
        match keys {
            Some(keys) => {
                for key in keys {
                    self.0.remove(key);
                }
            }
            None => self.0.clear(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_apply_all_or_nothing() {
        let mut counters = Counters::default();
        let like = |value| [GroupCounter::new("like", value)];
        assert_eq!(counters.update(&like(5), &CounterMode::Set).unwrap(), like(5));
        assert_eq!(counters.update(&like(2), &CounterMode::Increase).unwrap(), like(7));
        assert_eq!(counters.update(&like(10), &CounterMode::Decrease).unwrap(), like(-3));
        let overflow = counters.update(&like(i64::MAX), &CounterMode::Decrease).unwrap_err();
        assert_eq!(overflow.code, ErrorCode::GroupParameterInvalid);
        assert_eq!(counters.read(None), like(-3), "a refused update changes nothing");
        let many: Vec<_> = (0..20).map(|n| GroupCounter::new(format!("k{n}"), n)).collect();
        assert_eq!(
            counters.update(&many, &CounterMode::Set).unwrap_err().code,
            ErrorCode::GroupCounterLimit
        );
        counters.delete(Some(&["like".into(), "none".into()]));
        assert!(counters.update(&many, &CounterMode::Set).is_ok());
        assert_eq!(
            counters.read(Some(&["k3".into(), "gone".into()])),
            [GroupCounter::new("k3", 3)]
        );
        counters.delete(None);
        assert!(counters.read(None).is_empty(), "no keys: every counter goes");
    }
}
