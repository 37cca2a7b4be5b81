//! The `recentcontact` service: conversation groups, marks and the recent
//! conversation list.

mod create_contact_group;
mod del_contact_group;
mod delete;
mod get_contact_group;
mod get_list;
mod group_item;
mod mark_contact;
mod search_contact_group;
mod update_contact_group;

pub use create_contact_group::{
    CreateContactGroupRequest, CreateContactGroupResponse, CreatedContactGroup, NewContactGroup,
};
pub use del_contact_group::{DelContactGroupRequest, DelContactGroupResponse};
pub use delete::DeleteRequest;
pub use get_contact_group::{GetContactGroupRequest, GetContactGroupResponse};
pub use get_list::{GetListRequest, GetListResponse, SessionItem, ASSIST_FLAGS_ALL};
pub use group_item::{ContactInfo, ContactResult, GroupItem};
pub use mark_contact::{MarkContactRequest, MarkContactResponse, MarkItem, MarkOp, MarkResult};
pub use search_contact_group::{SearchContactGroupRequest, SearchContactGroupResponse};
pub use update_contact_group::{
    ContactEdit, ContactEditResult, ContactOp, GroupUpdate, RawGroupUpdate, UpdateContactGroupRequest,
    UpdateContactGroupResponse, UpdateGroupResult, UpdateGroupType, UpdateType,
};
