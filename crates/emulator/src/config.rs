//! The emulated app's edition and limits.

use std::str::FromStr;

/// The app's edition. Conversation groups need Pro or higher; under
/// [`Edition::Standard`] every contact-group API answers 51013.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Edition {
    /// No conversation groups (51013).
    Standard,
    /// Pro: conversation groups available.
    #[default]
    Pro,
    /// Pro Plus.
    ProPlus,
    /// Enterprise.
    Enterprise,
}

impl Edition {
    /// Whether conversation groups are available.
    pub fn has_contact_groups(self) -> bool {
        !matches!(self, Self::Standard)
    }
}

impl FromStr for Edition {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().replace(['-', '_', ' '], "").as_str() {
            "standard" => Ok(Self::Standard),
            "pro" => Ok(Self::Pro),
            "proplus" => Ok(Self::ProPlus),
            "enterprise" | "ultimate" => Ok(Self::Enterprise),
            _ => Err(format!(
                "unknown edition {s:?}; expected standard, pro, pro-plus or enterprise"
            )),
        }
    }
}

/// The service's limits, changeable to test edge cases cheaply.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Conversation groups per user (51010 past it). Default 20.
    pub groups_per_user: usize,
    /// Conversations per group (51008 past it). Default 1000.
    pub contacts_per_group: usize,
    /// Conversations per `get_contact_group` page. Default 100 (undocumented
    /// by the service).
    pub page_size: usize,
    /// Largest request body accepted; a larger one gets HTTP 413. Default 1 MiB.
    pub max_body_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            groups_per_user: tim_protocol::limits::GROUPS_PER_USER_MAX,
            contacts_per_group: tim_protocol::limits::CONTACTS_PER_GROUP_MAX,
            page_size: 100,
            max_body_bytes: 1 << 20,
        }
    }
}

impl Limits {
    /// Conversation groups per user.
    pub fn groups_per_user(mut self, n: usize) -> Self {
        self.groups_per_user = n;
        self
    }

    /// Conversations per group.
    pub fn contacts_per_group(mut self, n: usize) -> Self {
        self.contacts_per_group = n;
        self
    }

    /// Conversations per `get_contact_group` page (at least 1).
    pub fn page_size(mut self, n: usize) -> Self {
        self.page_size = n.max(1);
        self
    }

    /// Largest request body.
    pub fn max_body_bytes(mut self, n: usize) -> Self {
        self.max_body_bytes = n;
        self
    }
}
