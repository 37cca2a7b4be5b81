//! The `official_account_open_http_svc` service: official accounts
//! (channels an app's users subscribe to), their subscribers and the
//! messages they broadcast (the pages 1047/60755 to 60763 and 60810 to
//! 60812; the data-format page 1047/60813).
//!
//! An Enterprise feature, enabled on request (a trial allows 5 accounts for
//! a month); without it calls fail with 131000. The account and subscriber
//! pages list their own codes (6017 for an invalid parameter, 130002 for
//! missing permissions, 130004 for an unknown or destroyed account, 130008
//! for a taken ID); the message pages list the group service's (10004,
//! 10007, 10010 for an unknown account). See
//! [`Service::OfficialAccount`](crate::Service::OfficialAccount) and the
//! `ErrorCode::OFFICIAL_ACCOUNT_*` constants.
//!
//! Shared shapes: [`OfficialAccountInfo`] (an account's profile, in both
//! reads), [`ResponseFilter`], and [`SubscriberResultsResponse`] (the reply
//! of `add_subscriber` and `delete_subscriber`). Messages reuse the
//! [`message`](crate::message) model.

mod account_info;
mod add_subscriber;
mod checks;
mod create_official_account;
mod delete_subscriber;
mod destroy_official_account;
mod get_official_account_info;
mod get_subscribed_official_account_list;
mod get_subscriber_info;
mod modify_official_account_base_info;
mod modify_subscriber_info;
mod official_account_msg_get_simple;
mod official_account_msg_recall;
mod send_official_account_msg;
mod subscribers;

pub use account_info::{
    OfficialAccountField, OfficialAccountId, OfficialAccountInfo, ResponseFilter, SubscriberSelfField,
    SubscriberSelfInfo,
};
pub use add_subscriber::{AddSubscriberRequest, SubscriberAccount};
pub use create_official_account::{CreateOfficialAccountRequest, CreateOfficialAccountResponse};
pub use delete_subscriber::DeleteSubscriberRequest;
pub use destroy_official_account::DestroyOfficialAccountRequest;
pub use get_official_account_info::{GetOfficialAccountInfoRequest, GetOfficialAccountInfoResponse};
pub use get_subscribed_official_account_list::{
    GetSubscribedOfficialAccountListRequest, GetSubscribedOfficialAccountListResponse,
};
pub use get_subscriber_info::{GetSubscriberInfoRequest, GetSubscriberInfoResponse, SubscriberInfo};
pub use modify_official_account_base_info::ModifyOfficialAccountBaseInfoRequest;
pub use modify_subscriber_info::ModifySubscriberInfoRequest;
pub use official_account_msg_get_simple::{
    OfficialAccountMsg, OfficialAccountMsgGetSimpleRequest, OfficialAccountMsgGetSimpleResponse,
};
pub use official_account_msg_recall::{
    MsgRecallResult, OfficialAccountMsgRecallRequest, OfficialAccountMsgRecallResponse,
};
pub use send_official_account_msg::{SendOfficialAccountMsgRequest, SendOfficialAccountMsgResponse};
pub use subscribers::{SubscribeResult, SubscriberResult, SubscriberResultsResponse};
