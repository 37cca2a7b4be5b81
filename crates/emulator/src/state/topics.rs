//! A topic-enabled Community's topics (`million_group_open_http_svc`'s
//! topic calls and `import_topic`): their profiles, in creation order.
//!
//! Topic IDs are the service's form, `{GroupId}@TOPIC#_` and a part of
//! their own: a custom part given at creation or import, or `@TOPIC#c` and
//! a counter in base 36. A deleted topic's ID is remembered, so deleting it
//! again answers 110003 (and the ID may be used again).

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::ids::base36;
use tim_protocol::limits::TOPIC_ID_INFIX;

/// One topic's profile.
#[derive(Debug, Serialize, Deserialize, Clone, Default)]
pub(crate) struct Topic {
    position: u64,
    pub(crate) name: String,
    pub(crate) face_url: String,
    pub(crate) notification: String,
    pub(crate) introduction: String,
    pub(crate) custom_string: String,
    pub(crate) create_time: u64,
    pub(crate) mute_all: bool,
}

impl Topic {
    /// A topic named `name`, created at `create_time`.
    pub(crate) fn new(name: String, create_time: u64) -> Self {
        Self {
            name,
            create_time,
            ..Self::default()
        }
    }
}

/// One Community's topics.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct Topics {
    /// Topic IDs by position (creation order, never reused).
    order: BTreeMap<u64, String>,
    topics: HashMap<String, Topic>,
    last_position: u64,
    /// How many IDs were generated.
    generated: u64,
    /// The IDs of deleted topics (not in use again).
    deleted: HashSet<String>,
}

impl Topics {
    /// A new topic ID of the Community `group_id`, never one in use.
    pub(crate) fn generate_id(&mut self, group_id: &str) -> String {
        loop {
            self.generated += 1;
            let id = format!("{group_id}{TOPIC_ID_INFIX}@TOPIC#c{}", base36(self.generated));
            if !self.topics.contains_key(&id) {
                return id;
            }
        }
    }

    pub(crate) fn contains(&self, id: &str) -> bool {
        self.topics.contains_key(id)
    }

    /// Whether `id` was a topic that was deleted (and is not one again).
    pub(crate) fn was_deleted(&self, id: &str) -> bool {
        self.deleted.contains(id)
    }

    /// Adds `topic` as `id` (free) at the next position.
    pub(crate) fn insert(&mut self, id: String, mut topic: Topic) {
        self.last_position += 1;
        topic.position = self.last_position;
        self.order.insert(self.last_position, id.clone());
        self.deleted.remove(&id);
        self.topics.insert(id, topic);
    }

    /// Deletes the topic `id`; false if there is none.
    pub(crate) fn remove(&mut self, id: &str) -> bool {
        match self.topics.remove(id) {
            Some(topic) => {
                self.order.remove(&topic.position);
                self.deleted.insert(id.to_owned());
                true
            }
            None => false,
        }
    }

    pub(crate) fn get(&self, id: &str) -> Option<&Topic> {
        self.topics.get(id)
    }

    pub(crate) fn get_mut(&mut self, id: &str) -> Option<&mut Topic> {
        self.topics.get_mut(id)
    }

    /// Every topic in creation order, with its ID.
    pub(crate) fn all(&self) -> impl Iterator<Item = (&str, &Topic)> {
        self.order
            .values()
            .filter_map(|id| self.topics.get(id).map(|topic| (id.as_str(), topic)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_keep_creation_order_and_deleted_ids() {
        let mut topics = Topics::default();
        let first = topics.generate_id("@TGS#_g");
        assert_eq!(first, "@TGS#_g@TOPIC#_@TOPIC#c1");
        topics.insert(first.clone(), Topic::new("a".into(), 1));
        topics.insert("@TGS#_g@TOPIC#_mine".into(), Topic::new("b".into(), 2));
        let ids: Vec<&str> = topics.all().map(|(id, _)| id).collect();
        assert_eq!(ids, [first.as_str(), "@TGS#_g@TOPIC#_mine"]);
        assert!(topics.remove(&first));
        assert!(!topics.remove(&first));
        assert!(topics.was_deleted(&first));
        topics.insert(first.clone(), Topic::new("again".into(), 3));
        assert!(!topics.was_deleted(&first));
        assert_eq!(topics.all().count(), 2);
    }
}
