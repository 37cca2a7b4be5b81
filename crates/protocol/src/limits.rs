//! The documented limits, as public constants, so callers can check input
//! before building a request. Each names the service code for breaking it.

/// A UserID (`From_Account`, `To_Account`, `UserID`) is at most 32 bytes.
pub const USER_ID_MAX_BYTES: usize = 32;

/// A conversation group name is at most 64 bytes of UTF-8 (seed; 51011).
pub const GROUP_NAME_MAX_BYTES: usize = 64;

/// At most 100 conversations in one update, mark or create request (51006).
pub const CONTACTS_PER_REQUEST_MAX: usize = 100;

/// At most 300 conversations in one search request.
pub const SEARCH_CONTACTS_MAX: usize = 300;

/// A conversation group holds at most 1000 conversations by default (51008).
pub const CONTACTS_PER_GROUP_MAX: usize = 1000;

/// A user has at most 20 conversation groups (51010).
pub const GROUPS_PER_USER_MAX: usize = 20;

/// A custom conversation mark is at most 256 bytes.
pub const CUSTOM_MARK_MAX_BYTES: usize = 256;

/// Standard marks are bits 1 to 64.
pub const STANDARD_MARK_BITS: u32 = 64;

/// At most 100 accounts in one batch account request.
pub const ACCOUNTS_PER_REQUEST_MAX: usize = 100;

/// A profile field (`Nick`, `FaceUrl`) is at most 500 bytes (40601).
pub const PROFILE_FIELD_MAX_BYTES: usize = 500;

// Messages (the "Message Formats" page and the one-to-one message APIs).

/// A message body is at most 12 KB; checked on the serialized `MsgBody`.
pub const MSG_BODY_MAX_BYTES: usize = 12 * 1024;

/// A message holds at most one `TIMCustomElem`.
pub const MSG_CUSTOM_ELEMS_MAX: usize = 1;

/// `MsgLifeTime` is at most 7 days (604800 s); 0 means online delivery only.
pub const MSG_LIFE_TIME_MAX_SECS: u32 = 604_800;
