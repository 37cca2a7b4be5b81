//! `openconfigsvr/getappinfo`: the app's operations data, for today only
//! (the emulator keeps no history of its statistics), with only the fields
//! the emulator counts honestly from its operations log
//! (`state::operations`). The other fields of the page's list (active users,
//! logins, online peaks, APNs pushes, relationship-chain changes, group
//! joins, leaves, creations and disbandments, webhook calls, the app's name
//! and company) are left out of the reply, never answered as 0.
//!
//! The emulator's choices, where the page says nothing of them:
//!
//! - **The day** is today by the app's clock, in Beijing time (as the
//!   service's days are); `Result` holds that one day, with its `Date`
//!   (`YYYYMMDD`) whatever `RequestField` asks.
//! - **The fields**: `AppId` (the SDKAppID); `RegistUserNumTotal` (accounts
//!   imported through `account_import` or `multiaccount_import` and not
//!   deleted since); `RegistUserNumOneDay` (those of them first imported
//!   today); `UpMsgNum`, `C2CUpMsgNum`, `GroupUpMsgNum` (messages sent today
//!   through `sendmsg`, `batchsendmsg`, one per recipient, and
//!   `send_group_msg`; imported messages were not sent); `SendMsgUserNum`,
//!   `C2CSendMsgUserNum`, `GroupSendMsgUserNum` (their distinct senders; a
//!   group message without `From_Account` is the administrator's);
//!   `GroupSendMsgGroupNum` (the groups messages were sent in today);
//!   `GroupAllGroupNum` (the app's groups now).
//! - **`RequestField`** absent answers every field above; present, the
//!   asked ones the emulator counts (a name it does not count, or does not
//!   know, is left out).

use std::collections::HashSet;

use tim_protocol::openconfig::{AppInfo, AppInfoField, GetappinfoRequest, GetappinfoResponse};
use tim_protocol::Envelope;

use crate::context::Context;
use crate::failure::Failure;
use crate::state::operations::{beijing_day, date_text, day_start, Chat};

/// The fields the emulator counts, in the page's order.
const COUNTED: [AppInfoField; 10] = [
    AppInfoField::AppId,
    AppInfoField::RegistUserNumOneDay,
    AppInfoField::RegistUserNumTotal,
    AppInfoField::UpMsgNum,
    AppInfoField::SendMsgUserNum,
    AppInfoField::C2cUpMsgNum,
    AppInfoField::C2cSendMsgUserNum,
    AppInfoField::GroupUpMsgNum,
    AppInfoField::GroupSendMsgUserNum,
    AppInfoField::GroupSendMsgGroupNum,
];

pub(crate) fn get(ctx: &Context, request: GetappinfoRequest) -> Result<GetappinfoResponse, Failure> {
    let today = beijing_day(ctx.now());
    let (start, end) = (day_start(today), day_start(today + 1));
    let mut counts = Counts::default();
    {
        let log = ctx.state.operations.lock();
        (counts.registered, counts.registered_today) = log.registrations(start, end);
        for sent in log.sent_between(start, end) {
            match &sent.chat {
                Chat::C2c { from, .. } => {
                    counts.c2c_msgs += 1;
                    counts.c2c_senders.insert(from.clone());
                }
                Chat::Group { group, from } => {
                    counts.group_msgs += 1;
                    let sender = from.as_deref().unwrap_or(ctx.admin_sender());
                    counts.group_senders.insert(sender.to_owned());
                    counts.groups.insert(group.clone());
                }
            }
        }
    }
    let all_groups = ctx.state.groups.lock().count(|_| true);

    let wanted = |field: &AppInfoField| request.request_field.as_ref().is_none_or(|asked| asked.contains(field));
    let mut day = AppInfo::default();
    for field in COUNTED.iter().filter(|field| wanted(field)) {
        let (slot, value) = match field {
            AppInfoField::AppId => (&mut day.app_id, ctx.settings.sdkappid.to_string()),
            AppInfoField::RegistUserNumOneDay => {
                (&mut day.regist_user_num_one_day, counts.registered_today.to_string())
            }
            AppInfoField::RegistUserNumTotal => (&mut day.regist_user_num_total, counts.registered.to_string()),
            AppInfoField::UpMsgNum => (&mut day.up_msg_num, (counts.c2c_msgs + counts.group_msgs).to_string()),
            AppInfoField::SendMsgUserNum => (
                &mut day.send_msg_user_num,
                counts.c2c_senders.union(&counts.group_senders).count().to_string(),
            ),
            AppInfoField::C2cUpMsgNum => (&mut day.c2c_up_msg_num, counts.c2c_msgs.to_string()),
            AppInfoField::C2cSendMsgUserNum => (&mut day.c2c_send_msg_user_num, counts.c2c_senders.len().to_string()),
            AppInfoField::GroupUpMsgNum => (&mut day.group_up_msg_num, counts.group_msgs.to_string()),
            AppInfoField::GroupSendMsgUserNum => {
                (&mut day.group_send_msg_user_num, counts.group_senders.len().to_string())
            }
            AppInfoField::GroupSendMsgGroupNum => (&mut day.group_send_msg_group_num, counts.groups.len().to_string()),
            _ => continue,
        };
        *slot = Some(value);
    }
    if wanted(&AppInfoField::GroupAllGroupNum) {
        day.group_all_group_num = Some(all_groups.to_string());
    }
    day.date = Some(date_text(today));

    let mut reply = GetappinfoResponse::default();
    reply.result = Some(vec![day]);
    reply.envelope = Envelope::ok();
    Ok(reply)
}

/// Today's counts.
#[derive(Default)]
struct Counts {
    registered: usize,
    registered_today: usize,
    c2c_msgs: usize,
    group_msgs: usize,
    c2c_senders: HashSet<String>,
    group_senders: HashSet<String>,
    groups: HashSet<String>,
}
