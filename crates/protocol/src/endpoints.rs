//! The endpoint table: every endpoint of the API, listed once.
//!
//! Everything that needs the list is derived from [`for_each_endpoint!`]: the
//! [`Api`](crate::Api) impls and [`ENDPOINTS`] here, the clients' methods in
//! tim-api (written from [`ENDPOINTS`] by `cargo xtask codegen`), the emulator's router, `tim call`, the round-trip harness and the
//! README's coverage table. Adding an endpoint is one row here (see
//! ARCHITECTURE.md, "How to add an endpoint").

use crate::{Api, Service};

/// Calls the macro `$callback` (a name or a path such as `crate::m::rows`) with every endpoint of the API, one
/// brace-delimited row each:
///
/// ```text
/// { service: Service::X, path: "v4/service/command", method: method_name,
///   request: Request => response: Response, idempotent: bool, per_second: n,
///   doc: "What the call does." }
/// ```
///
/// A row may list, before `doc`, `aliases: ["v4/service/older_name"]`: older
/// paths of the endpoint (see [`Endpoint::aliases`]).
///
/// `method` is the name of the clients' method; `idempotent` says whether
/// sending the request twice has the effect of sending it once (a client may
/// then retry after a timeout); `per_second` is the documented rate limit.
///
/// This is how code outside this crate can derive per-endpoint items at
/// compile time (tim-api's methods are written from [`ENDPOINTS`] instead, as
/// plain Rust a reader can find):
///
/// ```
/// macro_rules! count {
///     ($({ $($row:tt)* })*) => { [$(stringify!($($row)*)),*].len() };
/// }
/// assert_eq!(tim_protocol::for_each_endpoint!(count), tim_protocol::ENDPOINTS.len());
/// ```
#[macro_export]
macro_rules! for_each_endpoint {
    ($($callback:ident)::+) => {
        $($callback)::+! {
            // im_open_login_svc: accounts.
            { service: $crate::Service::Account, path: "v4/im_open_login_svc/account_import", method: account_import,
              request: $crate::account::AccountImportRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Registers one UserID." }
            { service: $crate::Service::Account, path: "v4/im_open_login_svc/multiaccount_import", method: multiaccount_import,
              request: $crate::account::MultiaccountImportRequest => response: $crate::account::MultiaccountImportResponse,
              idempotent: true, per_second: 100, doc: "Registers up to 100 UserIDs." }
            { service: $crate::Service::Account, path: "v4/im_open_login_svc/account_check", method: account_check,
              request: $crate::account::AccountCheckRequest => response: $crate::account::AccountCheckResponse,
              idempotent: true, per_second: 100, doc: "Tells whether up to 100 UserIDs are imported." }
            { service: $crate::Service::Account, path: "v4/im_open_login_svc/account_delete", method: account_delete,
              request: $crate::account::AccountDeleteRequest => response: $crate::account::AccountDeleteResponse,
              idempotent: false, per_second: 100, doc: "Deletes up to 100 accounts and their data." }
            { service: $crate::Service::Account, path: "v4/im_open_login_svc/kick", method: kick,
              request: $crate::account::KickRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 100, doc: "Ends a user's login sessions." }

            // recentcontact: conversation groups, marks, the recent list.
            { service: $crate::Service::RecentContact, path: "v4/recentcontact/create_contact_group", method: create_contact_group,
              request: $crate::recentcontact::CreateContactGroupRequest => response: $crate::recentcontact::CreateContactGroupResponse,
              idempotent: false, per_second: 200, doc: "Creates conversation groups for a user." }
            { service: $crate::Service::RecentContact, path: "v4/recentcontact/update_contact_group", method: update_contact_group,
              request: $crate::recentcontact::UpdateContactGroupRequest => response: $crate::recentcontact::UpdateContactGroupResponse,
              idempotent: false, per_second: 200, doc: "Renames a user's conversation group, or adds and removes conversations in it." }
            { service: $crate::Service::RecentContact, path: "v4/recentcontact/del_contact_group", method: del_contact_group,
              request: $crate::recentcontact::DelContactGroupRequest => response: $crate::recentcontact::DelContactGroupResponse,
              idempotent: false, per_second: 200, doc: "Deletes one of a user's conversation groups." }
            { service: $crate::Service::RecentContact, path: "v4/recentcontact/get_contact_group", method: get_contact_group,
              request: $crate::recentcontact::GetContactGroupRequest => response: $crate::recentcontact::GetContactGroupResponse,
              idempotent: true, per_second: 200, doc: "Reads one page of a user's conversation groups and grouped conversations." }
            { service: $crate::Service::RecentContact, path: "v4/recentcontact/mark_contact", method: mark_contact,
              request: $crate::recentcontact::MarkContactRequest => response: $crate::recentcontact::MarkContactResponse,
              idempotent: true, per_second: 200, doc: "Sets or clears conversation marks." }
            { service: $crate::Service::RecentContact, path: "v4/recentcontact/search_contact_group", method: search_contact_group,
              request: $crate::recentcontact::SearchContactGroupRequest => response: $crate::recentcontact::SearchContactGroupResponse,
              idempotent: true, per_second: 200, doc: "Reads the groups and marks of given conversations." }
            { service: $crate::Service::RecentContact, path: "v4/recentcontact/get_list", method: get_list,
              request: $crate::recentcontact::GetListRequest => response: $crate::recentcontact::GetListResponse,
              idempotent: true, per_second: 200, doc: "Reads one page of a user's recent conversations." }
            { service: $crate::Service::RecentContact, path: "v4/recentcontact/delete", method: delete_recent_contact,
              request: $crate::recentcontact::DeleteRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: false, per_second: 200, doc: "Removes a conversation from a user's recent list." }

            // group_open_http_svc (and group_open_attr_http_svc): groups, members, mutes, attributes.
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/get_appid_group_list", method: get_appid_group_list,
              request: $crate::group::GetAppidGroupListRequest => response: $crate::group::GetAppidGroupListResponse,
              idempotent: true, per_second: 1, doc: "Lists one page of the app's group IDs." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/create_group", method: create_group,
              request: $crate::group::CreateGroupRequest => response: $crate::group::CreateGroupResponse,
              idempotent: false, per_second: 200, doc: "Creates a group, optionally with an owner and initial members." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/get_group_info", method: get_group_info,
              request: $crate::group::GetGroupInfoRequest => response: $crate::group::GetGroupInfoResponse,
              idempotent: true, per_second: 200, doc: "Reads the profiles of up to 50 groups." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/get_group_member_info", method: get_group_member_info,
              request: $crate::group::GetGroupMemberInfoRequest => response: $crate::group::GetGroupMemberInfoResponse,
              idempotent: true, per_second: 200, doc: "Reads one page of a group's member profiles." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/modify_group_base_info", method: modify_group_base_info,
              request: $crate::group::ModifyGroupBaseInfoRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Changes a group's profile fields." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/add_group_member", method: add_group_member,
              request: $crate::group::AddGroupMemberRequest => response: $crate::group::MemberListResponse,
              idempotent: false, per_second: 200, doc: "Adds up to 300 members to a group." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/delete_group_member", method: delete_group_member,
              request: $crate::group::DeleteGroupMemberRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: false, per_second: 200, doc: "Removes up to 100 members from a group." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/modify_group_member_info", method: modify_group_member_info,
              request: $crate::group::ModifyGroupMemberInfoRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Changes one member's role, message flag, name card, custom fields or mute." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/destroy_group", method: destroy_group,
              request: $crate::group::DestroyGroupRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: false, per_second: 200, doc: "Disbands a group." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/get_joined_group_list", method: get_joined_group_list,
              request: $crate::group::GetJoinedGroupListRequest => response: $crate::group::GetJoinedGroupListResponse,
              idempotent: true, per_second: 200, doc: "Lists the groups a user has joined." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/get_role_in_group", method: get_role_in_group,
              request: $crate::group::GetRoleInGroupRequest => response: $crate::group::GetRoleInGroupResponse,
              idempotent: true, per_second: 200, doc: "Reads the roles of up to 500 users in a group." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/forbid_send_msg", method: forbid_send_msg,
              request: $crate::group::ForbidSendMsgRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Mutes (for a time) or unmutes up to 500 members." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/get_group_muted_account", method: get_group_muted_account,
              request: $crate::group::GetGroupMutedAccountRequest => response: $crate::group::GetGroupMutedAccountResponse,
              idempotent: true, per_second: 200,
              // The page (1047/34964) still shows the older name, and older SDKs call it.
              aliases: ["v4/group_open_http_svc/get_group_shutted_uin"], doc: "Lists a group's muted members." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/send_group_msg", method: send_group_msg,
              request: $crate::group::SendGroupMsgRequest => response: $crate::group::SendGroupMsgResponse,
              idempotent: false, per_second: 200, doc: "Sends an ordinary message to a group." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/send_broadcast_msg", method: send_broadcast_msg,
              request: $crate::group::SendBroadcastMsgRequest => response: $crate::group::SendBroadcastMsgResponse,
              idempotent: false, per_second: 1, doc: "Broadcasts a message to every audio-video group of the app." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/import_group_msg", method: import_group_msg,
              request: $crate::group::ImportGroupMsgRequest => response: $crate::group::ImportGroupMsgResponse,
              idempotent: false, per_second: 200, doc: "Imports up to 7 historical group messages without webhooks or notices." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/group_msg_get_simple", method: group_msg_get_simple,
              request: $crate::group::GroupMsgGetSimpleRequest => response: $crate::group::GroupMsgGetSimpleResponse,
              idempotent: true, per_second: 200, doc: "Reads one page (up to 20) of a group's message history, newest first." }
            { service: $crate::Service::OpenIm, path: "v4/openim/modify_group_msg", method: modify_group_msg,
              request: $crate::group::ModifyGroupMsgRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Overwrites the body or custom data of a group message in the history." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/send_group_system_notification", method: send_group_system_notification,
              request: $crate::group::SendGroupSystemNotificationRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: false, per_second: 200, doc: "Sends a system notice to all or some members." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/group_msg_recall", method: group_msg_recall,
              request: $crate::group::GroupMsgRecallRequest => response: $crate::group::GroupMsgRecallResponse,
              idempotent: false, per_second: 200, doc: "Recalls up to 10 group messages." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/change_group_owner", method: change_group_owner,
              request: $crate::group::ChangeGroupOwnerRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Makes a member the group's owner." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/import_group", method: import_group,
              request: $crate::group::ImportGroupRequest => response: $crate::group::ImportGroupResponse,
              idempotent: false, per_second: 200, doc: "Imports a group's profile without webhooks or notices." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/import_group_member", method: import_group_member,
              request: $crate::group::ImportGroupMemberRequest => response: $crate::group::MemberListResponse,
              idempotent: false, per_second: 200, doc: "Imports up to 500 members without webhooks or notices." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/set_unread_msg_num", method: set_unread_msg_num,
              request: $crate::group::SetUnreadMsgNumRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Sets a member's unread message count." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/delete_group_msg_by_sender", method: delete_group_msg_by_sender,
              request: $crate::group::DeleteGroupMsgBySenderRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Deletes every message a user sent in a group." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/clear_group_msg", method: clear_group_msg,
              request: $crate::group::ClearGroupMsgRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: false, per_second: 200, doc: "Clears a group's message history, all of it or up to a MsgSeq." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/get_online_member_num", method: get_online_member_num,
              request: $crate::group::GetOnlineMemberNumRequest => response: $crate::group::GetOnlineMemberNumResponse,
              idempotent: true, per_second: 200, doc: "Counts the online members of an audio-video group." }
            { service: $crate::Service::GroupAttr, path: "v4/group_open_attr_http_svc/get_group_attr", method: get_group_attr,
              request: $crate::group::GetGroupAttrRequest => response: $crate::group::GetGroupAttrResponse,
              idempotent: true, per_second: 200, doc: "Reads a group's custom attributes." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/modify_group_attr", method: modify_group_attr,
              request: $crate::group::ModifyGroupAttrRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Adds or changes some of a group's custom attributes." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/clear_group_attr", method: clear_group_attr,
              request: $crate::group::ClearGroupAttrRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Removes all of a group's custom attributes." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/set_group_attr", method: set_group_attr,
              request: $crate::group::SetGroupAttrRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Replaces all of a group's custom attributes." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/delete_group_attr", method: delete_group_attr,
              request: $crate::group::DeleteGroupAttrRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Deletes some of a group's custom attributes by key." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/ban_group_member", method: ban_group_member,
              request: $crate::group::BanGroupMemberRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Bans up to 20 members of an audio-video group for a while." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/unban_group_member", method: unban_group_member,
              request: $crate::group::UnbanGroupMemberRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Lifts the bans of up to 20 members of an audio-video group." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/get_group_ban_member", method: get_group_ban_member,
              request: $crate::group::GetGroupBanMemberRequest => response: $crate::group::GetGroupBanMemberResponse,
              idempotent: true, per_second: 200, doc: "Reads one page of an audio-video group's banned members." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/add_topic_permission_group", method: add_topic_permission_group,
              request: $crate::group::AddTopicPermissionGroupRequest => response: $crate::group::TopicPermissionResponse,
              idempotent: false, per_second: 200, doc: "Gives a Community's permission group permissions in up to 50 topics." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/get_topic_permission_group", method: get_topic_permission_group,
              request: $crate::group::GetTopicPermissionGroupRequest => response: $crate::group::TopicPermissionResponse,
              idempotent: true, per_second: 200, doc: "Reads a Community permission group's permissions in its topics." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/get_group_counter", method: get_group_counter,
              request: $crate::group::GetGroupCounterRequest => response: $crate::group::GroupCounterResponse,
              idempotent: true, per_second: 200, doc: "Reads a group's counters." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/update_group_counter", method: update_group_counter,
              request: $crate::group::UpdateGroupCounterRequest => response: $crate::group::GroupCounterResponse,
              idempotent: false, per_second: 200, doc: "Sets, increases or decreases up to 20 of a group's counters." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/delete_group_counter", method: delete_group_counter,
              request: $crate::group::DeleteGroupCounterRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Deletes some of a group's counters." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/get_group_msg_receipt", method: get_group_msg_receipt,
              request: $crate::group::GetGroupMsgReceiptRequest => response: $crate::group::GetGroupMsgReceiptResponse,
              idempotent: true, per_second: 200, doc: "Reads the read and unread counts of group messages." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/get_group_msg_receipt_detail", method: get_group_msg_receipt_detail,
              request: $crate::group::GetGroupMsgReceiptDetailRequest => response: $crate::group::GetGroupMsgReceiptDetailResponse,
              idempotent: true, per_second: 200, doc: "Reads one page of the members who have, or have not, read a group message." }
            // group_msg_receipt: the page (269/107478) is not stored; path and
            // fields from doocs/qcloud-im-server-sdk-java. Not idempotent (each
            // call sends receipts); 200 per second is this crate's choice, the
            // group calls' usual limit.
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/group_msg_receipt", method: group_msg_receipt,
              request: $crate::group::GroupMsgReceiptRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: false, per_second: 200, doc: "Sends the read receipts of group messages on behalf of one member." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/import_topic", method: import_topic,
              request: $crate::group::ImportTopicRequest => response: $crate::group::TopicIdResponse,
              idempotent: false, per_second: 200, doc: "Imports a Community topic's profile without webhooks or notices." }

            // group_open_http_svc: a Community's permission groups, their
            // topic permissions and members; reading given members. Reads,
            // modifications that set values, and removals are idempotent
            // (removing a member not in the permission group succeeds);
            // creating and adding are not (a repeat answers "exists" or
            // 10013 per member), nor is destroying (a repeat fails per group).
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/create_permission_group", method: create_permission_group,
              request: $crate::group::CreatePermissionGroupRequest => response: $crate::group::CreatePermissionGroupResponse,
              idempotent: false, per_second: 200, doc: "Creates a permission group in a Community." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/destroy_permission_group", method: destroy_permission_group,
              request: $crate::group::DestroyPermissionGroupRequest => response: $crate::group::PermissionGroupResultsResponse,
              idempotent: false, per_second: 200, doc: "Terminates up to 20 permission groups of a Community." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/modify_permission_group", method: modify_permission_group,
              request: $crate::group::ModifyPermissionGroupRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Changes a permission group's name, permission bits or custom field." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/get_permission_group", method: get_permission_group,
              request: $crate::group::GetPermissionGroupRequest => response: $crate::group::GetPermissionGroupResponse,
              idempotent: true, per_second: 200, doc: "Reads a Community's permission groups, one page (up to 20) or given IDs." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/set_topic_permission_group", method: set_topic_permission_group,
              request: $crate::group::SetTopicPermissionGroupRequest => response: $crate::group::TopicPermissionResponse,
              idempotent: true, per_second: 200, doc: "Changes a permission group's permissions in some topics." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/delete_topic_permission_group", method: delete_topic_permission_group,
              request: $crate::group::DeleteTopicPermissionGroupRequest => response: $crate::group::TopicPermissionResponse,
              idempotent: true, per_second: 200, doc: "Takes away a permission group's permissions in some topics." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/add_permission_group_member", method: add_permission_group_member,
              request: $crate::group::AddPermissionGroupMemberRequest => response: $crate::group::PermissionGroupMembersResponse,
              idempotent: false, per_second: 200, doc: "Adds up to 100 Community members to a permission group." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/delete_permission_group_member", method: delete_permission_group_member,
              request: $crate::group::DeletePermissionGroupMemberRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Removes up to 100 members from a permission group." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/get_permission_group_member_list", method: get_permission_group_member_list,
              request: $crate::group::GetPermissionGroupMemberListRequest => response: $crate::group::GetPermissionGroupMemberListResponse,
              idempotent: true, per_second: 200, doc: "Reads one page of a permission group's members." }
            { service: $crate::Service::Group, path: "v4/group_open_http_svc/get_specified_group_member_info", method: get_specified_group_member_info,
              request: $crate::group::GetSpecifiedGroupMemberInfoRequest => response: $crate::group::GetGroupMemberInfoResponse,
              idempotent: true, per_second: 200, doc: "Reads the profiles of up to 50 given members of a group." }

            // openim: deleting one-to-one messages from one side's history
            // (deleting a deleted message again changes nothing).
            { service: $crate::Service::OpenIm, path: "v4/openim/delete_c2c_msg_ramble", method: delete_c2c_msg_ramble,
              request: $crate::openim::DeleteC2cMsgRambleRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Deletes one-to-one messages from one side's history; the peer still sees them." }

            // million_group_open_http_svc: Community topics and online counts.
            { service: $crate::Service::MillionGroup, path: "v4/million_group_open_http_svc/create_topic", method: create_topic,
              request: $crate::group::CreateTopicRequest => response: $crate::group::TopicIdResponse,
              idempotent: false, per_second: 200, doc: "Creates a topic in a topic-enabled Community." }
            { service: $crate::Service::MillionGroup, path: "v4/million_group_open_http_svc/destroy_topic", method: destroy_topic,
              request: $crate::group::DestroyTopicRequest => response: $crate::group::DestroyTopicResponse,
              idempotent: false, per_second: 200, doc: "Deletes topics of a Community." }
            { service: $crate::Service::MillionGroup, path: "v4/million_group_open_http_svc/get_topic", method: get_topic,
              request: $crate::group::GetTopicRequest => response: $crate::group::GetTopicResponse,
              idempotent: true, per_second: 200, doc: "Reads the profiles of a Community's topics and a member's state in each." }
            { service: $crate::Service::MillionGroup, path: "v4/million_group_open_http_svc/modify_topic", method: modify_topic,
              request: $crate::group::ModifyTopicRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Changes a topic's profile." }
            // The stored text of 1047/66883 stops before its rate limit; 200,
            // that of the group_open_http_svc call, is this crate's choice.
            { service: $crate::Service::MillionGroup, path: "v4/million_group_open_http_svc/get_online_member_num", method: get_community_online_member_num,
              request: $crate::group::GetCommunityOnlineMemberNumRequest => response: $crate::group::GetOnlineMemberNumResponse,
              idempotent: true, per_second: 200, doc: "Counts the online members of a Community (updated every 4 minutes)." }

            // group_open_avchatroom_http_svc: audio-video groups' online members and marks.
            { service: $crate::Service::GroupAvChatRoom, path: "v4/group_open_avchatroom_http_svc/get_members", method: get_avchatroom_members,
              request: $crate::group::GetMembersRequest => response: $crate::group::GetMembersResponse,
              idempotent: true, per_second: 200, doc: "Reads one page of an audio-video group's online members." }
            { service: $crate::Service::GroupAvChatRoom, path: "v4/group_open_avchatroom_http_svc/modify_user_info", method: modify_avchatroom_member_marks,
              request: $crate::group::ModifyUserInfoRequest => response: $crate::group::ModifyUserInfoResponse,
              idempotent: true, per_second: 200, doc: "Sets or removes marks of up to 500 online members of an audio-video group." }
            { service: $crate::Service::GroupAvChatRoom, path: "v4/group_open_avchatroom_http_svc/check_members", method: check_avchatroom_members,
              request: $crate::group::CheckMembersRequest => response: $crate::group::CheckMembersResponse,
              idempotent: true, per_second: 200, doc: "Tells which of some users are in an audio-video group." }
            { service: $crate::Service::GroupAvChatRoom, path: "v4/group_open_avchatroom_http_svc/modify_admin", method: modify_avchatroom_admins,
              request: $crate::group::ModifyAdminRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Sets or removes up to 5 administrators of an audio-video group." }
            { service: $crate::Service::GroupAvChatRoom, path: "v4/group_open_avchatroom_http_svc/get_admin_list", method: get_avchatroom_admins,
              request: $crate::group::GetAdminListRequest => response: $crate::group::GetAdminListResponse,
              idempotent: true, per_second: 200, doc: "Lists the administrators of an audio-video group." }
            // add_robots / del_robots set and remove the mark 500 (page
            // 60527 is stored only as far as its first section; 269/103785,
            // del_robots' Chinese page, gives the body and 200 calls a second).
            // Setting or removing a mark again changes nothing: idempotent.
            { service: $crate::Service::GroupAvChatRoom, path: "v4/group_open_avchatroom_http_svc/add_robots", method: add_avchatroom_robots,
              request: $crate::group::AddRobotsRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Puts robot accounts on an audio-video group's online member list (mark 500)." }
            { service: $crate::Service::GroupAvChatRoom, path: "v4/group_open_avchatroom_http_svc/del_robots", method: del_avchatroom_robots,
              request: $crate::group::DelRobotsRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Takes robot accounts off an audio-video group's online member list." }

            // openim_msg_ext_http_svc: group message extensions. A set moves
            // the pairs' Seq on, so it is not idempotent.
            { service: $crate::Service::OpenImMsgExt, path: "v4/openim_msg_ext_http_svc/group_get_key_values", method: get_group_key_values,
              request: $crate::group::GroupGetKeyValuesRequest => response: $crate::openim::KeyValuesResponse,
              idempotent: true, per_second: 200, doc: "Reads one page of a group message's extension key-value pairs." }
            { service: $crate::Service::OpenImMsgExt, path: "v4/openim_msg_ext_http_svc/group_set_key_values", method: set_group_key_values,
              request: $crate::group::GroupSetKeyValuesRequest => response: $crate::openim::ExtensionResultsResponse,
              idempotent: false, per_second: 200, doc: "Sets, deletes or clears a group message's extension key-value pairs." }

            // openim: one-to-one messages and online status. Sends are not
            // idempotent (each call delivers a message); importmsg is, since the
            // service drops an import identical to an earlier one; recall and
            // mark-read set a final state.
            { service: $crate::Service::OpenIm, path: "v4/openim/sendmsg", method: sendmsg,
              request: $crate::openim::SendmsgRequest => response: $crate::openim::SendmsgResponse,
              idempotent: false, per_second: 200, doc: "Sends a one-to-one message to one user." }
            { service: $crate::Service::OpenIm, path: "v4/openim/batchsendmsg", method: batchsendmsg,
              request: $crate::openim::BatchsendmsgRequest => response: $crate::openim::BatchsendmsgResponse,
              idempotent: false, per_second: 200, doc: "Sends a one-to-one message to up to 500 users." }
            { service: $crate::Service::OpenIm, path: "v4/openim/importmsg", method: importmsg,
              request: $crate::openim::ImportmsgRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Imports one historical one-to-one message." }
            { service: $crate::Service::OpenIm, path: "v4/openim/admin_getroammsg", method: admin_getroammsg,
              request: $crate::openim::AdminGetroammsgRequest => response: $crate::openim::AdminGetroammsgResponse,
              idempotent: true, per_second: 200, doc: "Reads one page of a one-to-one conversation's history." }
            { service: $crate::Service::OpenIm, path: "v4/openim/admin_msgwithdraw", method: admin_msgwithdraw,
              request: $crate::openim::AdminMsgwithdrawRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Recalls a one-to-one message by its MsgKey." }
            { service: $crate::Service::OpenIm, path: "v4/openim/admin_set_msg_read", method: admin_set_msg_read,
              request: $crate::openim::AdminSetMsgReadRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Marks a user's one-to-one conversation read." }
            // The rate limit of c2c_msg_read_receipt is not in the stored page
            // text (trtc 77776); 200, that of the other openim calls, is this crate's choice.
            { service: $crate::Service::OpenIm, path: "v4/openim/c2c_msg_read_receipt", method: c2c_msg_read_receipt,
              request: $crate::openim::C2cMsgReadReceiptRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Sends read receipts for one-to-one messages a user received." }
            { service: $crate::Service::OpenIm, path: "v4/openim/get_c2c_unread_msg_num", method: get_c2c_unread_msg_num,
              request: $crate::openim::GetC2cUnreadMsgNumRequest => response: $crate::openim::GetC2cUnreadMsgNumResponse,
              idempotent: true, per_second: 200, doc: "Reads a user's unread one-to-one message counts." }
            { service: $crate::Service::OpenIm, path: "v4/openim/query_online_status", method: query_online_status,
              request: $crate::openim::QueryOnlineStatusRequest => response: $crate::openim::QueryOnlineStatusResponse,
              idempotent: true, per_second: 200,
              // The older page (1047/35057, 2020) documents the same body and reply under this name.
              aliases: ["v4/openim/querystate"], doc: "Reads the login status of up to 500 users." }
            { service: $crate::Service::OpenIm, path: "v4/openim/modify_c2c_msg", method: modify_c2c_msg,
              request: $crate::openim::ModifyC2cMsgRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Overwrites the body or custom data of a stored one-to-one message." }

            // openim_msg_ext_http_svc: one-to-one message extensions. A set
            // moves the pairs' Seq on, so it is not idempotent.
            { service: $crate::Service::OpenImMsgExt, path: "v4/openim_msg_ext_http_svc/get_key_values", method: get_c2c_key_values,
              request: $crate::openim::GetKeyValuesRequest => response: $crate::openim::KeyValuesResponse,
              idempotent: true, per_second: 200, doc: "Reads one page of a one-to-one message's extension key-value pairs." }
            { service: $crate::Service::OpenImMsgExt, path: "v4/openim_msg_ext_http_svc/set_key_values", method: set_c2c_key_values,
              request: $crate::openim::SetKeyValuesRequest => response: $crate::openim::ExtensionResultsResponse,
              idempotent: false, per_second: 200, doc: "Sets, deletes or clears a one-to-one message's extension key-value pairs." }

            // profile: user profile fields.
            { service: $crate::Service::Profile, path: "v4/profile/portrait_set", method: portrait_set,
              request: $crate::profile::PortraitSetRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Writes standard and custom fields of a user's profile." }
            { service: $crate::Service::Profile, path: "v4/profile/portrait_get", method: portrait_get,
              request: $crate::profile::PortraitGetRequest => response: $crate::profile::PortraitGetResponse,
              idempotent: true, per_second: 200, doc: "Reads profile fields of up to 100 users." }

            // sns: the relationship chain (friends, friend lists, blocklists).
            // Reads, updates that set values and delete_all are idempotent;
            // adds, imports and deletes are not: a repeat answers per-user
            // failures (already a friend, not a friend, already blocked) or
            // sends a new friend request. The friend-list calls are named
            // friend_group_* so they do not read as chat-group calls.
            { service: $crate::Service::Sns, path: "v4/sns/friend_add", method: friend_add,
              request: $crate::sns::FriendAddRequest => response: $crate::sns::ResultsResponse,
              idempotent: false, per_second: 200, doc: "Adds up to 100 friends to a user, one-way or two-way." }
            { service: $crate::Service::Sns, path: "v4/sns/friend_import", method: friend_import,
              request: $crate::sns::FriendImportRequest => response: $crate::sns::ResultsResponse,
              idempotent: false, per_second: 200, doc: "Imports one-way friends of a user with their remark, lists, times and custom fields." }
            { service: $crate::Service::Sns, path: "v4/sns/friend_update", method: friend_update,
              request: $crate::sns::FriendUpdateRequest => response: $crate::sns::ResultsResponse,
              idempotent: true, per_second: 200, doc: "Sets the remark, friend lists or custom fields of a user's friends." }
            { service: $crate::Service::Sns, path: "v4/sns/friend_delete", method: friend_delete,
              request: $crate::sns::FriendDeleteRequest => response: $crate::sns::ResultsResponse,
              idempotent: false, per_second: 200, doc: "Deletes up to 1000 of a user's friends, one-way or two-way." }
            { service: $crate::Service::Sns, path: "v4/sns/friend_delete_all", method: friend_delete_all,
              request: $crate::sns::FriendDeleteAllRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Deletes all of a user's friends, one-way or two-way." }
            { service: $crate::Service::Sns, path: "v4/sns/friend_check", method: friend_check,
              request: $crate::sns::FriendCheckRequest => response: $crate::sns::FriendCheckResponse,
              idempotent: true, per_second: 200, doc: "Tells how up to 1000 users and a user are friends." }
            { service: $crate::Service::Sns, path: "v4/sns/friend_get", method: friend_get,
              request: $crate::sns::FriendGetRequest => response: $crate::sns::FriendGetResponse,
              idempotent: true, per_second: 200, doc: "Reads one page of a user's friends and their friend fields." }
            { service: $crate::Service::Sns, path: "v4/sns/friend_get_list", method: friend_get_list,
              request: $crate::sns::FriendGetListRequest => response: $crate::sns::FriendGetListResponse,
              idempotent: true, per_second: 200, doc: "Reads friend and profile fields of given friends of a user." }
            { service: $crate::Service::Sns, path: "v4/sns/black_list_add", method: black_list_add,
              request: $crate::sns::BlackListAddRequest => response: $crate::sns::ResultsResponse,
              idempotent: false, per_second: 200, doc: "Adds up to 1000 users to a user's blocklist." }
            { service: $crate::Service::Sns, path: "v4/sns/black_list_delete", method: black_list_delete,
              request: $crate::sns::BlackListDeleteRequest => response: $crate::sns::ResultsResponse,
              idempotent: false, per_second: 200, doc: "Removes up to 1000 users from a user's blocklist." }
            { service: $crate::Service::Sns, path: "v4/sns/black_list_get", method: black_list_get,
              request: $crate::sns::BlackListGetRequest => response: $crate::sns::BlackListGetResponse,
              idempotent: true, per_second: 200, doc: "Reads one page of a user's blocklist." }
            { service: $crate::Service::Sns, path: "v4/sns/black_list_check", method: black_list_check,
              request: $crate::sns::BlackListCheckRequest => response: $crate::sns::BlackListCheckResponse,
              idempotent: true, per_second: 200, doc: "Tells who blocks whom between a user and up to 1000 users." }
            { service: $crate::Service::Sns, path: "v4/sns/group_add", method: friend_group_add,
              request: $crate::sns::GroupAddRequest => response: $crate::sns::GroupAddResponse,
              idempotent: false, per_second: 200, doc: "Creates friend lists for a user, optionally putting friends in them." }
            { service: $crate::Service::Sns, path: "v4/sns/group_delete", method: friend_group_delete,
              request: $crate::sns::GroupDeleteRequest => response: $crate::sns::GroupDeleteResponse,
              idempotent: false, per_second: 200, doc: "Deletes friend lists of a user." }
            { service: $crate::Service::Sns, path: "v4/sns/group_get", method: friend_group_get,
              request: $crate::sns::GroupGetRequest => response: $crate::sns::GroupGetResponse,
              idempotent: true, per_second: 200, doc: "Reads a user's friend lists, optionally with their friends." }

            // follow: followers and followings. Reads are idempotent; follows
            // and unfollows are not (a repeat answers per-user results of its
            // own and fires the webhooks again). They answer with the sns
            // calls' per-user reply.
            { service: $crate::Service::Follow, path: "v4/follow/follow_add", method: follow_add,
              request: $crate::follow::FollowAddRequest => response: $crate::sns::ResultsResponse,
              idempotent: false, per_second: 200, doc: "Makes a user follow up to 20 users." }
            { service: $crate::Service::Follow, path: "v4/follow/follow_delete", method: follow_delete,
              request: $crate::follow::FollowDeleteRequest => response: $crate::sns::ResultsResponse,
              idempotent: false, per_second: 200, doc: "Makes a user unfollow up to 20 users." }
            { service: $crate::Service::Follow, path: "v4/follow/follow_get", method: follow_get,
              request: $crate::follow::FollowGetRequest => response: $crate::follow::FollowGetResponse,
              idempotent: true, per_second: 200, doc: "Reads one page (up to 1000) of a user's followers, followings or mutual follows." }
            { service: $crate::Service::Follow, path: "v4/follow/follow_check", method: follow_check,
              request: $crate::follow::FollowCheckRequest => response: $crate::follow::FollowCheckResponse,
              idempotent: true, per_second: 200, doc: "Tells how a user and up to 100 users follow each other." }
            { service: $crate::Service::Follow, path: "v4/follow/follow_get_info", method: follow_get_info,
              request: $crate::follow::FollowGetInfoRequest => response: $crate::follow::FollowGetInfoResponse,
              idempotent: true, per_second: 200, doc: "Reads the follower, following and mutual-follow counts of up to 20 users." }

            // openconfigsvr: global mutes and the operations data. setnospeaking
            // sets the periods to given values, so it is idempotent.
            { service: $crate::Service::OpenConfig, path: "v4/openconfigsvr/getappinfo", method: getappinfo,
              request: $crate::openconfig::GetappinfoRequest => response: $crate::openconfig::GetappinfoResponse,
              idempotent: true, per_second: 200, doc: "Reads the app's operations data of the last 30 days." }
            { service: $crate::Service::OpenConfig, path: "v4/openconfigsvr/getnospeaking", method: getnospeaking,
              request: $crate::openconfig::GetnospeakingRequest => response: $crate::openconfig::GetnospeakingResponse,
              idempotent: true, per_second: 200, doc: "Reads a user's global mute periods for one-to-one and group messages." }
            { service: $crate::Service::OpenConfig, path: "v4/openconfigsvr/setnospeaking", method: setnospeaking,
              request: $crate::openconfig::SetnospeakingRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Mutes (for a time or for ever) or unmutes a user in all one-to-one or all group messages." }

            // im_msg_audit_mgr: cloud moderation's keyword libraries (Singapore
            // only). Reads and deletes are idempotent (a deleted word stays
            // deleted); adding is not (the page does not say what a repeated
            // word does).
            { service: $crate::Service::MsgAuditMgr, path: "v4/im_msg_audit_mgr/add_cloud_audit_keywords", method: add_cloud_audit_keywords,
              request: $crate::moderation::AddCloudAuditKeywordsRequest => response: $crate::moderation::AddCloudAuditKeywordsResponse,
              idempotent: false, per_second: 200, doc: "Adds blocked words to a keyword library of cloud moderation." }
            { service: $crate::Service::MsgAuditMgr, path: "v4/im_msg_audit_mgr/delete_cloud_audit_keywords", method: delete_cloud_audit_keywords,
              request: $crate::moderation::DeleteCloudAuditKeywordsRequest => response: $crate::moderation::DeleteCloudAuditKeywordsResponse,
              idempotent: true, per_second: 200, doc: "Deletes up to 10 blocked words from a keyword library of cloud moderation." }
            { service: $crate::Service::MsgAuditMgr, path: "v4/im_msg_audit_mgr/get_cloud_audit_keywords_ids", method: get_cloud_audit_keywords_ids,
              request: $crate::moderation::GetCloudAuditKeywordsIdsRequest => response: $crate::moderation::GetCloudAuditKeywordsIdsResponse,
              idempotent: true, per_second: 200, doc: "Reads one page (up to 100) of the app's keyword libraries of cloud moderation." }
            { service: $crate::Service::MsgAuditMgr, path: "v4/im_msg_audit_mgr/get_cloud_audit_keywords", method: get_cloud_audit_keywords,
              request: $crate::moderation::GetCloudAuditKeywordsRequest => response: $crate::moderation::GetCloudAuditKeywordsResponse,
              idempotent: true, per_second: 200, doc: "Reads one page (up to 100) of a keyword library's blocked words, or those matching a text." }

            // official_account_open_http_svc: official accounts, subscribers,
            // broadcast messages. Reads and field updates are idempotent;
            // creating, destroying, (un)subscribing, sending and recalling
            // are not (a repeat answers 130008 or 130004, per-user results of
            // 2, a second message, or RetCode 10030). 200 a second is each
            // page's limit; the stored text of modify_subscriber_info,
            // official_account_msg_get_simple and official_account_msg_recall
            // stops before theirs, and 200, that of the other calls, is this
            // crate's choice.
            { service: $crate::Service::OfficialAccount, path: "v4/official_account_open_http_svc/create_official_account", method: create_official_account,
              request: $crate::official_account::CreateOfficialAccountRequest => response: $crate::official_account::CreateOfficialAccountResponse,
              idempotent: false, per_second: 200, doc: "Creates an official account, with a custom ID or one the service picks." }
            { service: $crate::Service::OfficialAccount, path: "v4/official_account_open_http_svc/destroy_official_account", method: destroy_official_account,
              request: $crate::official_account::DestroyOfficialAccountRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: false, per_second: 200, doc: "Destroys an official account." }
            { service: $crate::Service::OfficialAccount, path: "v4/official_account_open_http_svc/modify_official_account_base_info", method: modify_official_account_base_info,
              request: $crate::official_account::ModifyOfficialAccountBaseInfoRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Changes an official account's name, avatar, introduction and other profile fields." }
            { service: $crate::Service::OfficialAccount, path: "v4/official_account_open_http_svc/get_official_account_info", method: get_official_account_info,
              request: $crate::official_account::GetOfficialAccountInfoRequest => response: $crate::official_account::GetOfficialAccountInfoResponse,
              idempotent: true, per_second: 200, doc: "Reads the profiles of up to 50 official accounts." }
            { service: $crate::Service::OfficialAccount, path: "v4/official_account_open_http_svc/add_subscriber", method: add_subscriber,
              request: $crate::official_account::AddSubscriberRequest => response: $crate::official_account::SubscriberResultsResponse,
              idempotent: false, per_second: 200, doc: "Makes up to 100 users subscribe to an official account." }
            { service: $crate::Service::OfficialAccount, path: "v4/official_account_open_http_svc/delete_subscriber", method: delete_subscriber,
              request: $crate::official_account::DeleteSubscriberRequest => response: $crate::official_account::SubscriberResultsResponse,
              idempotent: false, per_second: 200, doc: "Removes users from an official account's subscribers." }
            { service: $crate::Service::OfficialAccount, path: "v4/official_account_open_http_svc/get_subscriber_info", method: get_subscriber_info,
              request: $crate::official_account::GetSubscriberInfoRequest => response: $crate::official_account::GetSubscriberInfoResponse,
              idempotent: true, per_second: 200, doc: "Reads one page (up to 200) of an official account's subscribers." }
            { service: $crate::Service::OfficialAccount, path: "v4/official_account_open_http_svc/modify_subscriber_info", method: modify_subscriber_info,
              request: $crate::official_account::ModifySubscriberInfoRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Changes a subscriber's custom field." }
            { service: $crate::Service::OfficialAccount, path: "v4/official_account_open_http_svc/get_subscribed_official_account_list", method: get_subscribed_official_account_list,
              request: $crate::official_account::GetSubscribedOfficialAccountListRequest => response: $crate::official_account::GetSubscribedOfficialAccountListResponse,
              idempotent: true, per_second: 200, doc: "Reads one page (up to 200) of the official accounts a user subscribes to." }
            { service: $crate::Service::OfficialAccount, path: "v4/official_account_open_http_svc/send_official_account_msg", method: send_official_account_msg,
              request: $crate::official_account::SendOfficialAccountMsgRequest => response: $crate::official_account::SendOfficialAccountMsgResponse,
              idempotent: false, per_second: 200, doc: "Broadcasts a message from an official account to its subscribers." }
            { service: $crate::Service::OfficialAccount, path: "v4/official_account_open_http_svc/official_account_msg_get_simple", method: official_account_msg_get_simple,
              request: $crate::official_account::OfficialAccountMsgGetSimpleRequest => response: $crate::official_account::OfficialAccountMsgGetSimpleResponse,
              idempotent: true, per_second: 200, doc: "Reads one page of an official account's messages, newest first." }
            { service: $crate::Service::OfficialAccount, path: "v4/official_account_open_http_svc/official_account_msg_recall", method: official_account_msg_recall,
              request: $crate::official_account::OfficialAccountMsgRecallRequest => response: $crate::official_account::OfficialAccountMsgRecallResponse,
              idempotent: false, per_second: 200, doc: "Recalls up to 10 of an official account's messages." }
            // misc: chatbots, operations, on-demand moderation.
            // openim_robot_http_svc: chatbot accounts. Creating is documented
            // as idempotent (a repeat creates one account), deleting sets a
            // final state; each streamed chunk appends, so that call is not.
            { service: $crate::Service::Robot, path: "v4/openim_robot_http_svc/create_robot", method: create_robot,
              request: $crate::robot::CreateRobotRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Creates a chatbot account (a UserID starting with @RBT#)." }
            { service: $crate::Service::Robot, path: "v4/openim_robot_http_svc/delete_robot", method: delete_robot,
              request: $crate::robot::DeleteRobotRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Makes a chatbot account invalid (its UserID is kept)." }
            { service: $crate::Service::Robot, path: "v4/openim_robot_http_svc/get_all_robots", method: get_all_robots,
              request: $crate::robot::GetAllRobotsRequest => response: $crate::robot::GetAllRobotsResponse,
              idempotent: true, per_second: 200, doc: "Lists the app's chatbot accounts." }
            { service: $crate::Service::Robot, path: "v4/openim_robot_http_svc/send_stream_msg", method: send_stream_msg,
              request: $crate::robot::SendStreamMsgRequest => response: $crate::robot::SendStreamMsgResponse,
              idempotent: false, per_second: 200, doc: "Sends one chunk of a chatbot's streaming text message." }
            // open_msg_svc and ConfigSvc: operations. Reads. The stored text of
            // 1047/34885 stops before a rate limit; 200, that of GetIPList, is
            // this crate's choice.
            { service: $crate::Service::OpenMsg, path: "v4/open_msg_svc/get_history", method: get_history,
              request: $crate::operations::GetHistoryRequest => response: $crate::operations::GetHistoryResponse,
              idempotent: true, per_second: 200, doc: "Reads the download links of one hour's archive of one-to-one or group messages." }
            { service: $crate::Service::ConfigSvc, path: "v4/ConfigSvc/GetIPList", method: get_ip_list,
              request: $crate::operations::GetIpListRequest => response: $crate::operations::GetIpListResponse,
              idempotent: true, per_second: 200, doc: "Reads the IP addresses and ranges of the service (SDK access and webhooks)." }
            // im_msg_audit: on-demand moderation (Singapore only). A judgement
            // changes nothing, so both are idempotent.
            { service: $crate::Service::MsgAudit, path: "v4/im_msg_audit/content_moderation", method: content_moderation,
              request: $crate::moderation::ContentModerationRequest => response: $crate::moderation::ContentModerationResponse,
              idempotent: true, per_second: 200, doc: "Moderates one text, image, audio or video on demand." }
            { service: $crate::Service::MsgAudit, path: "v4/im_msg_audit/batch_content_moderation", method: batch_content_moderation,
              request: $crate::moderation::BatchContentModerationRequest => response: $crate::moderation::BatchContentModerationResponse,
              idempotent: true, per_second: 200, doc: "Moderates up to 10 texts and images on demand." }
            // all_member_push: pushing to all users or by tag/attribute, and
            // the attribute names, attributes and tags conditions read. A
            // push is not idempotent (each is a push, 100 a day by default:
            // the daily cap is on ImPushRequest's doc; the per-second rate
            // is the "more than 1 s apart" rule). The attribute and tag
            // calls set, add or remove given values (tags are a set), so
            // they are; every one of them is 100/s.
            { service: $crate::Service::AllMemberPush, path: "v4/all_member_push/im_push", method: im_push,
              request: $crate::push::ImPushRequest => response: $crate::push::PushTaskResponse,
              idempotent: false, per_second: 1, doc: "Pushes a message to every account, or to those with given tags or attributes." }
            { service: $crate::Service::AllMemberPush, path: "v4/all_member_push/im_set_attr_name", method: im_set_attr_name,
              request: $crate::push::ImSetAttrNameRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 100, doc: "Names the app's push attributes (numbers 0 to 9)." }
            { service: $crate::Service::AllMemberPush, path: "v4/all_member_push/im_get_attr_name", method: im_get_attr_name,
              request: $crate::push::ImGetAttrNameRequest => response: $crate::push::AttrNamesResponse,
              idempotent: true, per_second: 100, doc: "Reads the names of the app's push attributes." }
            { service: $crate::Service::AllMemberPush, path: "v4/all_member_push/im_get_attr", method: im_get_attr,
              request: $crate::push::ImGetAttrRequest => response: $crate::push::ImGetAttrResponse,
              idempotent: true, per_second: 100, doc: "Reads the push attributes of up to 100 users." }
            { service: $crate::Service::AllMemberPush, path: "v4/all_member_push/im_set_attr", method: im_set_attr,
              request: $crate::push::ImSetAttrRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 100, doc: "Sets push attribute values of up to 100 users." }
            { service: $crate::Service::AllMemberPush, path: "v4/all_member_push/im_remove_attr", method: im_remove_attr,
              request: $crate::push::ImRemoveAttrRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 100, doc: "Removes push attributes from up to 100 users." }
            { service: $crate::Service::AllMemberPush, path: "v4/all_member_push/im_get_tag", method: im_get_tag,
              request: $crate::push::ImGetTagRequest => response: $crate::push::UserTagsResponse,
              idempotent: true, per_second: 100, doc: "Reads the tags of up to 100 users." }
            { service: $crate::Service::AllMemberPush, path: "v4/all_member_push/im_add_tag", method: im_add_tag,
              request: $crate::push::ImAddTagRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 100, doc: "Adds up to 10 tags to each of up to 100 users." }
            { service: $crate::Service::AllMemberPush, path: "v4/all_member_push/im_remove_tag", method: im_remove_tag,
              request: $crate::push::ImRemoveTagRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 100, doc: "Removes tags from up to 100 users." }
            { service: $crate::Service::AllMemberPush, path: "v4/all_member_push/im_remove_all_tags", method: im_remove_all_tags,
              request: $crate::push::ImRemoveAllTagsRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 100, doc: "Removes every tag of up to 100 users." }

            // timpush: the Push product's paths sharing all_member_push's
            // model (names, tags, the condition). push and revoke are not
            // idempotent (a second recall answers 90050) and 1/s; the trace's
            // page gives no rate, so it has the API's default of 200/s.
            // webpush and webbatch are not listed: no stored copy of their
            // pages could be read (see the push module's docs).
            { service: $crate::Service::TimPush, path: "v4/timpush/push", method: timpush_push,
              request: $crate::push::TimpushPushRequest => response: $crate::push::PushTaskResponse,
              idempotent: false, per_second: 1, doc: "Pushes a notification or message to every account, or to those with given tags or attributes." }
            { service: $crate::Service::TimPush, path: "v4/timpush/revoke", method: timpush_revoke,
              request: $crate::push::TimpushRevokeRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: false, per_second: 1, doc: "Recalls a push of the last 24 hours: stops it, recalls its messages, overwrites its notification." }
            { service: $crate::Service::TimPush, path: "v4/timpush/all_member_push_trace", method: all_member_push_trace,
              request: $crate::push::AllMemberPushTraceRequest => response: $crate::push::AllMemberPushTraceResponse,
              idempotent: true, per_second: 200, doc: "Reads how a push reached one user, device by device." }
            { service: $crate::Service::TimPush, path: "v4/timpush/set_attr_name", method: timpush_set_attr_name,
              request: $crate::push::TimpushSetAttrNameRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 100, doc: "Names the app's push attributes and the kind of account each is set on." }
            { service: $crate::Service::TimPush, path: "v4/timpush/get_attr_name", method: timpush_get_attr_name,
              request: $crate::push::TimpushGetAttrNameRequest => response: $crate::push::AttrNamesResponse,
              idempotent: true, per_second: 100, doc: "Reads the names of the app's push attributes and their account kinds." }
            { service: $crate::Service::TimPush, path: "v4/timpush/get_tag", method: timpush_get_tag,
              request: $crate::push::TimpushGetTagRequest => response: $crate::push::UserTagsResponse,
              idempotent: true, per_second: 100, doc: "Reads the tags of up to 100 accounts (UserIDs or RegistrationIDs)." }
            // leftover: im_cos_msg, the files of chat messages. The pages
            // (269/74775-74777) are not stored; paths and fields from other
            // SDKs (see the cos_msg module). Banning and unbanning set a final
            // state and the signature call reads, so all three are idempotent;
            // no source gives a rate limit, 200 per second is this crate's
            // choice.
            { service: $crate::Service::CosMsg, path: "v4/im_cos_msg/forbid_illegal_object", method: forbid_illegal_object,
              request: $crate::cos_msg::ForbidIllegalObjectRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Bans a rich-media file of a chat message (uploaded through the IM SDKs)." }
            { service: $crate::Service::CosMsg, path: "v4/im_cos_msg/allow_banned_object", method: allow_banned_object,
              request: $crate::cos_msg::AllowBannedObjectRequest => response: $crate::EnvelopeOnlyResponse,
              idempotent: true, per_second: 200, doc: "Lifts the ban on a rich-media file of a chat message." }
            { service: $crate::Service::CosMsg, path: "v4/im_cos_msg/get_cos_sig", method: get_cos_sig,
              request: $crate::cos_msg::GetCosSigRequest => response: $crate::cos_msg::GetCosSigResponse,
              idempotent: true, per_second: 200, doc: "Reads full-control signed URLs (15 minutes) and the status of chat files." }
        }
    };
}

/// One row of the endpoint table, for code that needs the list at run time.
///
/// The fields are read through methods: a value can only be one of
/// [`ENDPOINTS`], so [`Endpoint::visit`] always finds its types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Endpoint {
    service: Service,
    path: &'static str,
    method: &'static str,
    /// The types as the table writes them (`$crate::group::GetGroupInfoRequest`).
    request_type: &'static str,
    response_type: &'static str,
    aliases: &'static [&'static str],
    idempotent: bool,
    rate_limit_per_sec: u32,
    doc: &'static str,
}

impl Endpoint {
    /// The service.
    pub const fn service(&self) -> Service {
        self.service
    }

    /// The path below the base URL, e.g. `v4/recentcontact/update_contact_group`.
    pub const fn path(&self) -> &'static str {
        self.path
    }

    /// The clients' method name, e.g. `update_contact_group`.
    pub const fn method(&self) -> &'static str {
        self.method
    }

    /// The request type's name, e.g. `UpdateContactGroupRequest`.
    pub const fn request(&self) -> &'static str {
        type_name(self.request_type)
    }

    /// The reply type's name.
    pub const fn response(&self) -> &'static str {
        type_name(self.response_type)
    }

    /// The request type's full path, e.g.
    /// `tim_protocol::recentcontact::GetListRequest`: what code written from
    /// the table (the clients' methods) names.
    pub fn request_path(&self) -> String {
        full_path(self.request_type)
    }

    /// The reply type's full path, e.g. `tim_protocol::EnvelopeOnlyResponse`.
    pub fn response_path(&self) -> String {
        full_path(self.response_type)
    }

    /// Older paths of this endpoint that the service still answers and
    /// clients written against older pages still call, e.g.
    /// `v4/group_open_http_svc/get_group_shutted_uin` for
    /// `get_group_muted_account`. [`Endpoint::find`], `tim call` and the
    /// emulator accept them; the clients always send [`path`](Self::path).
    pub const fn aliases(&self) -> &'static [&'static str] {
        self.aliases
    }

    /// Whether sending the request twice has the effect of sending it once.
    pub const fn idempotent(&self) -> bool {
        self.idempotent
    }

    /// The documented rate limit, in calls per second.
    pub const fn rate_limit_per_sec(&self) -> u32 {
        self.rate_limit_per_sec
    }

    /// One line on what the call does.
    pub const fn doc(&self) -> &'static str {
        self.doc
    }
}

/// Does something with an endpoint's types; see [`Endpoint::visit`].
pub trait EndpointVisitor {
    /// What the visit yields.
    type Output;

    /// Called with the endpoint's request type.
    fn visit<R: Api>(self) -> Self::Output;
}

/// A type path of the table as code outside this crate writes it.
fn full_path(table: &str) -> String {
    table.replace(' ', "").replace("$crate", "tim_protocol")
}

/// The last part of a type path, e.g. `GetListRequest` of `$crate::recentcontact::GetListRequest`.
const fn type_name(path: &'static str) -> &'static str {
    let bytes = path.as_bytes();
    let mut start = bytes.len();
    while start > 0 && bytes[start - 1] != b':' && bytes[start - 1] != b' ' {
        start -= 1;
    }
    let (_, name) = bytes.split_at(start);
    match std::str::from_utf8(name) {
        Ok(name) => name,
        Err(_) => path,
    }
}

macro_rules! derive_from_table {
    ($({
        service: $service:expr, path: $path:literal, method: $method:ident,
        request: $request:ty => response: $response:ty,
        idempotent: $idempotent:literal, per_second: $rate:literal,
        $(aliases: [$($alias:literal),+ $(,)?],)? doc: $doc:literal
    })*) => {
        $(
            impl $crate::Api for $request {
                const SERVICE: Service = $service;
                const PATH: &'static str = $path;
                type Response = $response;
                const IDEMPOTENT: bool = $idempotent;
                const RATE_LIMIT_PER_SEC: u32 = $rate;

                fn validate(&self) -> Result<(), $crate::ValidationError> {
                    <$request>::validate(self)
                }
            }

            impl $request {
                #[doc = concat!("Checks the documented rules of `", $path, "` (listed on the type), so a request")]
                /// the service would refuse is caught before it is sent. The error names the field
                /// path, the rule, and the code the service would answer with.
                pub fn validate(&self) -> Result<(), $crate::ValidationError> {
                    self.check().map_err(|error| error.in_service($service))
                }
            }
        )*

        /// Every endpoint of the API, in the table's order.
        pub const ENDPOINTS: &[Endpoint] = &[
            $(Endpoint {
                service: $service,
                path: $path,
                method: stringify!($method),
                request_type: stringify!($request),
                response_type: stringify!($response),
                aliases: &[$($($alias),+)?],
                idempotent: $idempotent,
                rate_limit_per_sec: $rate,
                doc: $doc,
            },)*
        ];

        impl Endpoint {
            /// Calls `visitor` with this endpoint's request type: how code that
            /// holds an endpoint as a value (a path from a command line, a
            /// samples folder) reaches its types.
            pub fn visit<V: EndpointVisitor>(&self, visitor: V) -> V::Output {
                match self.path {
                    $($path => visitor.visit::<$request>(),)*
                    // Endpoint values are made only by the table above (its
                    // fields are private), so every path is one of its rows.
                    other => unreachable!("{other} is not in the endpoint table"),
                }
            }
        }
    };
}

for_each_endpoint!(derive_from_table);

impl Endpoint {
    /// The endpoint at `path`, given with or without the `v4/` prefix and
    /// leading slash: `recentcontact/get_list`, `/v4/recentcontact/get_list`;
    /// an older path of an endpoint ([`aliases`](Self::aliases)) finds it too.
    pub fn find(path: &str) -> Option<&'static Endpoint> {
        let path = path.trim_start_matches('/');
        let path = path.strip_prefix("v4/").unwrap_or(path);
        let same = |full: &str| full.strip_prefix("v4/").unwrap_or(full) == path;
        ENDPOINTS
            .iter()
            .find(|endpoint| same(endpoint.path()) || endpoint.aliases().iter().any(|alias| same(alias)))
    }

    /// The command: the last segment of the path, e.g. `get_list`.
    pub fn command(&self) -> &'static str {
        self.path.rsplit('/').next().unwrap_or(self.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_path_is_v4_service_command_and_listed_once() {
        let mut paths = HashSet::new();
        let mut methods = HashSet::new();
        for endpoint in ENDPOINTS {
            let prefix = format!("v4/{}/", endpoint.service().as_str());
            assert!(
                endpoint.path().starts_with(&prefix),
                "{} is not under {prefix}",
                endpoint.path()
            );
            assert!(!endpoint.command().is_empty() && !endpoint.command().contains('/'));
            assert!(paths.insert(endpoint.path()), "{} listed twice", endpoint.path());
            assert!(
                methods.insert(endpoint.method()),
                "method {} listed twice",
                endpoint.method()
            );
            assert!(endpoint.request().ends_with("Request"), "{}", endpoint.request());
            assert!(endpoint.response().ends_with("Response"), "{}", endpoint.response());
            assert!(endpoint.rate_limit_per_sec() > 0);
            assert!(endpoint.request_path().starts_with("tim_protocol::"));
            assert!(endpoint.request_path().ends_with(endpoint.request()));
            assert!(endpoint.response_path().ends_with(endpoint.response()));
        }
    }

    #[test]
    fn find_accepts_the_spellings_of_a_path() {
        for spelling in [
            "recentcontact/get_list",
            "v4/recentcontact/get_list",
            "/v4/recentcontact/get_list",
        ] {
            assert_eq!(Endpoint::find(spelling).map(|e| e.method()), Some("get_list"));
        }
        assert_eq!(Endpoint::find("recentcontact/nope"), None);
    }

    #[test]
    fn an_older_name_finds_the_current_endpoint() {
        let endpoint = Endpoint::find("/v4/group_open_http_svc/get_group_shutted_uin").unwrap();
        assert_eq!(endpoint.path(), "v4/group_open_http_svc/get_group_muted_account");
        for endpoint in ENDPOINTS {
            for alias in endpoint.aliases() {
                assert!(
                    alias.starts_with(&format!("v4/{}/", endpoint.service().as_str())),
                    "{alias}"
                );
                assert!(
                    ENDPOINTS.iter().all(|other| other.path() != *alias),
                    "{alias} is a current path"
                );
            }
        }
    }

    #[test]
    fn visit_reaches_the_types_of_the_row() {
        struct PathOf;
        impl EndpointVisitor for PathOf {
            type Output = &'static str;
            fn visit<R: Api>(self) -> &'static str {
                R::PATH
            }
        }
        for endpoint in ENDPOINTS {
            assert_eq!(endpoint.visit(PathOf), endpoint.path());
        }
    }
}
