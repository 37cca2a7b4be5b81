//! A user's follow relations (`follow`): whom the user follows and who
//! follows the user, each with the time it began. Both sides are kept, so
//! the counts of `follow_get_info` and the lists of `follow_get` read one
//! user's state.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The follow relations of one user.
#[derive(Debug, Serialize, Deserialize, Default, Clone)]
pub(crate) struct Follows {
    /// The users this user follows → when it began (Unix seconds).
    pub(crate) following: BTreeMap<String, u64>,
    /// The users who follow this user → when it began.
    pub(crate) followers: BTreeMap<String, u64>,
}

impl Follows {
    /// The users this user and they follow each other, with the later of
    /// the two times (when the relation became mutual).
    pub(crate) fn mutual(&self) -> BTreeMap<String, u64> {
        self.following
            .iter()
            .filter_map(|(user, since)| self.followers.get(user).map(|back| (user.clone(), (*since).max(*back))))
            .collect()
    }
}
