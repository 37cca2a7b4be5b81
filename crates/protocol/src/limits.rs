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

/// A profile field's string value (`Nick`, `FaceUrl`, `Tag_Profile_IM_Nick`,
/// `Tag_Profile_IM_SelfSignature`, `Tag_Profile_IM_Image`, custom strings)
/// is at most 500 bytes (40601).
pub const PROFILE_FIELD_MAX_BYTES: usize = 500;

// Groups (group_open_http_svc). The byte limits and counts are those of the
// REST pages' field tables and texts (checked against the published Markdown
// of each page); 10004 is the code for breaking them.

/// A group's name (`Name`) is at most 30 bytes of UTF-8 (a chat group, not a
/// conversation group: see [`GROUP_NAME_MAX_BYTES`] for those).
pub const CHAT_GROUP_NAME_MAX_BYTES: usize = 30;

/// A group introduction (`Introduction`) is at most 240 bytes.
pub const GROUP_INTRODUCTION_MAX_BYTES: usize = 240;

/// A group notice (`Notification`) is at most 300 bytes.
pub const GROUP_NOTIFICATION_MAX_BYTES: usize = 300;

/// A group avatar URL (`FaceUrl`) is at most 100 bytes.
pub const GROUP_FACE_URL_MAX_BYTES: usize = 100;

/// A member's name card (`NameCard`) is at most 50 bytes.
pub const GROUP_NAME_CARD_MAX_BYTES: usize = 50;

/// A custom group ID is at most 48 bytes of printable ASCII.
pub const CUSTOM_GROUP_ID_MAX_BYTES: usize = 48;

/// The prefix of IDs the service assigns; a custom ID must not use it
/// (except a Community's, which must start with [`COMMUNITY_GROUP_ID_PREFIX`]).
pub const GENERATED_GROUP_ID_PREFIX: &str = "@TGS#";

/// The prefix every custom Community group ID must have.
pub const COMMUNITY_GROUP_ID_PREFIX: &str = "@TGS#_";

/// At most 100 initial members in `create_group` (the page's field table:
/// "a maximum of 100 members").
pub const CREATE_GROUP_MEMBERS_MAX: usize = 100;

/// At most 300 members added by one `add_group_member` call.
pub const ADD_GROUP_MEMBERS_MAX: usize = 300;

/// At most 100 members removed by one `delete_group_member` call.
pub const DELETE_GROUP_MEMBERS_MAX: usize = 100;

/// At most 300 members imported by one `import_group_member` call (the
/// page: "A single request can import up to 300 members").
pub const IMPORT_GROUP_MEMBERS_MAX: usize = 300;

/// At most 500 accounts in `get_role_in_group`, `forbid_send_msg` and the
/// recipients of `send_group_system_notification`.
pub const GROUP_ACCOUNTS_PER_REQUEST_MAX: usize = 500;

/// At most 50 groups in one `get_group_info` call.
pub const GROUP_INFO_GROUPS_MAX: usize = 50;

/// `get_appid_group_list`'s `Limit` is at most 10000.
pub const APPID_GROUP_LIST_LIMIT_MAX: u32 = 10_000;

/// `get_group_member_info`'s `Limit` is at most 6000 (the page's field table).
pub const GROUP_MEMBER_INFO_LIMIT_MAX: u32 = 6000;

/// At most 7 messages imported by one `import_group_msg` call.
pub const IMPORT_GROUP_MSGS_MAX: usize = 7;

/// `group_msg_get_simple`'s `ReqMsgNumber` is at most 20.
pub const GROUP_MSG_GET_SIMPLE_MAX: u32 = 20;

/// At most 10 messages recalled by one `group_msg_recall` call.
pub const GROUP_MSG_RECALL_MAX: usize = 10;

/// The mute period that mutes for ever (u32::MAX seconds, 0xFFFFFFFF):
/// `forbid_send_msg`'s `MuteTime`, and `setnospeaking`'s
/// `C2CmsgNospeakingTime` and `GroupmsgNospeakingTime` (also their most).
pub const MUTE_FOREVER: u32 = u32::MAX;

/// A group has at most 16 custom attributes.
pub const GROUP_ATTRS_MAX: usize = 16;

/// A group attribute key is at most 32 bytes.
pub const GROUP_ATTR_KEY_MAX_BYTES: usize = 32;

/// A group attribute value is at most 4000 bytes.
pub const GROUP_ATTR_VALUE_MAX_BYTES: usize = 4000;

/// All of a group's attributes together are at most 16000 bytes (keys and values).
pub const GROUP_ATTRS_TOTAL_MAX_BYTES: usize = 16_000;

/// A group has at most 20 counters (`update_group_counter`, 10063).
pub const GROUP_COUNTERS_MAX: usize = 20;

/// A group counter key is at most 128 bytes.
pub const GROUP_COUNTER_KEY_MAX_BYTES: usize = 128;

/// `ban_group_member` and `unban_group_member` take at most 20 accounts (10005).
pub const BAN_MEMBERS_MAX: usize = 20;

/// A ban's `Description` is at most 1000 bytes.
pub const BAN_DESCRIPTION_MAX_BYTES: usize = 1000;

/// `get_group_ban_member`'s `Limit` is at most 100.
pub const GROUP_BAN_LIST_LIMIT_MAX: u32 = 100;

/// `get_group_msg_receipt_detail`'s `Count` is at most 200.
pub const RECEIPT_DETAIL_COUNT_MAX: u32 = 200;

/// A topic's name (`TopicName`) is at most 30 bytes.
pub const TOPIC_NAME_MAX_BYTES: usize = 30;

/// A topic's `CustomString` is at most 3000 bytes.
pub const TOPIC_CUSTOM_STRING_MAX_BYTES: usize = 3000;

/// What joins a Community's ID and a topic's own part in a topic ID: a
/// custom topic ID is `GroupId + "@TOPIC#_" + custom part`.
pub const TOPIC_ID_INFIX: &str = "@TOPIC#_";

/// `modify_user_info` (audio-video group member marks) takes at most 500 accounts.
pub const MARK_MEMBERS_MAX: usize = 500;

/// An audio-video group uses at most 10 different marks.
pub const GROUP_MARKS_MAX: usize = 10;

/// Marks an app admin or the owner sets start at 1000; 500 and 600 are
/// the preset special marks (always online, hidden).
pub const MEMBER_MARK_CUSTOM_MIN: u32 = 1000;

// Messages (the "Message Formats" page and the one-to-one message APIs).

/// A message body is at most 12 KB; checked on the serialized `MsgBody`.
pub const MSG_BODY_MAX_BYTES: usize = 12 * 1024;

/// A message holds at most one `TIMCustomElem`.
pub const MSG_CUSTOM_ELEMS_MAX: usize = 1;

/// `MsgLifeTime` is at most 7 days (604800 s); 0 means online delivery only.
pub const MSG_LIFE_TIME_MAX_SECS: u32 = 604_800;

/// `batchsendmsg` sends to at most 500 recipients (90011).
pub const BATCH_RECIPIENTS_MAX: usize = 500;

/// `get_c2c_unread_msg_num` reads at most 10 peers.
pub const UNREAD_PEERS_MAX: usize = 10;

/// `query_online_status` reads at most 500 users.
pub const ONLINE_STATUS_ACCOUNTS_MAX: usize = 500;

/// `Tag_Profile_IM_Location` is at most 16 bytes.
pub const PROFILE_LOCATION_MAX_BYTES: usize = 16;

/// A custom profile field's key (after `Tag_Profile_Custom_`) is at most 8
/// bytes, letters only.
pub const PROFILE_CUSTOM_KEY_MAX_BYTES: usize = 8;

/// `portrait_get` reads at most 100 users per call.
pub const PORTRAIT_GET_ACCOUNTS_MAX: usize = 100;

/// `set_key_values` sets or deletes at most 20 key-value pairs per call.
pub const MSG_EXT_PAIRS_PER_REQUEST_MAX: usize = 20;

/// A message extension's key is at most 100 bytes.
pub const MSG_EXT_KEY_MAX_BYTES: usize = 100;

/// A message extension's value is at most 1000 bytes.
pub const MSG_EXT_VALUE_MAX_BYTES: usize = 1000;

// Relationship chain (sns): the "Relationship Chain Management" page
// (<https://intl.cloud.tencent.com/document/product/1047/33521>) and the sns
// endpoint pages. Breaking one is 30001, the sns parameter error, unless noted.

/// A friend remark (`Remark`, `Tag_SNS_IM_Remark`) is at most 96 bytes.
pub const SNS_REMARK_MAX_BYTES: usize = 96;

/// A friend request's message (`AddWording`, `Tag_SNS_IM_AddWording`) is at
/// most 256 bytes.
pub const SNS_ADD_WORDING_MAX_BYTES: usize = 256;

/// A friend list's name (`GroupName`, an entry of `Tag_SNS_IM_Group`) is 1 to
/// 30 bytes.
pub const SNS_GROUP_NAME_MAX_BYTES: usize = 30;

/// A user has at most 32 friend lists (`Tag_SNS_IM_Group`); 30011 past it.
pub const SNS_GROUPS_MAX: usize = 32;

/// A friend field's string value (standard or custom) is at most 500 bytes.
pub const SNS_FIELD_MAX_BYTES: usize = 500;

/// The keyword of `AddSource` (after `AddSource_Type_`) is 1 to 8 bytes, letters only.
pub const SNS_ADD_SOURCE_KEYWORD_MAX_BYTES: usize = 8;

/// `friend_add` adds at most 100 friends per call (`AddFriendItem`).
///
/// The Chinese page's field table caps the friends of one request (cloud.tencent.com
/// 269/1643, 2024-09-24: "单次请求的好友数不…"), but the stored copy is cut off
/// before the number, and the English pages give none: 100 is this crate's
/// reading, the cap of the other batch calls that create (`multiaccount_import`).
pub const FRIEND_ADD_ITEMS_MAX: usize = 100;

/// `friend_delete`, `friend_check`, `black_list_add`, `black_list_delete` and
/// `black_list_check` take at most 1000 users per call (`To_Account`).
pub const SNS_ACCOUNTS_PER_REQUEST_MAX: usize = 1000;

/// `friend_get_list` reads at most 100 friends per call: the page's
/// recommendation ("to avoid response packet failure"), not a rule the
/// service enforces, so `validate()` does not check it.
pub const FRIEND_GET_LIST_RECOMMENDED_MAX: usize = 100;

// Followers and followings (follow): the follow pages (1047/70345 to 70350).
// Breaking one is 30001, the parameter error the follow pages share with sns.

/// `follow_add` (`FollowItem`), `follow_delete` and `follow_get_info`
/// (`To_Account`) take at most 20 users per call.
pub const FOLLOW_ACCOUNTS_PER_REQUEST_MAX: usize = 20;

/// `follow_check` takes at most 100 users per call (`To_Account`).
pub const FOLLOW_CHECK_ACCOUNTS_MAX: usize = 100;

/// `follow_get`'s `WantNum` is at most 1000 (and, this crate's choice, at
/// least 1).
pub const FOLLOW_GET_WANT_NUM_MAX: u32 = 1000;

/// `follow_get`'s page size by default (the page: "Default returns 100
/// entries per page"); what `FollowGetRequest::new` asks for.
pub const FOLLOW_GET_WANT_NUM_DEFAULT: u32 = 100;

/// An audio-video group has at most 5 administrators (`modify_admin`).
pub const AVCHATROOM_ADMINS_MAX: usize = 5;

/// `add_topic_permission_group` takes at most 50 topic permissions per call.
pub const TOPIC_PERMISSIONS_PER_REQUEST_MAX: usize = 50;

/// `get_cloud_audit_keywords` and `get_cloud_audit_keywords_ids` answer at
/// most 100 items a page (`Limit`).
pub const CLOUD_AUDIT_PAGE_LIMIT_MAX: u32 = 100;

/// `delete_cloud_audit_keywords` deletes at most 10 blocked words per call.
pub const CLOUD_AUDIT_DELETE_KEYWORDS_MAX: usize = 10;

// Community permission groups (trtc 61232-61242) and member reads.

/// A permission group's `PermissionGroupName` is at most 150 bytes of UTF-8.
pub const PERMISSION_GROUP_NAME_MAX_BYTES: usize = 150;

/// A permission group's `CustomString` is at most 3000 bytes.
pub const PERMISSION_GROUP_CUSTOM_STRING_MAX_BYTES: usize = 3000;

/// `destroy_permission_group` terminates at most 20 permission groups per call.
pub const PERMISSION_GROUPS_DESTROY_MAX: usize = 20;

/// `get_permission_group`'s `Limit` is at most 20.
pub const PERMISSION_GROUP_PAGE_LIMIT_MAX: u32 = 20;

/// `add_permission_group_member` and `delete_permission_group_member` take
/// at most 100 members per call.
pub const PERMISSION_GROUP_MEMBERS_PER_REQUEST_MAX: usize = 100;

/// `get_specified_group_member_info` reads at most 50 members per call.
pub const SPECIFIED_GROUP_MEMBERS_MAX: usize = 50;
// Official accounts (official_account_open_http_svc): the pages 1047/60755
// to 60763 and 60810 to 60812, and the data-format page 1047/60813.

/// An official account's `Name` is at most 150 bytes of UTF-8.
pub const OFFICIAL_ACCOUNT_NAME_MAX_BYTES: usize = 150;

/// An official account's `Introduction` is at most 400 bytes of UTF-8.
pub const OFFICIAL_ACCOUNT_INTRODUCTION_MAX_BYTES: usize = 400;

/// An official account's `FaceUrl` is at most 500 bytes.
pub const OFFICIAL_ACCOUNT_FACE_URL_MAX_BYTES: usize = 500;

/// An official account's `Organization` is at most 500 bytes of UTF-8.
pub const OFFICIAL_ACCOUNT_ORGANIZATION_MAX_BYTES: usize = 500;

/// An official account's `CustomString` is at most 3000 bytes.
pub const OFFICIAL_ACCOUNT_CUSTOM_STRING_MAX_BYTES: usize = 3000;

/// `MaxSubscriberNum` when `create_official_account` leaves it out.
pub const OFFICIAL_ACCOUNT_MAX_SUBSCRIBERS_DEFAULT: u32 = 100_000;

/// The prefix a custom `OfficialAccountUserID` must start with.
pub const OFFICIAL_ACCOUNT_ID_PREFIX: &str = "@TOA#_";

/// `get_official_account_info` reads at most 50 official accounts a call.
pub const OFFICIAL_ACCOUNT_INFO_IDS_MAX: usize = 50;

/// `add_subscriber` adds at most 100 subscribers a call.
pub const OFFICIAL_ACCOUNT_ADD_SUBSCRIBERS_MAX: usize = 100;

/// `get_subscriber_info`'s `Limit` is at most 200.
pub const OFFICIAL_ACCOUNT_SUBSCRIBER_PAGE_MAX: u32 = 200;

/// `get_subscribed_official_account_list`'s `Limit` is at most 200 (and 200
/// when left out).
pub const OFFICIAL_ACCOUNT_SUBSCRIBED_PAGE_MAX: u32 = 200;

/// `official_account_msg_recall` recalls at most 10 messages a call.
pub const OFFICIAL_ACCOUNT_RECALL_MAX: usize = 10;

/// `official_account_msg_recall`'s `Reason` is at most 100 bytes.
pub const OFFICIAL_ACCOUNT_RECALL_REASON_MAX_BYTES: usize = 100;
// misc: on-demand moderation, chatbots.

/// `content_moderation` and `batch_content_moderation` take at most 8 KB
/// (8192 bytes) of `Content` per item.
pub const MODERATION_CONTENT_MAX_BYTES: usize = 8 * 1024;

/// `batch_content_moderation` takes at most 10 items (`Contents`).
pub const BATCH_MODERATION_CONTENTS_MAX: usize = 10;

/// A chatbot's UserID starts with `@RBT#` (`create_robot`).
pub const ROBOT_ID_PREFIX: &str = "@RBT#";

/// A chatbot's status (`SelfSignature`) is at most 500 bytes.
pub const ROBOT_SELF_SIGNATURE_MAX_BYTES: usize = 500;

/// An app has at most 20 chatbot accounts ("each Chat account can create up
/// to 20 chatbot accounts").
pub const ROBOTS_PER_APP_MAX: usize = 20;
