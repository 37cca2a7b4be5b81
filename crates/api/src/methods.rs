//! The clients' methods: one per row of the endpoint table, plus a few
//! conveniences for the common calls, written once for both clients.

/// One method per endpoint of the table ([`tim_protocol::for_each_endpoint!`]),
/// for a client whose `send` is `async` (`(async, await)` first) or blocking
/// (`()` first).
macro_rules! rows {
    ($mode:tt $({
        service: $service:expr, path: $path:literal, method: $method:ident,
        request: $request:ty => response: $response:ty,
        idempotent: $idempotent:literal, per_second: $rate:literal, doc: $doc:literal
    })*) => {
        $(crate::methods::row! { $mode $path, $method, $request, $response, $doc })*
    };
}

/// One row's method (see [`rows`]).
macro_rules! row {
    (($($async:ident, $await:ident)?) $path:literal, $method:ident, $request:ty, $response:ty, $doc:literal) => {
        #[doc = concat!("`", $path, "`: ", $doc)]
        ///
        /// Validates the request (nothing is sent if that fails), then sends it as
        /// [`send`](Self::send) does.
        pub $($async)? fn $method(&self, request: &$request) -> Result<$response, crate::Error> {
            self.send(request)$(.$await)?
        }
    };
}

/// [`rows`] for the async client: the table calls a macro with its rows alone.
#[cfg(feature = "async")]
macro_rules! async_rows {
    ($($rows:tt)*) => {
        crate::methods::rows! { (async, await) $($rows)* }
    };
}

/// [`rows`] for the blocking client.
#[cfg(feature = "blocking")]
macro_rules! blocking_rows {
    ($($rows:tt)*) => {
        crate::methods::rows! { () $($rows)* }
    };
}

/// Expands to the endpoint methods and the conveniences of a client whose
/// generic `send` is `async` (call as `api_methods!(async, await)`) or
/// blocking (`api_methods!()`).
macro_rules! api_methods {
    (async, await) => {
        tim_protocol::for_each_endpoint!(crate::methods::async_rows);
        crate::methods::conveniences!(async, await);
    };
    () => {
        tim_protocol::for_each_endpoint!(crate::methods::blocking_rows);
        crate::methods::conveniences!();
    };
}

/// The conveniences: common calls built from arguments instead of a request.
macro_rules! conveniences {
    ($($async:ident, $await:ident)?) => {
        /// Renames `user`'s conversation group `old_name` to `new_name` (the
        /// seed's first sample). The group keeps its ID.
        pub $($async)? fn rename_contact_group(
            &self,
            user: &str,
            old_name: &str,
            new_name: &str,
        ) -> Result<tim_protocol::recentcontact::UpdateContactGroupResponse, crate::Error> {
            let request = tim_protocol::recentcontact::UpdateContactGroupRequest::rename(user, old_name, new_name);
            self.send(&request)$(.$await)?
        }

        /// Adds `conversations` to `user`'s group `group`. Per-conversation
        /// outcomes are in the reply's `ContactResultItem`; see
        /// [`failed_contacts`](tim_protocol::recentcontact::UpdateContactGroupResponse::failed_contacts).
        pub $($async)? fn add_to_contact_group(
            &self,
            user: &str,
            group: &str,
            conversations: impl IntoIterator<Item = tim_protocol::Conversation>,
        ) -> Result<tim_protocol::recentcontact::UpdateContactGroupResponse, crate::Error> {
            let edits = conversations.into_iter().map(tim_protocol::recentcontact::ContactEdit::add);
            let request = tim_protocol::recentcontact::UpdateContactGroupRequest::edit_contacts(user, group, edits);
            self.send(&request)$(.$await)?
        }

        /// Removes `conversations` from `user`'s group `group`.
        pub $($async)? fn remove_from_contact_group(
            &self,
            user: &str,
            group: &str,
            conversations: impl IntoIterator<Item = tim_protocol::Conversation>,
        ) -> Result<tim_protocol::recentcontact::UpdateContactGroupResponse, crate::Error> {
            let edits = conversations.into_iter().map(tim_protocol::recentcontact::ContactEdit::remove);
            let request = tim_protocol::recentcontact::UpdateContactGroupRequest::edit_contacts(user, group, edits);
            self.send(&request)$(.$await)?
        }


        /// Sends the text `text` from `from` to `to` (`sendmsg`), synced to
        /// `from`'s other devices. The `MsgRandom` is drawn once per call, so
        /// a retried attempt carries the same one.
        pub $($async)? fn send_text(
            &self,
            from: &str,
            to: &str,
            text: &str,
        ) -> Result<tim_protocol::openim::SendmsgResponse, crate::Error> {
            let request = tim_protocol::openim::SendmsgRequest::text(from, to, text, rand::random());
            self.send(&request)$(.$await)?
        }

        /// Sends the text `text` from `from` to each of `to` (`batchsendmsg`,
        /// up to 500 recipients); the reply lists the recipients it failed for.
        pub $($async)? fn send_text_to_many(
            &self,
            from: &str,
            to: &[&str],
            text: &str,
        ) -> Result<tim_protocol::openim::BatchsendmsgResponse, crate::Error> {
            let request =
                tim_protocol::openim::BatchsendmsgRequest::text(Some(from), to.iter().copied(), text, rand::random());
            self.send(&request)$(.$await)?
        }

        /// Creates a group of `kind` named `name`, owned by `owner`, with
        /// `members` as ordinary members (`create_group`).
        pub $($async)? fn create_group_with_members(
            &self,
            kind: tim_protocol::group::GroupType,
            name: &str,
            owner: &str,
            members: &[&str],
        ) -> Result<tim_protocol::group::CreateGroupResponse, crate::Error> {
            let request = tim_protocol::group::CreateGroupRequest::with_members(
                kind,
                name,
                owner,
                members.iter().copied(),
            );
            self.send(&request)$(.$await)?
        }

        /// Adds `members` to the group `group_id` (`add_group_member`); the
        /// reply says, per member, whether it was added or already there.
        pub $($async)? fn add_group_members(
            &self,
            group_id: &str,
            members: &[&str],
        ) -> Result<tim_protocol::group::AddGroupMemberResponse, crate::Error> {
            let request = tim_protocol::group::AddGroupMemberRequest::new(group_id, members.iter().copied());
            self.send(&request)$(.$await)?
        }

        /// Sends the text `text` to the group `group_id` as the member `from`
        /// (`send_group_msg`).
        pub $($async)? fn send_group_text(
            &self,
            group_id: &str,
            from: &str,
            text: &str,
        ) -> Result<tim_protocol::group::SendGroupMsgResponse, crate::Error> {
            let request = tim_protocol::group::SendGroupMsgRequest::text(group_id, text, rand::random()).from(from);
            self.send(&request)$(.$await)?
        }
    };
}

#[cfg(feature = "async")]
pub(crate) use async_rows;
#[cfg(feature = "blocking")]
pub(crate) use blocking_rows;
pub(crate) use {api_methods, conveniences, row, rows};
