//! The conversation reference (`ContactItem`) shared by the contact-group APIs.

use serde::{Deserialize, Serialize, Serializer};

use crate::macros::int_enum;
use crate::validation::{check, Rule, ValidationError};

int_enum! {
    /// The `Type` of a conversation.
    pub enum ConversationType {
        /// 1: a one-to-one (C2C) conversation with a user.
        C2c = 1,
        /// 2: a group conversation.
        Group = 2,
    }
}

/// A conversation: one-to-one with a user, or a group conversation.
///
/// On the wire this is `{"Type": 1, "To_Account": "user"}` or
/// `{"Type": 2, "ToGroupId": "@TGS#..."}`. A reply (or an incoming request, in
/// the emulator) that does not fit either shape is kept in
/// [`Conversation::Other`] with its fields as sent, so nothing is lost;
/// [`Conversation::validate_at`] then says which field is wrong.
///
/// ```
/// use tim_protocol::Conversation;
///
/// let c2c = Conversation::c2c("user_0002");
/// assert_eq!(serde_json::to_value(&c2c).unwrap(), serde_json::json!({"Type": 1, "To_Account": "user_0002"}));
/// let group: Conversation = serde_json::from_str(r#"{"Type":2,"ToGroupId":"@TGS#1B2AUI7RZ"}"#).unwrap();
/// assert_eq!(group, Conversation::group("@TGS#1B2AUI7RZ"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(from = "RawConversation")]
#[non_exhaustive]
pub enum Conversation {
    /// One-to-one with the user `To_Account`.
    C2c(String),
    /// The group conversation `ToGroupId`.
    Group(String),
    /// Anything else, kept as sent: an unknown `Type`, or fields that do not
    /// match the `Type`. Only parsing makes these: [`RawConversation`] has no
    /// public constructor.
    Other(RawConversation),
}

/// As a person reads it: the user's ID for a one-to-one conversation
/// (`user_0002`), `group ` and the ID for a group (`group @TGS#1B2AUI7RZ`),
/// and the raw fields otherwise.
///
/// ```
/// use tim_protocol::Conversation;
///
/// assert_eq!(Conversation::c2c("user_0002").to_string(), "user_0002");
/// assert_eq!(Conversation::group("@TGS#1B2AUI7RZ").to_string(), "group @TGS#1B2AUI7RZ");
/// ```
impl std::fmt::Display for Conversation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::C2c(user) => f.write_str(user),
            Self::Group(group) => write!(f, "group {group}"),
            Self::Other(raw) => write!(
                f,
                "conversation of type {} (To_Account {:?}, ToGroupId {:?})",
                raw.kind.value(),
                raw.to_account.as_deref().unwrap_or(""),
                raw.to_group_id.as_deref().unwrap_or("")
            ),
        }
    }
}

/// The fields of a `ContactItem` as sent, for shapes that are not a plain
/// one-to-one or group conversation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RawConversation {
    /// `Type`.
    #[serde(rename = "Type")]
    pub kind: ConversationType,
    /// `To_Account`.
    #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
    pub to_account: Option<String>,
    /// `ToGroupId`.
    #[serde(rename = "ToGroupId", default, skip_serializing_if = "Option::is_none")]
    pub to_group_id: Option<String>,
}

impl RawConversation {
    /// A raw item from its three fields. Not public: shapes that fit neither
    /// kind come only from parsing.
    pub(crate) fn new(kind: ConversationType, to_account: Option<String>, to_group_id: Option<String>) -> Self {
        Self {
            kind,
            to_account,
            to_group_id,
        }
    }
}

impl Conversation {
    /// A one-to-one conversation with `user_id`.
    pub fn c2c(user_id: impl Into<String>) -> Self {
        Self::C2c(user_id.into())
    }

    /// The group conversation of `group_id`.
    pub fn group(group_id: impl Into<String>) -> Self {
        Self::Group(group_id.into())
    }

    /// The `Type` field.
    pub fn kind(&self) -> ConversationType {
        match self {
            Self::C2c(_) => ConversationType::C2c,
            Self::Group(_) => ConversationType::Group,
            Self::Other(raw) => raw.kind,
        }
    }

    /// The peer's UserID or the group ID; `None` for a malformed item.
    pub fn id(&self) -> Option<&str> {
        match self {
            Self::C2c(id) | Self::Group(id) => Some(id),
            Self::Other(_) => None,
        }
    }

    /// Checks the item, naming fields below `at` (the path of the item itself,
    /// e.g. `UpdateGroup.ContactUpdateItem[3].ContactItem`).
    pub fn validate_at(&self, at: impl Fn() -> String) -> Result<(), ValidationError> {
        let field = |name: &str| format!("{}.{name}", at());
        match self {
            Self::C2c(user) => check::user_id(|| field("To_Account"), user),
            Self::Group(group) if group.is_empty() => Err(ValidationError::new(field("ToGroupId"), Rule::NotEmpty)),
            Self::Group(_) => Ok(()),
            Self::Other(raw) => Err(match (raw.kind, &raw.to_account, &raw.to_group_id) {
                (ConversationType::C2c, None, _) => ValidationError::new(field("To_Account"), Rule::Required),
                (ConversationType::C2c, Some(_), _) => ValidationError::new(
                    field("ToGroupId"),
                    Rule::MustBeAbsent("for a one-to-one conversation (Type 1)"),
                ),
                (ConversationType::Group, _, None) => ValidationError::new(field("ToGroupId"), Rule::Required),
                (ConversationType::Group, _, Some(_)) => ValidationError::new(
                    field("To_Account"),
                    Rule::MustBeAbsent("for a group conversation (Type 2)"),
                ),
                (kind, _, _) => ValidationError::new(
                    field("Type"),
                    Rule::UnsupportedValue {
                        value: kind.value(),
                        expected: "1 (one-to-one) or 2 (group)",
                    },
                ),
            }),
        }
    }
}

impl From<RawConversation> for Conversation {
    fn from(raw: RawConversation) -> Self {
        match raw {
            RawConversation {
                kind: ConversationType::C2c,
                to_account: Some(user),
                to_group_id: None,
            } => Self::C2c(user),
            RawConversation {
                kind: ConversationType::Group,
                to_account: None,
                to_group_id: Some(group),
            } => Self::Group(group),
            other => Self::Other(other),
        }
    }
}

impl Serialize for Conversation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (key, id) = match self {
            Self::C2c(user) => ("To_Account", user),
            Self::Group(group) => ("ToGroupId", group),
            Self::Other(raw) => return raw.serialize(serializer),
        };
        let mut item = serializer.serialize_struct("ContactItem", 2)?;
        item.serialize_field("Type", &self.kind())?;
        item.serialize_field(key, id)?;
        item.end()
    }
}
