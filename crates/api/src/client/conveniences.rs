//! The conveniences: the common calls, built from arguments instead of a
//! request (the request types' constructors do the building).
//!
//! Written for the async client; `cargo xtask codegen` writes the blocking
//! client's copy (`blocking/conveniences.rs`) from this file, so the two say
//! the same.

use tim_protocol::follow::{FollowAddRequest, FollowDeleteRequest};
use tim_protocol::group::{AddGroupMemberRequest, CreateGroupRequest, GroupType, SendGroupMsgRequest};
use tim_protocol::message::MsgElement;
use tim_protocol::official_account::{SendOfficialAccountMsgRequest, SendOfficialAccountMsgResponse};
use tim_protocol::openim::{BatchsendmsgRequest, SendmsgRequest};
use tim_protocol::push::{ImPushRequest, PushCondition, PushTaskResponse};
use tim_protocol::recentcontact::{ContactEdit, UpdateContactGroupRequest};
use tim_protocol::Conversation;
use tim_transport::Transport;

use super::Client;
use crate::per_user::one_user;
use crate::Error;

impl<T: Transport> Client<T> {
    /// Renames `user`'s conversation group `old_name` to `new_name` (the
    /// seed's first sample). The group keeps its ID.
    pub async fn rename_contact_group(
        &self,
        user: &str,
        old_name: &str,
        new_name: &str,
    ) -> Result<tim_protocol::recentcontact::UpdateContactGroupResponse, Error> {
        let request = UpdateContactGroupRequest::rename(user, old_name, new_name);
        self.send(&request).await
    }

    /// Adds `conversations` to `user`'s group `group`. Per-conversation
    /// outcomes are in the reply's `ContactResultItem`; see
    /// [`failed_contacts`](tim_protocol::recentcontact::UpdateContactGroupResponse::failed_contacts).
    pub async fn add_to_contact_group(
        &self,
        user: &str,
        group: &str,
        conversations: impl IntoIterator<Item = Conversation>,
    ) -> Result<tim_protocol::recentcontact::UpdateContactGroupResponse, Error> {
        let edits = conversations.into_iter().map(ContactEdit::add);
        let request = UpdateContactGroupRequest::edit_contacts(user, group, edits);
        self.send(&request).await
    }

    /// Removes `conversations` from `user`'s group `group`.
    pub async fn remove_from_contact_group(
        &self,
        user: &str,
        group: &str,
        conversations: impl IntoIterator<Item = Conversation>,
    ) -> Result<tim_protocol::recentcontact::UpdateContactGroupResponse, Error> {
        let edits = conversations.into_iter().map(ContactEdit::remove);
        let request = UpdateContactGroupRequest::edit_contacts(user, group, edits);
        self.send(&request).await
    }

    /// Sends the text `text` from `from` to `to` (`sendmsg`), synced to
    /// `from`'s other devices. The `MsgRandom` is drawn once per call, so
    /// a retried attempt carries the same one.
    pub async fn send_text(
        &self,
        from: &str,
        to: &str,
        text: &str,
    ) -> Result<tim_protocol::openim::SendmsgResponse, Error> {
        let request = SendmsgRequest::text(from, to, text, rand::random());
        self.send(&request).await
    }

    /// Sends the text `text` from `from` to each of `to` (`batchsendmsg`,
    /// up to 500 recipients); the reply lists the recipients it failed for.
    pub async fn send_text_to_many(
        &self,
        from: &str,
        to: &[&str],
        text: &str,
    ) -> Result<tim_protocol::openim::BatchsendmsgResponse, Error> {
        let request = BatchsendmsgRequest::text(Some(from), to.iter().copied(), text, rand::random());
        self.send(&request).await
    }

    /// Creates a group of `kind` named `name`, owned by `owner`, with
    /// `members` as ordinary members (`create_group`).
    pub async fn create_group_with_members(
        &self,
        kind: GroupType,
        name: &str,
        owner: &str,
        members: &[&str],
    ) -> Result<tim_protocol::group::CreateGroupResponse, Error> {
        let request = CreateGroupRequest::with_members(kind, name, owner, members.iter().copied());
        self.send(&request).await
    }

    /// Adds `members` to the group `group_id` (`add_group_member`); the
    /// reply says, per member, whether it was added or already there.
    pub async fn add_group_members(
        &self,
        group_id: &str,
        members: &[&str],
    ) -> Result<tim_protocol::group::MemberListResponse, Error> {
        let request = AddGroupMemberRequest::new(group_id, members.iter().copied());
        self.send(&request).await
    }

    /// Sends the text `text` to the group `group_id` as the member `from`
    /// (`send_group_msg`).
    pub async fn send_group_text(
        &self,
        group_id: &str,
        from: &str,
        text: &str,
    ) -> Result<tim_protocol::group::SendGroupMsgResponse, Error> {
        let request = SendGroupMsgRequest::text(group_id, text, rand::random()).from(from);
        self.send(&request).await
    }

    /// Makes `user` follow `other` (`follow_add` for one user). The call
    /// answers per user; `other`'s refusal (30001 following oneself, 30003
    /// an unknown account, ...) comes back as [`Error::Api`] with its code.
    pub async fn follow(&self, user: &str, other: &str) -> Result<(), Error> {
        let reply = self.send(&FollowAddRequest::one(user, other)).await?;
        one_user(&reply, other)
    }

    /// Makes `user` unfollow `other` (`follow_delete` for one user), with
    /// `other`'s refusal as [`Error::Api`].
    pub async fn unfollow(&self, user: &str, other: &str) -> Result<(), Error> {
        let reply = self.send(&FollowDeleteRequest::one(user, other)).await?;
        one_user(&reply, other)
    }

    /// Pushes the text `text` to every account of the app (`im_push`, from
    /// the administrator). The service takes one push a second and 100 a
    /// day; the reply's `TaskId` names the push.
    pub async fn push_text_to_all(&self, text: &str) -> Result<PushTaskResponse, Error> {
        self.send(&ImPushRequest::text(text, rand::random())).await
    }

    /// Pushes the text `text` to the accounts tagged `tag` (`im_push` with
    /// `TagsAnd`).
    pub async fn push_text_to_tag(&self, tag: &str, text: &str) -> Result<PushTaskResponse, Error> {
        let request = ImPushRequest::text(text, rand::random()).condition(PushCondition::tags_and([tag]));
        self.send(&request).await
    }

    /// Broadcasts the text `text` from the official account `account` to
    /// its subscribers (`send_official_account_msg`); the reply's `MsgKey`
    /// recalls it.
    pub async fn send_official_account_text(
        &self,
        account: &str,
        text: &str,
    ) -> Result<SendOfficialAccountMsgResponse, Error> {
        let request = SendOfficialAccountMsgRequest::new(account, rand::random(), vec![MsgElement::text(text)]);
        self.send(&request).await
    }
}
