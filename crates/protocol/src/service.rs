//! The services of the REST API, and the codes each one answers with where
//! the services differ.

use std::fmt;

use crate::ErrorCode;

/// A service of the REST API: the first segment of a path after `v4/`.
///
/// Services answer the same kind of failure with different codes (a bad
/// parameter is 50002 in `recentcontact` and 70402 in `im_open_login_svc`);
/// this is the one place that says which.
///
/// ```
/// use tim_protocol::{ErrorCode, Service};
///
/// assert_eq!(Service::Account.as_str(), "im_open_login_svc");
/// assert_eq!(Service::Account.invalid_parameter(), ErrorCode::AccountParameterInvalid);
/// assert_eq!(Service::RecentContact.invalid_parameter().code(), 50002);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Service {
    /// `im_open_login_svc`: accounts and logins.
    Account,
    /// `recentcontact`: the recent-conversation list, conversation groups and marks.
    RecentContact,
    /// `group_open_http_svc`: groups, their members, attributes, counters and
    /// bans. Parameter errors are 10004; a caller without the rights gets
    /// 10007 (the group pages' "no operation permissions", which covers a
    /// caller who is not an app administrator).
    Group,
    /// `group_open_attr_http_svc`: reading group attributes (`get_group_attr`
    /// lives here; the other attribute calls are in `group_open_http_svc`).
    /// Same codes as [`Service::Group`].
    GroupAttr,
    /// `million_group_open_http_svc`: the topics of a Community (create,
    /// modify, read, delete; `import_topic` lives in `group_open_http_svc`).
    /// Its pages give the group service's codes: 10004 for a bad parameter,
    /// 10007 for missing rights.
    MillionGroup,
    /// `group_open_avchatroom_http_svc`: the online members of an
    /// audio-video group and their marks. Its pages give 10004 for a bad
    /// parameter and 10007 for missing rights, as [`Service::Group`].
    GroupAvChatRoom,
    /// `openim`: one-to-one messages and online status.
    OpenIm,
    /// `openim_msg_ext_http_svc`: extensions (key-value pairs) of one-to-one
    /// messages. Its pages give 10004 for a bad parameter (the same number
    /// as the group service's) and no admin code of their own.
    OpenImMsgExt,
    /// `profile`: user profile fields. Parameter errors are 40001; a caller
    /// who is not an app administrator gets 40004.
    Profile,
    /// `sns`: the relationship chain (friends, friend lists, blocklists).
    /// Parameter errors are 30001; a caller who is not an app administrator
    /// gets 30004.
    Sns,
    /// `follow`: followers and followings (a Pro, Pro-plus or Enterprise
    /// feature, enabled in the console; 30005 otherwise). Its pages number
    /// their codes as the sns ones: 30001 for a bad parameter, 30004 for a
    /// caller who is not an app administrator.
    Follow,
    /// `openconfigsvr`: global mutes and the app's operations data. Its pages
    /// have no general parameter-error code; 130001 ("failed to parse the
    /// JSON request") is the closest, and the rules with codes of their own
    /// (130003, 130005, 130008) carry them. They list no admin code: the
    /// gateway's 60010.
    OpenConfig,
    /// `im_msg_audit_mgr`: the keyword libraries of cloud moderation (adding,
    /// reading and deleting blocked words, listing the libraries); the
    /// `moderation` module. Served in Singapore only
    /// (`adminapisgp.im.qcloud.com`). Its pages' error table gives 2003 for
    /// invalid parameters and 2004 for a request without the rights (the
    /// caller must be an app administrator).
    MsgAuditMgr,
    /// `official_account_open_http_svc`: official accounts, their
    /// subscribers and their broadcast messages (an Enterprise feature; the
    /// `official_account` module). The account and subscriber pages list
    /// 6017 for an invalid parameter (so printed, on every page) and 130002
    /// for insufficient permissions; the message pages list the group
    /// service's 10004 and 10007, which those requests' rules carry.
    OfficialAccount,
    // misc: chatbots, operations, on-demand moderation.
    /// `openim_robot_http_svc`: chatbot accounts (UserIDs starting with
    /// `@RBT#`) and their streaming messages; the `robot` module. Its pages'
    /// error tables give 10004 for an invalid parameter and 10008 for an
    /// invalid request, "for example, the request requires app admin
    /// permissions" (the group service's numbers).
    Robot,
    /// `open_msg_svc`: download links of the hourly message archives
    /// (`get_history`); the `operations` module. The stored copies of its
    /// page stop before its error table, so it has no parameter-error code of
    /// its own here: the gateway's 60003 ("the request body is not valid
    /// JSON") is the closest, and 60010 for a caller who is not an
    /// administrator.
    OpenMsg,
    /// `ConfigSvc`: the service's IP addresses (`GetIPList`, with capitals,
    /// as the path is spelt); the `operations` module. Its page lists only
    /// the public codes: 60003 and 60010, as [`Service::OpenMsg`].
    ConfigSvc,
    /// `im_msg_audit`: on-demand moderation of text, images, audio and video
    /// (`content_moderation`, `batch_content_moderation`); the `moderation`
    /// module, beside the keyword libraries of [`Service::MsgAuditMgr`].
    /// Served in Singapore only. The stored pages stop before their error
    /// tables; this crate gives them the codes of `im_msg_audit_mgr`, the same
    /// moderation service: 2003 for invalid parameters, 2004 without the
    /// rights.
    MsgAudit,
    /// `all_member_push`: pushing to all users, or by tag or attribute, and
    /// the app's attribute names and users' attributes and tags; the `push`
    /// module. Its pages number codes in openim's range: 90001 for a body
    /// that does not parse (the closest to a general parameter error; the
    /// rules with codes of their own, 90018 to 90040, carry them) and 90009
    /// for a caller who is not an app administrator.
    AllMemberPush,
    /// `timpush`: the Push product's paths (push, recall, trace, attribute
    /// names, tags); the `push` module. Same codes as
    /// [`Service::AllMemberPush`]: 90001, and 90009 for a caller who is not
    /// an app administrator.
    TimPush,
    // leftover: chat files.
    /// `im_cos_msg`: the rich-media files of chat messages (banning,
    /// unbanning, full-control signed URLs); the `cos_msg` module. Its pages
    /// (269/74775 to 74777) are not among the stored pages and the SDKs read
    /// for its fields list no error codes, so it has the gateway's, as
    /// [`Service::OpenMsg`]: 60003 ("the request body is not valid JSON")
    /// for a bad parameter and 60010 for a caller who is not an
    /// administrator.
    CosMsg,
}

impl Service {
    /// Every service this crate knows.
    pub const ALL: &'static [Service] = &[
        Service::Account,
        Service::RecentContact,
        Service::Group,
        Service::GroupAttr,
        Service::MillionGroup,
        Service::GroupAvChatRoom,
        Service::OpenIm,
        Service::OpenImMsgExt,
        Service::Profile,
        Service::Sns,
        Service::Follow,
        Service::OpenConfig,
        Service::MsgAuditMgr,
        Service::OfficialAccount,
        Service::Robot,
        Service::OpenMsg,
        Service::ConfigSvc,
        Service::MsgAudit,
        Service::AllMemberPush,
        Service::TimPush,
        Service::CosMsg,
    ];

    /// The path segment, e.g. `recentcontact`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Account => "im_open_login_svc",
            Self::RecentContact => "recentcontact",
            Self::Group => "group_open_http_svc",
            Self::GroupAttr => "group_open_attr_http_svc",
            Self::MillionGroup => "million_group_open_http_svc",
            Self::GroupAvChatRoom => "group_open_avchatroom_http_svc",
            Self::OpenIm => "openim",
            Self::OpenImMsgExt => "openim_msg_ext_http_svc",
            Self::Profile => "profile",
            Self::Sns => "sns",
            Self::Follow => "follow",
            Self::OpenConfig => "openconfigsvr",
            Self::MsgAuditMgr => "im_msg_audit_mgr",
            Self::OfficialAccount => "official_account_open_http_svc",
            Self::Robot => "openim_robot_http_svc",
            Self::OpenMsg => "open_msg_svc",
            Self::ConfigSvc => "ConfigSvc",
            Self::MsgAudit => "im_msg_audit",
            Self::AllMemberPush => "all_member_push",
            Self::TimPush => "timpush",
            Self::CosMsg => "im_cos_msg",
        }
    }

    /// The code for a request body that is malformed or breaks a documented
    /// rule with no code of its own.
    pub const fn invalid_parameter(self) -> ErrorCode {
        match self {
            Self::Account => ErrorCode::AccountParameterInvalid,
            Self::RecentContact => ErrorCode::ContactParameterInvalid,
            Self::Group | Self::GroupAttr | Self::MillionGroup | Self::GroupAvChatRoom => {
                ErrorCode::GroupParameterInvalid
            }
            // The openim pages have no general parameter-error code; 90001
            // ("failed to parse the JSON request") is the closest.
            Self::OpenIm => ErrorCode::OpenimJsonInvalid,
            Self::OpenImMsgExt => ErrorCode::GroupParameterInvalid,
            Self::Profile => ErrorCode::ProfileParameterInvalid,
            Self::Sns | Self::Follow => ErrorCode::SnsParameterInvalid,
            Self::OpenConfig => ErrorCode::OpenConfigJsonInvalid,
            Self::MsgAuditMgr => ErrorCode::AuditParameterInvalid,
            Self::OfficialAccount => ErrorCode::OfficialAccountParameterInvalid,
            Self::Robot => ErrorCode::GroupParameterInvalid,
            Self::OpenMsg | Self::ConfigSvc => ErrorCode::InvalidJson,
            Self::MsgAudit => ErrorCode::AuditParameterInvalid,
            Self::AllMemberPush | Self::TimPush => ErrorCode::OpenimJsonInvalid,
            // No stored page or SDK gives it one: the gateway's 60003.
            Self::CosMsg => ErrorCode::InvalidJson,
        }
    }

    /// The code for a caller who is not an app administrator.
    pub const fn admin_required(self) -> ErrorCode {
        match self {
            Self::Account => ErrorCode::AccountAdminRequired,
            Self::RecentContact => ErrorCode::ContactAdminRequired,
            Self::Group | Self::GroupAttr | Self::MillionGroup | Self::GroupAvChatRoom => {
                ErrorCode::GroupPermissionDenied
            }
            Self::OpenIm => ErrorCode::OpenimAdminRequired,
            // The extension pages list no admin code: the gateway's 60010.
            Self::OpenImMsgExt => ErrorCode::AdminRequired,
            Self::Profile => ErrorCode::ProfileAdminRequired,
            Self::Sns | Self::Follow => ErrorCode::SnsAdminRequired,
            // The openconfigsvr pages list no admin code: the gateway's 60010.
            Self::OpenConfig => ErrorCode::AdminRequired,
            Self::MsgAuditMgr => ErrorCode::AuditPermissionDenied,
            Self::OfficialAccount => ErrorCode::OFFICIAL_ACCOUNT_PERMISSION_DENIED,
            Self::Robot => ErrorCode::GroupRequestInvalid,
            // Their pages list no admin code: the gateway's 60010.
            Self::OpenMsg | Self::ConfigSvc => ErrorCode::AdminRequired,
            Self::MsgAudit => ErrorCode::AuditPermissionDenied,
            Self::AllMemberPush | Self::TimPush => ErrorCode::OpenimAdminRequired,
            // No stored page or SDK gives it one: the gateway's 60010.
            Self::CosMsg => ErrorCode::AdminRequired,
        }
    }

    /// The service whose path segment is `segment`.
    pub fn from_segment(segment: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|service| service.as_str() == segment)
    }
}

impl fmt::Display for Service {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_round_trip_exactly_with_their_capitals() {
        for &service in Service::ALL {
            assert_eq!(Service::from_segment(service.as_str()), Some(service));
        }
        assert_eq!(Service::from_segment("ConfigSvc"), Some(Service::ConfigSvc));
        assert_eq!(Service::from_segment("configsvc"), None);
        let endpoint = crate::Endpoint::find("v4/ConfigSvc/GetIPList").unwrap();
        assert_eq!(endpoint.path(), "v4/ConfigSvc/GetIPList");
        assert_eq!(endpoint.command(), "GetIPList");
        assert_eq!(endpoint.service(), Service::ConfigSvc);
    }

    #[test]
    fn the_new_services_have_their_codes() {
        assert_eq!(Service::Robot.invalid_parameter().code(), 10004);
        assert_eq!(Service::Robot.admin_required().code(), 10008);
        assert_eq!(Service::MsgAudit.invalid_parameter().code(), 2003);
        assert_eq!(Service::OpenMsg.admin_required().code(), 60010);
        assert_eq!(Service::from_segment("im_cos_msg"), Some(Service::CosMsg));
        assert_eq!(Service::CosMsg.invalid_parameter().code(), 60003);
        assert_eq!(Service::CosMsg.admin_required().code(), 60010);
    }
}
