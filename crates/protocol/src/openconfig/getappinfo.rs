//! `v4/openconfigsvr/getappinfo`: read the app's operations data of the
//! last 30 days.

use serde::{Deserialize, Serialize};

use crate::validation::ValidationError;
use crate::Envelope;

/// The request of `getappinfo` (<https://www.tencentcloud.com/document/product/1047/34886>):
/// the fields to read (`RequestField`), or every field. A read: idempotent.
///
/// ```
/// use tim_protocol::openconfig::{AppInfoField, GetappinfoRequest, GetappinfoResponse};
///
/// assert_eq!(serde_json::to_string(&GetappinfoRequest::new()).unwrap(), "{}");
/// let request = GetappinfoRequest::fields([AppInfoField::ChainIncrease, AppInfoField::ChainDecrease]);
/// assert_eq!(
///     serde_json::to_value(&request).unwrap(),
///     serde_json::json!({"RequestField": ["ChainIncrease", "ChainDecrease"]})
/// );
/// assert!(request.validate().is_ok());
///
/// let reply: GetappinfoResponse = serde_json::from_str(
///     r#"{"ErrorCode":0,"ErrorInfo":"OK","Result":[{"ChainIncrease":"8","Date":"20160605"}]}"#,
/// )
/// .unwrap();
/// let day = &reply.result.as_deref().unwrap()[0];
/// assert_eq!(day.number(&AppInfoField::ChainIncrease), Some(8));
/// assert_eq!(day.get(&AppInfoField::Date), Some("20160605"));
/// assert!(reply.envelope.is_success());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetappinfoRequest {
    /// `RequestField`: the fields to read; every field when absent.
    #[serde(rename = "RequestField", default, skip_serializing_if = "Option::is_none")]
    pub request_field: Option<Vec<AppInfoField>>,
}

impl GetappinfoRequest {
    /// Every field (`{}`).
    pub fn new() -> Self {
        Self::default()
    }

    /// The given fields only.
    pub fn fields(fields: impl IntoIterator<Item = AppInfoField>) -> Self {
        Self {
            request_field: Some(fields.into_iter().collect()),
        }
    }

    /// Checks nothing: the page gives no rule (`RequestField` names the
    /// fields of its list; a name the crate does not know is kept and sent,
    /// since the service may add fields).
    pub(crate) fn check(&self) -> Result<(), ValidationError> {
        Ok(())
    }
}

/// The reply of `getappinfo`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetappinfoResponse {
    /// `Result`: one [`AppInfo`] per day of the last 30 days.
    #[serde(rename = "Result", default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Vec<AppInfo>>,
    /// The status fields (the page's samples have no `ActionStatus`).
    #[serde(flatten)]
    pub envelope: Envelope,
}

crate::macros::response!(GetappinfoResponse);

/// Declares the operations data fields once: the names a request asks for
/// ([`AppInfoField`]) and the fields of a day's data ([`AppInfo`]).
macro_rules! app_info_fields {
    ($( $(#[$doc:meta])* $variant:ident / $field:ident = $wire:literal, )+) => {
        crate::str_enum! {
            /// A field of the operations data, as `RequestField` names it
            /// (the page's "Operation Fields That Can Be Pulled").
            pub enum AppInfoField {
                $( $(#[$doc])* $variant = $wire, )+
            }
        }

        /// One day of the operations data: the fields asked for, each a
        /// decimal number in a string (as sent) but `AppName`, `AppId`,
        /// `Company` and `Date` (`YYYYMMDD`).
        #[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
        #[non_exhaustive]
        pub struct AppInfo {
            $(
                $(#[$doc])*
                #[serde(rename = $wire, default, skip_serializing_if = "Option::is_none")]
                pub $field: Option<String>,
            )+
        }

        impl AppInfo {
            /// The value of `field`, as sent; `None` for a field absent or
            /// unknown to this crate.
            pub fn get(&self, field: &AppInfoField) -> Option<&str> {
                match field {
                    $( AppInfoField::$variant => self.$field.as_deref(), )+
                    AppInfoField::Other(_) => None,
                }
            }
        }
    };
}

app_info_fields! {
    /// `AppName`: the app's name.
    AppName / app_name = "AppName",
    /// `AppId`: the app's SDKAppID.
    AppId / app_id = "AppId",
    /// `Company`: the customer's name.
    Company / company = "Company",
    /// `ActiveUserNum`: active users.
    ActiveUserNum / active_user_num = "ActiveUserNum",
    /// `RegistUserNumOneDay`: newly registered users.
    RegistUserNumOneDay / regist_user_num_one_day = "RegistUserNumOneDay",
    /// `RegistUserNumTotal`: registered users in all.
    RegistUserNumTotal / regist_user_num_total = "RegistUserNumTotal",
    /// `LoginTimes`: logins.
    LoginTimes / login_times = "LoginTimes",
    /// `LoginUserNum`: users who logged in.
    LoginUserNum / login_user_num = "LoginUserNum",
    /// `UpMsgNum`: upstream messages.
    UpMsgNum / up_msg_num = "UpMsgNum",
    /// `SendMsgUserNum`: users who sent messages.
    SendMsgUserNum / send_msg_user_num = "SendMsgUserNum",
    /// `APNSMsgNum`: messages pushed through APNs.
    ApnsMsgNum / apns_msg_num = "APNSMsgNum",
    /// `C2CUpMsgNum`: upstream one-to-one messages.
    C2cUpMsgNum / c2c_up_msg_num = "C2CUpMsgNum",
    /// `C2CSendMsgUserNum`: users who sent one-to-one messages.
    C2cSendMsgUserNum / c2c_send_msg_user_num = "C2CSendMsgUserNum",
    /// `C2CAPNSMsgNum`: one-to-one messages pushed through APNs.
    C2cApnsMsgNum / c2c_apns_msg_num = "C2CAPNSMsgNum",
    /// `MaxOnlineNum`: the most users online at once.
    MaxOnlineNum / max_online_num = "MaxOnlineNum",
    /// `ChainIncrease`: relationship-chain pairs added.
    ChainIncrease / chain_increase = "ChainIncrease",
    /// `ChainDecrease`: relationship-chain pairs removed.
    ChainDecrease / chain_decrease = "ChainDecrease",
    /// `GroupUpMsgNum`: upstream group messages.
    GroupUpMsgNum / group_up_msg_num = "GroupUpMsgNum",
    /// `GroupSendMsgUserNum`: users who sent group messages.
    GroupSendMsgUserNum / group_send_msg_user_num = "GroupSendMsgUserNum",
    /// `GroupAPNSMsgNum`: group messages pushed through APNs.
    GroupApnsMsgNum / group_apns_msg_num = "GroupAPNSMsgNum",
    /// `GroupSendMsgGroupNum`: groups messages were sent in.
    GroupSendMsgGroupNum / group_send_msg_group_num = "GroupSendMsgGroupNum",
    /// `GroupJoinGroupTimes`: group joins.
    GroupJoinGroupTimes / group_join_group_times = "GroupJoinGroupTimes",
    /// `GroupQuitGroupTimes`: group leaves.
    GroupQuitGroupTimes / group_quit_group_times = "GroupQuitGroupTimes",
    /// `GroupNewGroupNum`: groups created.
    GroupNewGroupNum / group_new_group_num = "GroupNewGroupNum",
    /// `GroupAllGroupNum`: groups in all.
    GroupAllGroupNum / group_all_group_num = "GroupAllGroupNum",
    /// `GroupDestroyGroupNum`: groups disbanded.
    GroupDestroyGroupNum / group_destroy_group_num = "GroupDestroyGroupNum",
    /// `CallBackReq`: webhook requests.
    CallBackReq / call_back_req = "CallBackReq",
    /// `CallBackRsp`: webhook replies.
    CallBackRsp / call_back_rsp = "CallBackRsp",
    /// `Date`: the day, `YYYYMMDD`.
    Date / date = "Date",
    /// `DownMsgNum`: downstream messages (in the page's sample reply, not
    /// in its list of fields).
    DownMsgNum / down_msg_num = "DownMsgNum",
    /// `C2CDownMsgNum`: downstream one-to-one messages (in the page's
    /// sample reply, not in its list of fields).
    C2cDownMsgNum / c2c_down_msg_num = "C2CDownMsgNum",
    /// `GroupDownMsgNum`: downstream group messages (in the page's sample
    /// reply, not in its list of fields).
    GroupDownMsgNum / group_down_msg_num = "GroupDownMsgNum",
}

impl AppInfo {
    /// The value of a counting `field` as a number; `None` when absent or
    /// not a decimal number.
    pub fn number(&self, field: &AppInfoField) -> Option<u64> {
        self.get(field)?.parse().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_read_by_its_name() {
        for field in AppInfoField::KNOWN {
            let mut day = serde_json::Map::new();
            day.insert(field.as_str().to_owned(), "42".into());
            let info: AppInfo = serde_json::from_value(day.into()).unwrap();
            assert_eq!(info.get(field), Some("42"), "{field:?}");
            assert_eq!(info.number(field), Some(42));
            assert_eq!(serde_json::to_value(&info).unwrap()[field.as_str()], "42");
        }
        assert_eq!(AppInfo::default().get(&AppInfoField::from("NewField")), None);
    }

    #[test]
    fn unknown_requested_fields_are_sent_as_given() {
        let request = GetappinfoRequest::fields([AppInfoField::from("NewField")]);
        assert!(request.validate().is_ok());
        assert_eq!(serde_json::to_value(&request).unwrap()["RequestField"][0], "NewField");
    }
}
