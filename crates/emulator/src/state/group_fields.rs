//! A group's and a member's fields as requests name them: the field
//! filters of `get_group_info` and `get_group_member_info` (and the
//! replies that embed them), and custom data (`AppDefinedData`) set and
//! read by key.

use tim_protocol::group::{AppDefinedData, GroupInfo, MemberInfo, MuteAll};

use super::groups::{Group, Member};

/// Whether `filter` asks for `field`; no filter asks for everything.
fn wants(filter: Option<&[String]>, field: &str) -> bool {
    filter.is_none_or(|fields| fields.iter().any(|wanted| wanted == field))
}

/// The custom-data entries whose keys `filter` names; none without a filter.
fn defined(entries: &[AppDefinedData], filter: Option<&[String]>) -> Option<Vec<AppDefinedData>> {
    let filter = filter?;
    Some(
        entries
            .iter()
            .filter(|entry| filter.contains(&entry.key))
            .cloned()
            .collect(),
    )
}

/// Sets custom-data entries by key: a new key is added, a known one
/// changed, and an empty value removes the key.
pub(crate) fn merge_defined(entries: &mut Vec<AppDefinedData>, changes: Vec<AppDefinedData>) {
    for change in changes {
        entries.retain(|entry| entry.key != change.key);
        if !change.value.is_empty() {
            entries.push(change);
        }
    }
}

impl Group {
    /// The group's profile as `get_group_info` shows it: the base fields
    /// `base` names (all without a filter), the custom fields `defined`
    /// names (none without a filter). No member list.
    pub(crate) fn info(&self, appid: u64, base: Option<&[String]>, defined_filter: Option<&[String]>) -> GroupInfo {
        let want = |field| wants(base, field);
        let text = |field, value: &String| want(field).then(|| value.clone());
        let number = |field, value: u64| want(field).then_some(value);
        let profile = &self.profile;
        let mut info = GroupInfo::new(&self.id);
        info.kind = want("Type").then(|| self.kind.clone());
        info.appid = number("Appid", appid);
        info.name = text("Name", &profile.name);
        info.introduction = text("Introduction", &profile.introduction);
        info.notification = text("Notification", &profile.notification);
        info.face_url = text("FaceUrl", &profile.face_url);
        info.owner_account = want("Owner_Account").then(|| self.owner.clone().unwrap_or_default());
        info.create_time = number("CreateTime", self.create_time);
        info.info_seq = number("InfoSeq", self.info_seq);
        info.last_info_time = number("LastInfoTime", self.last_info_time);
        info.last_msg_time = number("LastMsgTime", self.last_msg_time);
        info.next_msg_seq = number("NextMsgSeq", self.next_seq());
        info.member_num = number("MemberNum", self.member_count() as u64);
        info.max_member_num = number("MaxMemberNum", profile.max_member_num);
        info.apply_join_option = want("ApplyJoinOption").then(|| profile.apply_join_option.clone());
        info.invite_join_option = want("InviteJoinOption").then(|| profile.invite_join_option.clone());
        let mute_all = if profile.mute_all { MuteAll::On } else { MuteAll::Off };
        info.shut_up_all_member = want("ShutUpAllMember").then(|| mute_all.clone());
        info.mute_all_member = want("MuteAllMember").then_some(mute_all);
        info.support_topic = profile.support_topic.filter(|_| want("SupportTopic"));
        info.app_defined_data = defined(&profile.app_defined_data, defined_filter);
        info
    }

    /// A member's profile: the fields `fields` names (all but
    /// `UnreadMsgNum` without a filter; `Member_Account` always), the custom
    /// fields `defined_filter` names (none without a filter).
    pub(crate) fn member_info(
        &self,
        name: &str,
        member: &Member,
        fields: Option<&[String]>,
        defined_filter: Option<&[String]>,
        now: u64,
    ) -> MemberInfo {
        let want = |field| wants(fields, field);
        let mut info = MemberInfo::new(name);
        info.role = want("Role").then(|| member.role.clone());
        info.join_time = want("JoinTime").then_some(member.join_time);
        info.msg_seq = want("MsgSeq").then(|| self.last_seq().saturating_sub(member.unread));
        info.msg_flag = want("MsgFlag").then(|| member.msg_flag.clone());
        info.last_send_msg_time = want("LastSendMsgTime").then_some(member.last_send_msg_time);
        info.mute_until = (want("MuteUntil") || want("ShutUpUntil")).then(|| self.muted_until(name, now).unwrap_or(0));
        info.name_card = want("NameCard").then(|| member.name_card.clone());
        info.unread_msg_num = fields
            .is_some_and(|fields| fields.iter().any(|field| field == "UnreadMsgNum"))
            .then_some(member.unread);
        info.app_member_defined_data = defined(&member.app_member_defined_data, defined_filter);
        info
    }
}
