//! The per-endpoint methods, written once for both clients.

/// Expands to the endpoint methods of a client whose generic `send` is
/// `async` (call as `api_methods!(async, await)`) or blocking (`api_methods!()`).
macro_rules! api_methods {
    ($($async:ident, $await:ident)?) => {
        /// `update_contact_group`: rename a group, or add and remove conversations in it.
        pub $($async)? fn update_contact_group(
            &self,
            request: &tim_protocol::recentcontact::UpdateContactGroupRequest,
        ) -> Result<tim_protocol::recentcontact::UpdateContactGroupResponse, crate::Error> {
            self.send(request)$(.$await)?
        }

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

        /// `create_contact_group`: creates a conversation group for a user.
        pub $($async)? fn create_contact_group(
            &self,
            request: &tim_protocol::recentcontact::CreateContactGroupRequest,
        ) -> Result<tim_protocol::recentcontact::CreateContactGroupResponse, crate::Error> {
            self.send(request)$(.$await)?
        }

        /// `del_contact_group`: deletes one of a user's conversation groups.
        pub $($async)? fn del_contact_group(
            &self,
            request: &tim_protocol::recentcontact::DelContactGroupRequest,
        ) -> Result<tim_protocol::recentcontact::DelContactGroupResponse, crate::Error> {
            self.send(request)$(.$await)?
        }

        /// `get_contact_group`: one page of a user's grouped conversations and groups.
        pub $($async)? fn get_contact_group(
            &self,
            request: &tim_protocol::recentcontact::GetContactGroupRequest,
        ) -> Result<tim_protocol::recentcontact::GetContactGroupResponse, crate::Error> {
            self.send(request)$(.$await)?
        }

        /// `search_contact_group`: groups and marks of given conversations.
        pub $($async)? fn search_contact_group(
            &self,
            request: &tim_protocol::recentcontact::SearchContactGroupRequest,
        ) -> Result<tim_protocol::recentcontact::SearchContactGroupResponse, crate::Error> {
            self.send(request)$(.$await)?
        }

        /// `mark_contact`: sets conversation marks.
        pub $($async)? fn mark_contact(
            &self,
            request: &tim_protocol::recentcontact::MarkContactRequest,
        ) -> Result<tim_protocol::recentcontact::MarkContactResponse, crate::Error> {
            self.send(request)$(.$await)?
        }

        /// `get_list`: one page of a user's recent conversations.
        pub $($async)? fn get_list(
            &self,
            request: &tim_protocol::recentcontact::GetListRequest,
        ) -> Result<tim_protocol::recentcontact::GetListResponse, crate::Error> {
            self.send(request)$(.$await)?
        }

        /// `delete`: removes a conversation from a user's recent list.
        pub $($async)? fn delete_recent_contact(
            &self,
            request: &tim_protocol::recentcontact::DeleteRequest,
        ) -> Result<tim_protocol::recentcontact::DeleteResponse, crate::Error> {
            self.send(request)$(.$await)?
        }

        /// `account_import`: registers one UserID.
        pub $($async)? fn account_import(
            &self,
            request: &tim_protocol::account::AccountImportRequest,
        ) -> Result<tim_protocol::account::AccountImportResponse, crate::Error> {
            self.send(request)$(.$await)?
        }

        /// `multiaccount_import`: registers up to 100 UserIDs.
        pub $($async)? fn multiaccount_import(
            &self,
            request: &tim_protocol::account::MultiaccountImportRequest,
        ) -> Result<tim_protocol::account::MultiaccountImportResponse, crate::Error> {
            self.send(request)$(.$await)?
        }

        /// `account_check`: whether up to 100 UserIDs are imported.
        pub $($async)? fn account_check(
            &self,
            request: &tim_protocol::account::AccountCheckRequest,
        ) -> Result<tim_protocol::account::AccountCheckResponse, crate::Error> {
            self.send(request)$(.$await)?
        }

        /// `account_delete`: deletes up to 100 accounts and their data.
        pub $($async)? fn account_delete(
            &self,
            request: &tim_protocol::account::AccountDeleteRequest,
        ) -> Result<tim_protocol::account::AccountDeleteResponse, crate::Error> {
            self.send(request)$(.$await)?
        }
    };
}

pub(crate) use api_methods;
