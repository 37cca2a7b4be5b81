//! One module per area of a service the emulator models. Each handler
//! takes the context and its typed request and returns its typed reply or a
//! failure; handlers import the context, the state and the failure helpers,
//! never each other (a helper module several share, such as `sns_common`,
//! imports none of them).
//!
//! - `accounts`: `im_open_login_svc`.
//! - `contact_groups`, `marks`, `recent`: `recentcontact`.
//! - `groups`, `group_members`, `group_messages`, `group_attrs`,
//!   `permission_groups`: `group_open_http_svc` (and `get_group_attr`,
//!   `openim/modify_group_msg`); `bans`: its bans of audio-video groups.
//! - `avchatroom`: `group_open_avchatroom_http_svc` (online members, marks,
//!   robots, administrators of audio-video groups).
//!   `permission_groups`, `counters`, `receipts`, `bulk_messages`:
//!   `group_open_http_svc` (and `get_group_attr`, `openim/modify_group_msg`).
//! - `topics`: a Community's topics (`million_group_open_http_svc` and
//!   `import_topic`); `online_members`: the online counts of both services.
//! - `messages`, `history`, `unread`: `openim`'s one-to-one messages.
//! - `extensions`, `group_extensions`: `openim_msg_ext_http_svc` (one-to-one
//!   and group messages, sharing `state::extensions`).
//! - `sessions`: `query_online_status` (`openim`) and `kick`
//!   (`im_open_login_svc`).
//! - `profiles`: `profile`.
//! - `friends`, `blocklist`, `friend_lists`: `sns` (the relationship
//!   chain), sharing `sns_common`, which imports none of them.
//! - `official_accounts`: `official_account_open_http_svc`.
//! - `robots`: `openim_robot_http_svc` (chatbots).
//! - `moderation`: `im_msg_audit_mgr` and `im_msg_audit`.
//! - `config`: `ConfigSvc` (`GetIPList`).
//! - `push`: `all_member_push` and the `timpush` paths sharing its state;
//!   `push_traces`: `timpush/all_member_push_trace`, reading the recorded
//!   pushes.
//! - `cos_files`: `im_cos_msg` (banning chat files, signed URLs).
//! - `app_info`: `openconfigsvr/getappinfo` (today's operations data).
//! - `msg_history`: `open_msg_svc/get_history` (the hourly archives).

pub(crate) mod accounts;
pub(crate) mod app_info;
pub(crate) mod avchatroom;
pub(crate) mod bans;
pub(crate) mod blocklist;
pub(crate) mod bulk_messages;
pub(crate) mod config;
pub(crate) mod contact_groups;
pub(crate) mod cos_files;
pub(crate) mod counters;
pub(crate) mod extensions;
pub(crate) mod follows;
pub(crate) mod friend_lists;
pub(crate) mod friends;
pub(crate) mod global_mute;
pub(crate) mod group_attrs;
pub(crate) mod group_extensions;
pub(crate) mod group_members;
pub(crate) mod group_messages;
pub(crate) mod groups;
pub(crate) mod history;
pub(crate) mod marks;
pub(crate) mod messages;
pub(crate) mod moderation;
pub(crate) mod msg_history;
pub(crate) mod official_accounts;
pub(crate) mod online_members;
pub(crate) mod permission_groups;
pub(crate) mod profiles;
pub(crate) mod push;
pub(crate) mod push_traces;
pub(crate) mod receipts;
pub(crate) mod recent;
pub(crate) mod robots;
pub(crate) mod sessions;
pub(crate) mod sns_common;
pub(crate) mod topics;
pub(crate) mod unread;
