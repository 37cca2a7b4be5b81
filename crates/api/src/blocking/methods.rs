//! The methods of [`BlockingClient`](crate::BlockingClient): one per row of the endpoint table
//! (`tim_protocol::ENDPOINTS`, written in `crates/protocol/src/endpoints.rs`).
//!
//! Written by `cargo xtask codegen`; do not edit. `cargo xtask test` fails while it is stale.

use tim_transport::BlockingTransport;

use super::BlockingClient;
use crate::Error;

impl<T: BlockingTransport> BlockingClient<T> {
    /// `v4/im_open_login_svc/account_import`: Registers one UserID.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn account_import(
        &self,
        request: &tim_protocol::account::AccountImportRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/im_open_login_svc/multiaccount_import`: Registers up to 100 UserIDs.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn multiaccount_import(
        &self,
        request: &tim_protocol::account::MultiaccountImportRequest,
    ) -> Result<tim_protocol::account::MultiaccountImportResponse, Error> {
        self.send(request)
    }

    /// `v4/im_open_login_svc/account_check`: Tells whether up to 100 UserIDs are imported.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn account_check(
        &self,
        request: &tim_protocol::account::AccountCheckRequest,
    ) -> Result<tim_protocol::account::AccountCheckResponse, Error> {
        self.send(request)
    }

    /// `v4/im_open_login_svc/account_delete`: Deletes up to 100 accounts and their data.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn account_delete(
        &self,
        request: &tim_protocol::account::AccountDeleteRequest,
    ) -> Result<tim_protocol::account::AccountDeleteResponse, Error> {
        self.send(request)
    }

    /// `v4/im_open_login_svc/kick`: Ends a user's login sessions.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn kick(
        &self,
        request: &tim_protocol::account::KickRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/recentcontact/create_contact_group`: Creates conversation groups for a user.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn create_contact_group(
        &self,
        request: &tim_protocol::recentcontact::CreateContactGroupRequest,
    ) -> Result<tim_protocol::recentcontact::CreateContactGroupResponse, Error> {
        self.send(request)
    }

    /// `v4/recentcontact/update_contact_group`: Renames a user's conversation group, or adds and removes conversations in it.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn update_contact_group(
        &self,
        request: &tim_protocol::recentcontact::UpdateContactGroupRequest,
    ) -> Result<tim_protocol::recentcontact::UpdateContactGroupResponse, Error> {
        self.send(request)
    }

    /// `v4/recentcontact/del_contact_group`: Deletes one of a user's conversation groups.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn del_contact_group(
        &self,
        request: &tim_protocol::recentcontact::DelContactGroupRequest,
    ) -> Result<tim_protocol::recentcontact::DelContactGroupResponse, Error> {
        self.send(request)
    }

    /// `v4/recentcontact/get_contact_group`: Reads one page of a user's conversation groups and grouped conversations.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_contact_group(
        &self,
        request: &tim_protocol::recentcontact::GetContactGroupRequest,
    ) -> Result<tim_protocol::recentcontact::GetContactGroupResponse, Error> {
        self.send(request)
    }

    /// `v4/recentcontact/mark_contact`: Sets or clears conversation marks.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn mark_contact(
        &self,
        request: &tim_protocol::recentcontact::MarkContactRequest,
    ) -> Result<tim_protocol::recentcontact::MarkContactResponse, Error> {
        self.send(request)
    }

    /// `v4/recentcontact/search_contact_group`: Reads the groups and marks of given conversations.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn search_contact_group(
        &self,
        request: &tim_protocol::recentcontact::SearchContactGroupRequest,
    ) -> Result<tim_protocol::recentcontact::SearchContactGroupResponse, Error> {
        self.send(request)
    }

    /// `v4/recentcontact/get_list`: Reads one page of a user's recent conversations.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_list(
        &self,
        request: &tim_protocol::recentcontact::GetListRequest,
    ) -> Result<tim_protocol::recentcontact::GetListResponse, Error> {
        self.send(request)
    }

    /// `v4/recentcontact/delete`: Removes a conversation from a user's recent list.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn delete_recent_contact(
        &self,
        request: &tim_protocol::recentcontact::DeleteRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/get_appid_group_list`: Lists one page of the app's group IDs.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_appid_group_list(
        &self,
        request: &tim_protocol::group::GetAppidGroupListRequest,
    ) -> Result<tim_protocol::group::GetAppidGroupListResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/create_group`: Creates a group, optionally with an owner and initial members.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn create_group(
        &self,
        request: &tim_protocol::group::CreateGroupRequest,
    ) -> Result<tim_protocol::group::CreateGroupResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/get_group_info`: Reads the profiles of up to 50 groups.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_group_info(
        &self,
        request: &tim_protocol::group::GetGroupInfoRequest,
    ) -> Result<tim_protocol::group::GetGroupInfoResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/get_group_member_info`: Reads one page of a group's member profiles.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_group_member_info(
        &self,
        request: &tim_protocol::group::GetGroupMemberInfoRequest,
    ) -> Result<tim_protocol::group::GetGroupMemberInfoResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/modify_group_base_info`: Changes a group's profile fields.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn modify_group_base_info(
        &self,
        request: &tim_protocol::group::ModifyGroupBaseInfoRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/add_group_member`: Adds up to 300 members to a group.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn add_group_member(
        &self,
        request: &tim_protocol::group::AddGroupMemberRequest,
    ) -> Result<tim_protocol::group::MemberListResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/delete_group_member`: Removes up to 100 members from a group.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn delete_group_member(
        &self,
        request: &tim_protocol::group::DeleteGroupMemberRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/modify_group_member_info`: Changes one member's role, message flag, name card, custom fields or mute.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn modify_group_member_info(
        &self,
        request: &tim_protocol::group::ModifyGroupMemberInfoRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/destroy_group`: Disbands a group.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn destroy_group(
        &self,
        request: &tim_protocol::group::DestroyGroupRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/get_joined_group_list`: Lists the groups a user has joined.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_joined_group_list(
        &self,
        request: &tim_protocol::group::GetJoinedGroupListRequest,
    ) -> Result<tim_protocol::group::GetJoinedGroupListResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/get_role_in_group`: Reads the roles of up to 500 users in a group.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_role_in_group(
        &self,
        request: &tim_protocol::group::GetRoleInGroupRequest,
    ) -> Result<tim_protocol::group::GetRoleInGroupResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/forbid_send_msg`: Mutes (for a time) or unmutes up to 500 members.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn forbid_send_msg(
        &self,
        request: &tim_protocol::group::ForbidSendMsgRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/get_group_muted_account`: Lists a group's muted members.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_group_muted_account(
        &self,
        request: &tim_protocol::group::GetGroupMutedAccountRequest,
    ) -> Result<tim_protocol::group::GetGroupMutedAccountResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/send_group_msg`: Sends an ordinary message to a group.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn send_group_msg(
        &self,
        request: &tim_protocol::group::SendGroupMsgRequest,
    ) -> Result<tim_protocol::group::SendGroupMsgResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/send_broadcast_msg`: Broadcasts a message to every audio-video group of the app.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn send_broadcast_msg(
        &self,
        request: &tim_protocol::group::SendBroadcastMsgRequest,
    ) -> Result<tim_protocol::group::SendBroadcastMsgResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/import_group_msg`: Imports up to 7 historical group messages without webhooks or notices.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn import_group_msg(
        &self,
        request: &tim_protocol::group::ImportGroupMsgRequest,
    ) -> Result<tim_protocol::group::ImportGroupMsgResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/group_msg_get_simple`: Reads one page (up to 20) of a group's message history, newest first.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn group_msg_get_simple(
        &self,
        request: &tim_protocol::group::GroupMsgGetSimpleRequest,
    ) -> Result<tim_protocol::group::GroupMsgGetSimpleResponse, Error> {
        self.send(request)
    }

    /// `v4/openim/modify_group_msg`: Overwrites the body or custom data of a group message in the history.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn modify_group_msg(
        &self,
        request: &tim_protocol::group::ModifyGroupMsgRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/send_group_system_notification`: Sends a system notice to all or some members.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn send_group_system_notification(
        &self,
        request: &tim_protocol::group::SendGroupSystemNotificationRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/group_msg_recall`: Recalls up to 10 group messages.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn group_msg_recall(
        &self,
        request: &tim_protocol::group::GroupMsgRecallRequest,
    ) -> Result<tim_protocol::group::GroupMsgRecallResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/change_group_owner`: Makes a member the group's owner.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn change_group_owner(
        &self,
        request: &tim_protocol::group::ChangeGroupOwnerRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/import_group`: Imports a group's profile without webhooks or notices.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn import_group(
        &self,
        request: &tim_protocol::group::ImportGroupRequest,
    ) -> Result<tim_protocol::group::ImportGroupResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/import_group_member`: Imports up to 500 members without webhooks or notices.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn import_group_member(
        &self,
        request: &tim_protocol::group::ImportGroupMemberRequest,
    ) -> Result<tim_protocol::group::MemberListResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/set_unread_msg_num`: Sets a member's unread message count.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn set_unread_msg_num(
        &self,
        request: &tim_protocol::group::SetUnreadMsgNumRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/delete_group_msg_by_sender`: Deletes every message a user sent in a group.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn delete_group_msg_by_sender(
        &self,
        request: &tim_protocol::group::DeleteGroupMsgBySenderRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/clear_group_msg`: Clears a group's message history, all of it or up to a MsgSeq.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn clear_group_msg(
        &self,
        request: &tim_protocol::group::ClearGroupMsgRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/get_online_member_num`: Counts the online members of an audio-video group.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_online_member_num(
        &self,
        request: &tim_protocol::group::GetOnlineMemberNumRequest,
    ) -> Result<tim_protocol::group::GetOnlineMemberNumResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_attr_http_svc/get_group_attr`: Reads a group's custom attributes.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_group_attr(
        &self,
        request: &tim_protocol::group::GetGroupAttrRequest,
    ) -> Result<tim_protocol::group::GetGroupAttrResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/modify_group_attr`: Adds or changes some of a group's custom attributes.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn modify_group_attr(
        &self,
        request: &tim_protocol::group::ModifyGroupAttrRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/clear_group_attr`: Removes all of a group's custom attributes.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn clear_group_attr(
        &self,
        request: &tim_protocol::group::ClearGroupAttrRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/set_group_attr`: Replaces all of a group's custom attributes.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn set_group_attr(
        &self,
        request: &tim_protocol::group::SetGroupAttrRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/delete_group_attr`: Deletes some of a group's custom attributes by key.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn delete_group_attr(
        &self,
        request: &tim_protocol::group::DeleteGroupAttrRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/ban_group_member`: Bans up to 20 members of an audio-video group for a while.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn ban_group_member(
        &self,
        request: &tim_protocol::group::BanGroupMemberRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/unban_group_member`: Lifts the bans of up to 20 members of an audio-video group.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn unban_group_member(
        &self,
        request: &tim_protocol::group::UnbanGroupMemberRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/get_group_ban_member`: Reads one page of an audio-video group's banned members.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_group_ban_member(
        &self,
        request: &tim_protocol::group::GetGroupBanMemberRequest,
    ) -> Result<tim_protocol::group::GetGroupBanMemberResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/add_topic_permission_group`: Gives a Community's permission group permissions in up to 50 topics.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn add_topic_permission_group(
        &self,
        request: &tim_protocol::group::AddTopicPermissionGroupRequest,
    ) -> Result<tim_protocol::group::TopicPermissionResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/get_topic_permission_group`: Reads a Community permission group's permissions in its topics.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_topic_permission_group(
        &self,
        request: &tim_protocol::group::GetTopicPermissionGroupRequest,
    ) -> Result<tim_protocol::group::TopicPermissionResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/get_group_counter`: Reads a group's counters.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_group_counter(
        &self,
        request: &tim_protocol::group::GetGroupCounterRequest,
    ) -> Result<tim_protocol::group::GroupCounterResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/update_group_counter`: Sets, increases or decreases up to 20 of a group's counters.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn update_group_counter(
        &self,
        request: &tim_protocol::group::UpdateGroupCounterRequest,
    ) -> Result<tim_protocol::group::GroupCounterResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/delete_group_counter`: Deletes some of a group's counters.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn delete_group_counter(
        &self,
        request: &tim_protocol::group::DeleteGroupCounterRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/get_group_msg_receipt`: Reads the read and unread counts of group messages.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_group_msg_receipt(
        &self,
        request: &tim_protocol::group::GetGroupMsgReceiptRequest,
    ) -> Result<tim_protocol::group::GetGroupMsgReceiptResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/get_group_msg_receipt_detail`: Reads one page of the members who have, or have not, read a group message.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_group_msg_receipt_detail(
        &self,
        request: &tim_protocol::group::GetGroupMsgReceiptDetailRequest,
    ) -> Result<tim_protocol::group::GetGroupMsgReceiptDetailResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/group_msg_receipt`: Sends the read receipts of group messages on behalf of one member.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn group_msg_receipt(
        &self,
        request: &tim_protocol::group::GroupMsgReceiptRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/import_topic`: Imports a Community topic's profile without webhooks or notices.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn import_topic(
        &self,
        request: &tim_protocol::group::ImportTopicRequest,
    ) -> Result<tim_protocol::group::TopicIdResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/create_permission_group`: Creates a permission group in a Community.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn create_permission_group(
        &self,
        request: &tim_protocol::group::CreatePermissionGroupRequest,
    ) -> Result<tim_protocol::group::CreatePermissionGroupResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/destroy_permission_group`: Terminates up to 20 permission groups of a Community.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn destroy_permission_group(
        &self,
        request: &tim_protocol::group::DestroyPermissionGroupRequest,
    ) -> Result<tim_protocol::group::PermissionGroupResultsResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/modify_permission_group`: Changes a permission group's name, permission bits or custom field.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn modify_permission_group(
        &self,
        request: &tim_protocol::group::ModifyPermissionGroupRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/get_permission_group`: Reads a Community's permission groups, one page (up to 20) or given IDs.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_permission_group(
        &self,
        request: &tim_protocol::group::GetPermissionGroupRequest,
    ) -> Result<tim_protocol::group::GetPermissionGroupResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/set_topic_permission_group`: Changes a permission group's permissions in some topics.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn set_topic_permission_group(
        &self,
        request: &tim_protocol::group::SetTopicPermissionGroupRequest,
    ) -> Result<tim_protocol::group::TopicPermissionResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/delete_topic_permission_group`: Takes away a permission group's permissions in some topics.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn delete_topic_permission_group(
        &self,
        request: &tim_protocol::group::DeleteTopicPermissionGroupRequest,
    ) -> Result<tim_protocol::group::TopicPermissionResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/add_permission_group_member`: Adds up to 100 Community members to a permission group.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn add_permission_group_member(
        &self,
        request: &tim_protocol::group::AddPermissionGroupMemberRequest,
    ) -> Result<tim_protocol::group::PermissionGroupMembersResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/delete_permission_group_member`: Removes up to 100 members from a permission group.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn delete_permission_group_member(
        &self,
        request: &tim_protocol::group::DeletePermissionGroupMemberRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/get_permission_group_member_list`: Reads one page of a permission group's members.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_permission_group_member_list(
        &self,
        request: &tim_protocol::group::GetPermissionGroupMemberListRequest,
    ) -> Result<tim_protocol::group::GetPermissionGroupMemberListResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_http_svc/get_specified_group_member_info`: Reads the profiles of up to 50 given members of a group.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_specified_group_member_info(
        &self,
        request: &tim_protocol::group::GetSpecifiedGroupMemberInfoRequest,
    ) -> Result<tim_protocol::group::GetGroupMemberInfoResponse, Error> {
        self.send(request)
    }

    /// `v4/openim/delete_c2c_msg_ramble`: Deletes one-to-one messages from one side's history; the peer still sees them.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn delete_c2c_msg_ramble(
        &self,
        request: &tim_protocol::openim::DeleteC2cMsgRambleRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/million_group_open_http_svc/create_topic`: Creates a topic in a topic-enabled Community.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn create_topic(
        &self,
        request: &tim_protocol::group::CreateTopicRequest,
    ) -> Result<tim_protocol::group::TopicIdResponse, Error> {
        self.send(request)
    }

    /// `v4/million_group_open_http_svc/destroy_topic`: Deletes topics of a Community.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn destroy_topic(
        &self,
        request: &tim_protocol::group::DestroyTopicRequest,
    ) -> Result<tim_protocol::group::DestroyTopicResponse, Error> {
        self.send(request)
    }

    /// `v4/million_group_open_http_svc/get_topic`: Reads the profiles of a Community's topics and a member's state in each.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_topic(
        &self,
        request: &tim_protocol::group::GetTopicRequest,
    ) -> Result<tim_protocol::group::GetTopicResponse, Error> {
        self.send(request)
    }

    /// `v4/million_group_open_http_svc/modify_topic`: Changes a topic's profile.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn modify_topic(
        &self,
        request: &tim_protocol::group::ModifyTopicRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/million_group_open_http_svc/get_online_member_num`: Counts the online members of a Community (updated every 4 minutes).
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_community_online_member_num(
        &self,
        request: &tim_protocol::group::GetCommunityOnlineMemberNumRequest,
    ) -> Result<tim_protocol::group::GetOnlineMemberNumResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_avchatroom_http_svc/get_members`: Reads one page of an audio-video group's online members.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_avchatroom_members(
        &self,
        request: &tim_protocol::group::GetMembersRequest,
    ) -> Result<tim_protocol::group::GetMembersResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_avchatroom_http_svc/modify_user_info`: Sets or removes marks of up to 500 online members of an audio-video group.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn modify_avchatroom_member_marks(
        &self,
        request: &tim_protocol::group::ModifyUserInfoRequest,
    ) -> Result<tim_protocol::group::ModifyUserInfoResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_avchatroom_http_svc/check_members`: Tells which of some users are in an audio-video group.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn check_avchatroom_members(
        &self,
        request: &tim_protocol::group::CheckMembersRequest,
    ) -> Result<tim_protocol::group::CheckMembersResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_avchatroom_http_svc/modify_admin`: Sets or removes up to 5 administrators of an audio-video group.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn modify_avchatroom_admins(
        &self,
        request: &tim_protocol::group::ModifyAdminRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_avchatroom_http_svc/get_admin_list`: Lists the administrators of an audio-video group.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_avchatroom_admins(
        &self,
        request: &tim_protocol::group::GetAdminListRequest,
    ) -> Result<tim_protocol::group::GetAdminListResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_avchatroom_http_svc/add_robots`: Puts robot accounts on an audio-video group's online member list (mark 500).
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn add_avchatroom_robots(
        &self,
        request: &tim_protocol::group::AddRobotsRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/group_open_avchatroom_http_svc/del_robots`: Takes robot accounts off an audio-video group's online member list.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn del_avchatroom_robots(
        &self,
        request: &tim_protocol::group::DelRobotsRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/openim_msg_ext_http_svc/group_get_key_values`: Reads one page of a group message's extension key-value pairs.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_group_key_values(
        &self,
        request: &tim_protocol::group::GroupGetKeyValuesRequest,
    ) -> Result<tim_protocol::openim::KeyValuesResponse, Error> {
        self.send(request)
    }

    /// `v4/openim_msg_ext_http_svc/group_set_key_values`: Sets, deletes or clears a group message's extension key-value pairs.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn set_group_key_values(
        &self,
        request: &tim_protocol::group::GroupSetKeyValuesRequest,
    ) -> Result<tim_protocol::openim::ExtensionResultsResponse, Error> {
        self.send(request)
    }

    /// `v4/openim/sendmsg`: Sends a one-to-one message to one user.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn sendmsg(
        &self,
        request: &tim_protocol::openim::SendmsgRequest,
    ) -> Result<tim_protocol::openim::SendmsgResponse, Error> {
        self.send(request)
    }

    /// `v4/openim/batchsendmsg`: Sends a one-to-one message to up to 500 users.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn batchsendmsg(
        &self,
        request: &tim_protocol::openim::BatchsendmsgRequest,
    ) -> Result<tim_protocol::openim::BatchsendmsgResponse, Error> {
        self.send(request)
    }

    /// `v4/openim/importmsg`: Imports one historical one-to-one message.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn importmsg(
        &self,
        request: &tim_protocol::openim::ImportmsgRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/openim/admin_getroammsg`: Reads one page of a one-to-one conversation's history.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn admin_getroammsg(
        &self,
        request: &tim_protocol::openim::AdminGetroammsgRequest,
    ) -> Result<tim_protocol::openim::AdminGetroammsgResponse, Error> {
        self.send(request)
    }

    /// `v4/openim/admin_msgwithdraw`: Recalls a one-to-one message by its MsgKey.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn admin_msgwithdraw(
        &self,
        request: &tim_protocol::openim::AdminMsgwithdrawRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/openim/admin_set_msg_read`: Marks a user's one-to-one conversation read.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn admin_set_msg_read(
        &self,
        request: &tim_protocol::openim::AdminSetMsgReadRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/openim/c2c_msg_read_receipt`: Sends read receipts for one-to-one messages a user received.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn c2c_msg_read_receipt(
        &self,
        request: &tim_protocol::openim::C2cMsgReadReceiptRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/openim/get_c2c_unread_msg_num`: Reads a user's unread one-to-one message counts.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_c2c_unread_msg_num(
        &self,
        request: &tim_protocol::openim::GetC2cUnreadMsgNumRequest,
    ) -> Result<tim_protocol::openim::GetC2cUnreadMsgNumResponse, Error> {
        self.send(request)
    }

    /// `v4/openim/query_online_status`: Reads the login status of up to 500 users.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn query_online_status(
        &self,
        request: &tim_protocol::openim::QueryOnlineStatusRequest,
    ) -> Result<tim_protocol::openim::QueryOnlineStatusResponse, Error> {
        self.send(request)
    }

    /// `v4/openim/modify_c2c_msg`: Overwrites the body or custom data of a stored one-to-one message.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn modify_c2c_msg(
        &self,
        request: &tim_protocol::openim::ModifyC2cMsgRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/openim_msg_ext_http_svc/get_key_values`: Reads one page of a one-to-one message's extension key-value pairs.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_c2c_key_values(
        &self,
        request: &tim_protocol::openim::GetKeyValuesRequest,
    ) -> Result<tim_protocol::openim::KeyValuesResponse, Error> {
        self.send(request)
    }

    /// `v4/openim_msg_ext_http_svc/set_key_values`: Sets, deletes or clears a one-to-one message's extension key-value pairs.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn set_c2c_key_values(
        &self,
        request: &tim_protocol::openim::SetKeyValuesRequest,
    ) -> Result<tim_protocol::openim::ExtensionResultsResponse, Error> {
        self.send(request)
    }

    /// `v4/profile/portrait_set`: Writes standard and custom fields of a user's profile.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn portrait_set(
        &self,
        request: &tim_protocol::profile::PortraitSetRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/profile/portrait_get`: Reads profile fields of up to 100 users.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn portrait_get(
        &self,
        request: &tim_protocol::profile::PortraitGetRequest,
    ) -> Result<tim_protocol::profile::PortraitGetResponse, Error> {
        self.send(request)
    }

    /// `v4/sns/friend_add`: Adds up to 100 friends to a user, one-way or two-way.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn friend_add(
        &self,
        request: &tim_protocol::sns::FriendAddRequest,
    ) -> Result<tim_protocol::sns::ResultsResponse, Error> {
        self.send(request)
    }

    /// `v4/sns/friend_import`: Imports one-way friends of a user with their remark, lists, times and custom fields.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn friend_import(
        &self,
        request: &tim_protocol::sns::FriendImportRequest,
    ) -> Result<tim_protocol::sns::ResultsResponse, Error> {
        self.send(request)
    }

    /// `v4/sns/friend_update`: Sets the remark, friend lists or custom fields of a user's friends.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn friend_update(
        &self,
        request: &tim_protocol::sns::FriendUpdateRequest,
    ) -> Result<tim_protocol::sns::ResultsResponse, Error> {
        self.send(request)
    }

    /// `v4/sns/friend_delete`: Deletes up to 1000 of a user's friends, one-way or two-way.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn friend_delete(
        &self,
        request: &tim_protocol::sns::FriendDeleteRequest,
    ) -> Result<tim_protocol::sns::ResultsResponse, Error> {
        self.send(request)
    }

    /// `v4/sns/friend_delete_all`: Deletes all of a user's friends, one-way or two-way.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn friend_delete_all(
        &self,
        request: &tim_protocol::sns::FriendDeleteAllRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/sns/friend_check`: Tells how up to 1000 users and a user are friends.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn friend_check(
        &self,
        request: &tim_protocol::sns::FriendCheckRequest,
    ) -> Result<tim_protocol::sns::FriendCheckResponse, Error> {
        self.send(request)
    }

    /// `v4/sns/friend_get`: Reads one page of a user's friends and their friend fields.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn friend_get(
        &self,
        request: &tim_protocol::sns::FriendGetRequest,
    ) -> Result<tim_protocol::sns::FriendGetResponse, Error> {
        self.send(request)
    }

    /// `v4/sns/friend_get_list`: Reads friend and profile fields of given friends of a user.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn friend_get_list(
        &self,
        request: &tim_protocol::sns::FriendGetListRequest,
    ) -> Result<tim_protocol::sns::FriendGetListResponse, Error> {
        self.send(request)
    }

    /// `v4/sns/black_list_add`: Adds up to 1000 users to a user's blocklist.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn black_list_add(
        &self,
        request: &tim_protocol::sns::BlackListAddRequest,
    ) -> Result<tim_protocol::sns::ResultsResponse, Error> {
        self.send(request)
    }

    /// `v4/sns/black_list_delete`: Removes up to 1000 users from a user's blocklist.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn black_list_delete(
        &self,
        request: &tim_protocol::sns::BlackListDeleteRequest,
    ) -> Result<tim_protocol::sns::ResultsResponse, Error> {
        self.send(request)
    }

    /// `v4/sns/black_list_get`: Reads one page of a user's blocklist.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn black_list_get(
        &self,
        request: &tim_protocol::sns::BlackListGetRequest,
    ) -> Result<tim_protocol::sns::BlackListGetResponse, Error> {
        self.send(request)
    }

    /// `v4/sns/black_list_check`: Tells who blocks whom between a user and up to 1000 users.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn black_list_check(
        &self,
        request: &tim_protocol::sns::BlackListCheckRequest,
    ) -> Result<tim_protocol::sns::BlackListCheckResponse, Error> {
        self.send(request)
    }

    /// `v4/sns/group_add`: Creates friend lists for a user, optionally putting friends in them.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn friend_group_add(
        &self,
        request: &tim_protocol::sns::GroupAddRequest,
    ) -> Result<tim_protocol::sns::GroupAddResponse, Error> {
        self.send(request)
    }

    /// `v4/sns/group_delete`: Deletes friend lists of a user.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn friend_group_delete(
        &self,
        request: &tim_protocol::sns::GroupDeleteRequest,
    ) -> Result<tim_protocol::sns::GroupDeleteResponse, Error> {
        self.send(request)
    }

    /// `v4/sns/group_get`: Reads a user's friend lists, optionally with their friends.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn friend_group_get(
        &self,
        request: &tim_protocol::sns::GroupGetRequest,
    ) -> Result<tim_protocol::sns::GroupGetResponse, Error> {
        self.send(request)
    }

    /// `v4/follow/follow_add`: Makes a user follow up to 20 users.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn follow_add(
        &self,
        request: &tim_protocol::follow::FollowAddRequest,
    ) -> Result<tim_protocol::sns::ResultsResponse, Error> {
        self.send(request)
    }

    /// `v4/follow/follow_delete`: Makes a user unfollow up to 20 users.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn follow_delete(
        &self,
        request: &tim_protocol::follow::FollowDeleteRequest,
    ) -> Result<tim_protocol::sns::ResultsResponse, Error> {
        self.send(request)
    }

    /// `v4/follow/follow_get`: Reads one page (up to 1000) of a user's followers, followings or mutual follows.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn follow_get(
        &self,
        request: &tim_protocol::follow::FollowGetRequest,
    ) -> Result<tim_protocol::follow::FollowGetResponse, Error> {
        self.send(request)
    }

    /// `v4/follow/follow_check`: Tells how a user and up to 100 users follow each other.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn follow_check(
        &self,
        request: &tim_protocol::follow::FollowCheckRequest,
    ) -> Result<tim_protocol::follow::FollowCheckResponse, Error> {
        self.send(request)
    }

    /// `v4/follow/follow_get_info`: Reads the follower, following and mutual-follow counts of up to 20 users.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn follow_get_info(
        &self,
        request: &tim_protocol::follow::FollowGetInfoRequest,
    ) -> Result<tim_protocol::follow::FollowGetInfoResponse, Error> {
        self.send(request)
    }

    /// `v4/openconfigsvr/getappinfo`: Reads the app's operations data of the last 30 days.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn getappinfo(
        &self,
        request: &tim_protocol::openconfig::GetappinfoRequest,
    ) -> Result<tim_protocol::openconfig::GetappinfoResponse, Error> {
        self.send(request)
    }

    /// `v4/openconfigsvr/getnospeaking`: Reads a user's global mute periods for one-to-one and group messages.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn getnospeaking(
        &self,
        request: &tim_protocol::openconfig::GetnospeakingRequest,
    ) -> Result<tim_protocol::openconfig::GetnospeakingResponse, Error> {
        self.send(request)
    }

    /// `v4/openconfigsvr/setnospeaking`: Mutes (for a time or for ever) or unmutes a user in all one-to-one or all group messages.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn setnospeaking(
        &self,
        request: &tim_protocol::openconfig::SetnospeakingRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/im_msg_audit_mgr/add_cloud_audit_keywords`: Adds blocked words to a keyword library of cloud moderation.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn add_cloud_audit_keywords(
        &self,
        request: &tim_protocol::moderation::AddCloudAuditKeywordsRequest,
    ) -> Result<tim_protocol::moderation::AddCloudAuditKeywordsResponse, Error> {
        self.send(request)
    }

    /// `v4/im_msg_audit_mgr/delete_cloud_audit_keywords`: Deletes up to 10 blocked words from a keyword library of cloud moderation.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn delete_cloud_audit_keywords(
        &self,
        request: &tim_protocol::moderation::DeleteCloudAuditKeywordsRequest,
    ) -> Result<tim_protocol::moderation::DeleteCloudAuditKeywordsResponse, Error> {
        self.send(request)
    }

    /// `v4/im_msg_audit_mgr/get_cloud_audit_keywords_ids`: Reads one page (up to 100) of the app's keyword libraries of cloud moderation.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_cloud_audit_keywords_ids(
        &self,
        request: &tim_protocol::moderation::GetCloudAuditKeywordsIdsRequest,
    ) -> Result<tim_protocol::moderation::GetCloudAuditKeywordsIdsResponse, Error> {
        self.send(request)
    }

    /// `v4/im_msg_audit_mgr/get_cloud_audit_keywords`: Reads one page (up to 100) of a keyword library's blocked words, or those matching a text.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_cloud_audit_keywords(
        &self,
        request: &tim_protocol::moderation::GetCloudAuditKeywordsRequest,
    ) -> Result<tim_protocol::moderation::GetCloudAuditKeywordsResponse, Error> {
        self.send(request)
    }

    /// `v4/official_account_open_http_svc/create_official_account`: Creates an official account, with a custom ID or one the service picks.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn create_official_account(
        &self,
        request: &tim_protocol::official_account::CreateOfficialAccountRequest,
    ) -> Result<tim_protocol::official_account::CreateOfficialAccountResponse, Error> {
        self.send(request)
    }

    /// `v4/official_account_open_http_svc/destroy_official_account`: Destroys an official account.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn destroy_official_account(
        &self,
        request: &tim_protocol::official_account::DestroyOfficialAccountRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/official_account_open_http_svc/modify_official_account_base_info`: Changes an official account's name, avatar, introduction and other profile fields.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn modify_official_account_base_info(
        &self,
        request: &tim_protocol::official_account::ModifyOfficialAccountBaseInfoRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/official_account_open_http_svc/get_official_account_info`: Reads the profiles of up to 50 official accounts.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_official_account_info(
        &self,
        request: &tim_protocol::official_account::GetOfficialAccountInfoRequest,
    ) -> Result<tim_protocol::official_account::GetOfficialAccountInfoResponse, Error> {
        self.send(request)
    }

    /// `v4/official_account_open_http_svc/add_subscriber`: Makes up to 100 users subscribe to an official account.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn add_subscriber(
        &self,
        request: &tim_protocol::official_account::AddSubscriberRequest,
    ) -> Result<tim_protocol::official_account::SubscriberResultsResponse, Error> {
        self.send(request)
    }

    /// `v4/official_account_open_http_svc/delete_subscriber`: Removes users from an official account's subscribers.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn delete_subscriber(
        &self,
        request: &tim_protocol::official_account::DeleteSubscriberRequest,
    ) -> Result<tim_protocol::official_account::SubscriberResultsResponse, Error> {
        self.send(request)
    }

    /// `v4/official_account_open_http_svc/get_subscriber_info`: Reads one page (up to 200) of an official account's subscribers.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_subscriber_info(
        &self,
        request: &tim_protocol::official_account::GetSubscriberInfoRequest,
    ) -> Result<tim_protocol::official_account::GetSubscriberInfoResponse, Error> {
        self.send(request)
    }

    /// `v4/official_account_open_http_svc/modify_subscriber_info`: Changes a subscriber's custom field.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn modify_subscriber_info(
        &self,
        request: &tim_protocol::official_account::ModifySubscriberInfoRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/official_account_open_http_svc/get_subscribed_official_account_list`: Reads one page (up to 200) of the official accounts a user subscribes to.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_subscribed_official_account_list(
        &self,
        request: &tim_protocol::official_account::GetSubscribedOfficialAccountListRequest,
    ) -> Result<tim_protocol::official_account::GetSubscribedOfficialAccountListResponse, Error> {
        self.send(request)
    }

    /// `v4/official_account_open_http_svc/send_official_account_msg`: Broadcasts a message from an official account to its subscribers.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn send_official_account_msg(
        &self,
        request: &tim_protocol::official_account::SendOfficialAccountMsgRequest,
    ) -> Result<tim_protocol::official_account::SendOfficialAccountMsgResponse, Error> {
        self.send(request)
    }

    /// `v4/official_account_open_http_svc/official_account_msg_get_simple`: Reads one page of an official account's messages, newest first.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn official_account_msg_get_simple(
        &self,
        request: &tim_protocol::official_account::OfficialAccountMsgGetSimpleRequest,
    ) -> Result<tim_protocol::official_account::OfficialAccountMsgGetSimpleResponse, Error> {
        self.send(request)
    }

    /// `v4/official_account_open_http_svc/official_account_msg_recall`: Recalls up to 10 of an official account's messages.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn official_account_msg_recall(
        &self,
        request: &tim_protocol::official_account::OfficialAccountMsgRecallRequest,
    ) -> Result<tim_protocol::official_account::OfficialAccountMsgRecallResponse, Error> {
        self.send(request)
    }

    /// `v4/openim_robot_http_svc/create_robot`: Creates a chatbot account (a UserID starting with @RBT#).
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn create_robot(
        &self,
        request: &tim_protocol::robot::CreateRobotRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/openim_robot_http_svc/delete_robot`: Makes a chatbot account invalid (its UserID is kept).
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn delete_robot(
        &self,
        request: &tim_protocol::robot::DeleteRobotRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/openim_robot_http_svc/get_all_robots`: Lists the app's chatbot accounts.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_all_robots(
        &self,
        request: &tim_protocol::robot::GetAllRobotsRequest,
    ) -> Result<tim_protocol::robot::GetAllRobotsResponse, Error> {
        self.send(request)
    }

    /// `v4/openim_robot_http_svc/send_stream_msg`: Sends one chunk of a chatbot's streaming text message.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn send_stream_msg(
        &self,
        request: &tim_protocol::robot::SendStreamMsgRequest,
    ) -> Result<tim_protocol::robot::SendStreamMsgResponse, Error> {
        self.send(request)
    }

    /// `v4/open_msg_svc/get_history`: Reads the download links of one hour's archive of one-to-one or group messages.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_history(
        &self,
        request: &tim_protocol::operations::GetHistoryRequest,
    ) -> Result<tim_protocol::operations::GetHistoryResponse, Error> {
        self.send(request)
    }

    /// `v4/ConfigSvc/GetIPList`: Reads the IP addresses and ranges of the service (SDK access and webhooks).
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_ip_list(
        &self,
        request: &tim_protocol::operations::GetIpListRequest,
    ) -> Result<tim_protocol::operations::GetIpListResponse, Error> {
        self.send(request)
    }

    /// `v4/im_msg_audit/content_moderation`: Moderates one text, image, audio or video on demand.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn content_moderation(
        &self,
        request: &tim_protocol::moderation::ContentModerationRequest,
    ) -> Result<tim_protocol::moderation::ContentModerationResponse, Error> {
        self.send(request)
    }

    /// `v4/im_msg_audit/batch_content_moderation`: Moderates up to 10 texts and images on demand.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn batch_content_moderation(
        &self,
        request: &tim_protocol::moderation::BatchContentModerationRequest,
    ) -> Result<tim_protocol::moderation::BatchContentModerationResponse, Error> {
        self.send(request)
    }

    /// `v4/all_member_push/im_push`: Pushes a message to every account, or to those with given tags or attributes.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn im_push(
        &self,
        request: &tim_protocol::push::ImPushRequest,
    ) -> Result<tim_protocol::push::PushTaskResponse, Error> {
        self.send(request)
    }

    /// `v4/all_member_push/im_set_attr_name`: Names the app's push attributes (numbers 0 to 9).
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn im_set_attr_name(
        &self,
        request: &tim_protocol::push::ImSetAttrNameRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/all_member_push/im_get_attr_name`: Reads the names of the app's push attributes.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn im_get_attr_name(
        &self,
        request: &tim_protocol::push::ImGetAttrNameRequest,
    ) -> Result<tim_protocol::push::AttrNamesResponse, Error> {
        self.send(request)
    }

    /// `v4/all_member_push/im_get_attr`: Reads the push attributes of up to 100 users.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn im_get_attr(
        &self,
        request: &tim_protocol::push::ImGetAttrRequest,
    ) -> Result<tim_protocol::push::ImGetAttrResponse, Error> {
        self.send(request)
    }

    /// `v4/all_member_push/im_set_attr`: Sets push attribute values of up to 100 users.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn im_set_attr(
        &self,
        request: &tim_protocol::push::ImSetAttrRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/all_member_push/im_remove_attr`: Removes push attributes from up to 100 users.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn im_remove_attr(
        &self,
        request: &tim_protocol::push::ImRemoveAttrRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/all_member_push/im_get_tag`: Reads the tags of up to 100 users.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn im_get_tag(
        &self,
        request: &tim_protocol::push::ImGetTagRequest,
    ) -> Result<tim_protocol::push::UserTagsResponse, Error> {
        self.send(request)
    }

    /// `v4/all_member_push/im_add_tag`: Adds up to 10 tags to each of up to 100 users.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn im_add_tag(
        &self,
        request: &tim_protocol::push::ImAddTagRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/all_member_push/im_remove_tag`: Removes tags from up to 100 users.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn im_remove_tag(
        &self,
        request: &tim_protocol::push::ImRemoveTagRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/all_member_push/im_remove_all_tags`: Removes every tag of up to 100 users.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn im_remove_all_tags(
        &self,
        request: &tim_protocol::push::ImRemoveAllTagsRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/timpush/push`: Pushes a notification or message to every account, or to those with given tags or attributes.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn timpush_push(
        &self,
        request: &tim_protocol::push::TimpushPushRequest,
    ) -> Result<tim_protocol::push::PushTaskResponse, Error> {
        self.send(request)
    }

    /// `v4/timpush/revoke`: Recalls a push of the last 24 hours: stops it, recalls its messages, overwrites its notification.
    ///
    /// Not idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) ends the call with [`Error::OutcomeUnknown`](crate::Error::OutcomeUnknown), unless the retry policy opts in.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn timpush_revoke(
        &self,
        request: &tim_protocol::push::TimpushRevokeRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/timpush/all_member_push_trace`: Reads how a push reached one user, device by device.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn all_member_push_trace(
        &self,
        request: &tim_protocol::push::AllMemberPushTraceRequest,
    ) -> Result<tim_protocol::push::AllMemberPushTraceResponse, Error> {
        self.send(request)
    }

    /// `v4/timpush/set_attr_name`: Names the app's push attributes and the kind of account each is set on.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn timpush_set_attr_name(
        &self,
        request: &tim_protocol::push::TimpushSetAttrNameRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/timpush/get_attr_name`: Reads the names of the app's push attributes and their account kinds.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn timpush_get_attr_name(
        &self,
        request: &tim_protocol::push::TimpushGetAttrNameRequest,
    ) -> Result<tim_protocol::push::AttrNamesResponse, Error> {
        self.send(request)
    }

    /// `v4/timpush/get_tag`: Reads the tags of up to 100 accounts (UserIDs or RegistrationIDs).
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn timpush_get_tag(
        &self,
        request: &tim_protocol::push::TimpushGetTagRequest,
    ) -> Result<tim_protocol::push::UserTagsResponse, Error> {
        self.send(request)
    }

    /// `v4/im_cos_msg/forbid_illegal_object`: Bans a rich-media file of a chat message (uploaded through the IM SDKs).
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn forbid_illegal_object(
        &self,
        request: &tim_protocol::cos_msg::ForbidIllegalObjectRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/im_cos_msg/allow_banned_object`: Lifts the ban on a rich-media file of a chat message.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn allow_banned_object(
        &self,
        request: &tim_protocol::cos_msg::AllowBannedObjectRequest,
    ) -> Result<tim_protocol::EnvelopeOnlyResponse, Error> {
        self.send(request)
    }

    /// `v4/im_cos_msg/get_cos_sig`: Reads full-control signed URLs (15 minutes) and the status of chat files.
    ///
    /// Idempotent: an attempt whose outcome is unknown (a timeout, a lost reply) is retried.
    ///
    /// Validates the request (nothing is sent if that fails), then sends it as [`send`](Self::send) does.
    pub fn get_cos_sig(
        &self,
        request: &tim_protocol::cos_msg::GetCosSigRequest,
    ) -> Result<tim_protocol::cos_msg::GetCosSigResponse, Error> {
        self.send(request)
    }
}
