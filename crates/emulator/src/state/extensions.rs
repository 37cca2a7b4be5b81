//! Message extensions (`openim_msg_ext_http_svc`): a message's key-value
//! pairs and their versions, and the rules both kinds of message share —
//! one-to-one messages (`state::messages`, `handlers::extensions`) and group
//! messages (`state::group_extras`, `handlers::group_extensions`).
//!
//! - `Seq` is the message's version: each successful set, delete or clear
//!   moves it on by one, and every pair set by that call gets the new value
//!   (so pairs set together share a `Seq`, as in the pages' samples).
//!   `LatestSeq` is that version; a clear sets `ClearSeq` to it.
//! - A delete answers each key with `ErrorCode` 0 and the key, an empty value
//!   and the new `Seq`, whether the key was there or not. A clear answers
//!   no list.
//! - A set that would leave more than 300 pairs fails whole with 10004.
//! - A read returns at most 200 pairs with `Seq` at least `StartSeq`, sorted
//!   by `Seq`; its pages end at a `Seq` boundary (never splitting the pairs
//!   of one `Seq`), so the next page, asked from the last `Seq` plus one,
//!   misses nothing.
//! - Every REST call is an administrator's, whose `Seq` the service does not
//!   check: a set never conflicts (23001 is what a client member would get).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use tim_protocol::openim::{ExtOperateType, ExtensionResult, KeyValuesResponse, MsgExtension};
use tim_protocol::{Envelope, ErrorCode};

use crate::failure::Failure;

/// The most pairs one message holds.
pub(crate) const PAIRS_PER_MESSAGE: usize = 300;
/// The most pairs one read returns.
pub(crate) const PAIRS_PER_READ: usize = 200;

/// A message's extension pairs and their versions.
#[derive(Debug, Serialize, Deserialize, Clone, Default)]
pub(crate) struct Extensions {
    /// The last `Seq` handed out; every change moves it on by one.
    pub(crate) latest_seq: u64,
    /// The `Seq` of the last clear (0 if never cleared).
    pub(crate) clear_seq: u64,
    /// Key → (value, the `Seq` it was last set at).
    pub(crate) pairs: BTreeMap<String, (String, u64)>,
}

impl Extensions {
    /// The pairs with `Seq` at least `start`, in `Seq` order (then key).
    pub(crate) fn since_seq(&self, start: u64) -> Vec<MsgExtension> {
        let mut pairs: Vec<MsgExtension> = self
            .pairs
            .iter()
            .filter(|(_, (_, seq))| *seq >= start)
            .map(|(key, (value, seq))| MsgExtension::new(key, value, *seq))
            .collect();
        pairs.sort_by_key(|pair| pair.seq);
        pairs
    }

    /// Applies a set, delete or clear of `pairs`: the per-pair results (none
    /// for a clear), or 10004 when a set would leave more than 300 pairs
    /// (nothing is changed then).
    pub(crate) fn apply(
        &mut self,
        operation: &ExtOperateType,
        pairs: &[MsgExtension],
    ) -> Result<Option<Vec<ExtensionResult>>, Failure> {
        let seq = self.latest_seq + 1;
        let results = match operation {
            ExtOperateType::Set => {
                let added = pairs
                    .iter()
                    .filter(|pair| !self.pairs.contains_key(&pair.key))
                    .map(|pair| &pair.key)
                    .collect::<BTreeSet<_>>()
                    .len();
                if self.pairs.len() + added > PAIRS_PER_MESSAGE {
                    return Err(Failure::new(
                        ErrorCode::GroupParameterInvalid,
                        format!("a message holds at most {PAIRS_PER_MESSAGE} extension pairs"),
                    ));
                }
                let results = pairs
                    .iter()
                    .map(|pair| {
                        self.pairs.insert(pair.key.clone(), (pair.value.clone(), seq));
                        ExtensionResult::new(ErrorCode::Success, Some(MsgExtension::new(&pair.key, &pair.value, seq)))
                    })
                    .collect();
                Some(results)
            }
            ExtOperateType::Delete => {
                let results = pairs
                    .iter()
                    .map(|pair| {
                        self.pairs.remove(&pair.key);
                        ExtensionResult::new(ErrorCode::Success, Some(MsgExtension::new(&pair.key, "", seq)))
                    })
                    .collect();
                Some(results)
            }
            ExtOperateType::Clear => {
                self.pairs.clear();
                self.clear_seq = seq;
                None
            }
            // validate() refused every other operation.
            _ => {
                return Err(Failure::new(
                    ErrorCode::GroupParameterInvalid,
                    "OperateType must be 1, 2 or 3",
                ))
            }
        };
        self.latest_seq = seq;
        Ok(results)
    }

    /// One page of the pairs from `start` on: whole `Seq` groups only, up to
    /// 200 pairs, with `CompleteFlag`, `LatestSeq` and `ClearSeq`.
    pub(crate) fn read(&self, start: u64) -> KeyValuesResponse {
        let pairs = self.since_seq(start);
        let mut end = pairs.len().min(PAIRS_PER_READ);
        if end < pairs.len() {
            let boundary = pairs[end].seq;
            while end > 0 && pairs[end - 1].seq == boundary {
                end -= 1;
            }
        }
        let complete = end == pairs.len();
        let mut reply = KeyValuesResponse::default();
        reply.envelope = Envelope::ok();
        reply.complete_flag = Some(u32::from(complete));
        reply.latest_seq = Some(self.latest_seq);
        reply.clear_seq = Some(self.clear_seq);
        reply.extension_list = Some(pairs[..end].to_vec());
        reply
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_share_a_seq_and_reads_end_on_a_seq_boundary() {
        let mut extensions = Extensions::default();
        let pairs: Vec<_> = (0..150)
            .map(|n| MsgExtension::new(format!("a{n:03}"), "v", 0))
            .collect();
        extensions.apply(&ExtOperateType::Set, &pairs).unwrap();
        let pairs: Vec<_> = (0..150)
            .map(|n| MsgExtension::new(format!("b{n:03}"), "v", 0))
            .collect();
        extensions.apply(&ExtOperateType::Set, &pairs).unwrap();
        let page = extensions.read(0);
        assert_eq!(
            page.extension_list.as_ref().map(Vec::len),
            Some(150),
            "the second Seq is not split"
        );
        assert_eq!(page.complete_flag, Some(0));
        assert_eq!(extensions.read(2).complete_flag, Some(1));
        let one_more = [MsgExtension::new("c", "v", 0)];
        assert!(extensions.apply(&ExtOperateType::Set, &one_more).is_err(), "301 pairs");
        assert_eq!(extensions.latest_seq, 2, "a refused set changes nothing");
        assert!(extensions.apply(&ExtOperateType::Clear, &[]).unwrap().is_none());
        assert_eq!((extensions.latest_seq, extensions.clear_seq), (3, 3));
    }
}
