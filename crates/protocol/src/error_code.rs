//! Error codes returned by the service, with what each means and whether a
//! retry can help.

use std::fmt;

/// What a failure with a given code says about the call, and so whether, and
/// how, it may be tried again. The clients of tim-api act on exactly this
/// class (a test walks every code of the table through them).
///
/// The classes come from the service's error-code tables (API.md §2 and
/// §4.4); where a table only says "retry", this crate chose by what the code
/// says happened: a refusal for going too fast did nothing
/// ([`AfterBackoff`](Self::AfterBackoff)), an internal error or a timeout
/// may have come after the change ([`Maybe`](Self::Maybe)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryClass {
    /// A definite answer: fix the request, the configuration or the
    /// credentials first; the same call fails again. Not retried.
    Never,
    /// Refused before anything was done (a rate limit): retried after an
    /// exponential backoff, for every call.
    AfterBackoff,
    /// The UserSig expired: retried once, at once, with a fresh one.
    AfterResigning,
    /// The call may have been applied (an internal error, a timeout inside
    /// the service): retried after a backoff only for idempotent calls (or
    /// when the caller opts in); otherwise the call ends as an unknown
    /// outcome.
    Maybe,
}

/// Declares [`ErrorCode`] through the crate's one integer-enum mechanism
/// (`int_enum!`), with each code's meaning and retry class.
macro_rules! error_codes {
    ( $( $(#[$doc:meta])* $variant:ident = $code:literal, $class:ident, $meaning:literal; )+ ) => {
        crate::macros::int_enum! {
            /// A code from the `ErrorCode` field of a response, or the `ResultCode` of
            /// one item in a batch.
            ///
            /// The set is open: a code this crate does not know is kept in
            /// [`ErrorCode::Unknown`]. Build values from integers with
            /// [`ErrorCode::from`], which never yields `Unknown` for a known code.
            /// Where services answer the same failure with different codes, the
            /// name says whose it is (`ContactParameterInvalid` is 50002 of
            /// `recentcontact`, `AccountParameterInvalid` 70402 of the account APIs);
            /// [`Service`](crate::Service) maps a service to its codes.
            ///
            /// ```
            /// use tim_protocol::{ErrorCode, RetryClass};
            ///
            /// let code = ErrorCode::from(51011);
            /// assert_eq!(code, ErrorCode::GroupNameTooLong);
            /// assert_eq!(code.retry_class(), RetryClass::Never);
            /// assert_eq!(ErrorCode::from(99_999), ErrorCode::Unknown(99_999));
            /// ```
            #[derive(Default)]
            pub enum ErrorCode {
                /// 0: success.
                #[default]
                Success = 0,
                $( $(#[$doc])* $variant = $code, )+
            }
        }

        impl ErrorCode {
            /// The numeric code.
            pub const fn code(self) -> i64 {
                self.value()
            }

            /// A short English description of the code; empty for unknown codes.
            pub const fn meaning(self) -> &'static str {
                match self {
                    Self::Success => "success",
                    $( Self::$variant => $meaning, )+
                    Self::Unknown(_) => "",
                }
            }

            /// Whether a retry can help, and how. Unknown codes are [`RetryClass::Never`].
            pub const fn retry_class(self) -> RetryClass {
                match self {
                    Self::Success => RetryClass::Never,
                    $( Self::$variant => RetryClass::$class, )+
                    Self::Unknown(_) => RetryClass::Never,
                }
            }
        }
    };
}

error_codes! {
    // Service codes of the recentcontact APIs (seed and API.md §4.4).
    /// 50001: `From_Account` (or another UserID) was never imported.
    NotImported = 50001, Never, "the UserID was not imported into Chat; import it first";
    /// 50002: a request parameter is wrong; `ErrorInfo` says which.
    ContactParameterInvalid = 50002, Never, "request parameter error; see ErrorInfo";
    /// 50003: the caller is not an app administrator.
    ContactAdminRequired = 50003, Never, "the request needs app administrator rights";
    /// 50004: backend internal failure.
    ContactInternalError = 50004, Maybe, "internal server error; retry";
    /// 50005: timeout inside the backend network.
    ContactNetworkTimeout = 50005, Maybe, "network timeout; retry later";
    /// 51006: zero or more than 100 conversations in one request.
    ContactCountInvalid = 51006, Never, "conversation count in the request is zero or above 100";
    /// 51007: a group conversation could not be resolved (disbanded, or left).
    GroupCodeLookupFailed = 51007, Maybe, "GroupID to GroupCode lookup failed; internal error or group disbanded";
    /// 51008: the group holds the maximum number of conversations (1000).
    ContactLimitReached = 51008, Never, "conversation group is at its conversation limit (1000 by default)";
    /// 51009: the named conversation group does not exist.
    ContactGroupNotFound = 51009, Never, "the conversation group does not exist";
    /// 51010: the user already has 20 conversation groups.
    ContactGroupLimitReached = 51010, Never, "the user already has the maximum of 20 conversation groups";
    /// 51011: the group name is longer than 64 bytes.
    GroupNameTooLong = 51011, Never, "conversation group name is longer than 64 bytes";
    /// 51012: the pinned-conversation limit (50) is reached.
    PinnedLimitReached = 51012, Never, "pinned-conversation limit (50) reached";
    /// 51013: the app's edition does not include conversation groups.
    EditionUnsupported = 51013, Never, "conversation groups need the Pro, Pro Plus or Enterprise edition";

    // Group API codes (group_open_http_svc and group_open_attr_http_svc; the
    // group pages' error tables).
    /// 10002: backend internal failure of the group service.
    GroupInternalError = 10002, Maybe, "group service internal error; retry";
    /// 10003: the command word (the path's last segment) is invalid.
    GroupInvalidCommand = 10003, Never, "invalid command word";
    /// 10004: a request parameter is wrong; `ErrorInfo` says which.
    GroupParameterInvalid = 10004, Never, "invalid parameter; see ErrorInfo";
    /// 10005: too many members in one request.
    GroupTooManyMembersInRequest = 10005, Never, "too many members in one request";
    /// 10006: the group calls are too frequent.
    GroupRateLimited = 10006, AfterBackoff, "operations too frequent; retry later";
    /// 10007: no rights for this operation (not an app administrator, or a group type that does not allow it).
    GroupPermissionDenied = 10007, Never, "no permission for this operation";
    /// 10008: the request is invalid (for example a bad signature).
    GroupRequestInvalid = 10008, Never, "invalid request";
    /// 10009: the owner cannot leave the group.
    GroupOwnerCannotQuit = 10009, Never, "the group owner cannot leave the group";
    /// 10010: the group does not exist or was disbanded.
    GroupNotFound = 10010, Never, "the group does not exist or has been disbanded";
    /// 10011: the request body could not be parsed.
    GroupJsonParseFailed = 10011, Never, "the JSON request body could not be parsed";
    /// 10012: the operator's UserID is invalid.
    GroupOperatorInvalid = 10012, Never, "invalid operator UserID";
    /// 10013: the user is already a member.
    GroupAlreadyMember = 10013, Never, "the user is already a group member";
    /// 10014: the group is full.
    GroupFull = 10014, Never, "the group has reached its member limit";
    /// 10015: the group ID is invalid.
    GroupIdInvalid = 10015, Never, "invalid group ID";
    /// 10016: the app backend refused the operation in its webhook reply.
    GroupCallbackRejected = 10016, Never, "the app backend rejected the operation through a webhook";
    /// 10017: the sender is muted in the group.
    GroupMemberMuted = 10017, Never, "the sender is muted in this group";
    /// 10018: the reply would be over 1 MB; page the request.
    GroupResponseTooLarge = 10018, Never, "the response exceeds 1 MB; pull by page";
    /// 10019: the UserIDs do not exist.
    GroupAccountNotFound = 10019, Never, "the UserID does not exist";
    /// 10021: the custom group ID is used by another group.
    GroupIdInUse = 10021, Never, "the group ID is already used";
    /// 10023: group messages sent too frequently.
    GroupMessageRateLimited = 10023, AfterBackoff, "messages sent too frequently; retry later";
    /// 10025: the custom group ID is used by a group of the caller.
    GroupIdUsedBySelf = 10025, Never, "the group ID is already used by one of your groups";
    /// 10062: the group message's read receipt does not exist.
    GroupReceiptNotFound = 10062, Never, "the read receipt of the group message does not exist";
    /// 10063: a group has at most 20 counters.
    GroupCounterLimit = 10063, Never, "the group counter keys exceed the limit of 20";
    /// 10001: the caller is not logged in (the audio-video group pages: check
    /// the admin account and its UserSig).
    GroupNotLoggedIn = 10001, Never, "not logged in; check the admin account and its UserSig";
    /// 10036: the app has created as many audio-video groups as its plan allows.
    GroupAvChatRoomLimit = 10036, Never, "the number of audio-video groups created exceeds the limit";
    /// 10037: the app has created as many prepaid topics as its plan allows.
    GroupTopicLimit = 10037, Never, "the number of prepaid topics created exceeds the limit";
    /// 11000: the group does not support topics (Ultimate edition, enabled in the console).
    GroupTopicUnsupported = 11000, Never, "the group does not support community topics";
    /// 110002: deleting the topic failed; `ErrorInfo` says why.
    TopicDeleteFailed = 110002, Never, "failed to delete the topic; see ErrorInfo";
    /// 110003: the topic has been deleted.
    TopicDeleted = 110003, Never, "the topic has been deleted";
    /// 80001: the content failed the security check (the topic and group pages).
    SecurityCheckFailed = 80001, Never, "the content failed the security check";
    /// 80005: the security check timed out.
    SecurityCheckTimeout = 80005, Maybe, "the security check timed out";

    // Account API codes.
    /// 30006: clearing relationship data failed.
    RelationClearFailed = 30006, Maybe, "clearing relationship data failed internally";
    /// 30007: clearing relationship data timed out.
    RelationClearTimeout = 30007, Maybe, "clearing relationship data timed out";
    /// 30008: write conflict.
    WriteConflict = 30008, Maybe, "write conflict from concurrent requests";
    /// 40006: writing the profile failed internally.
    ProfileWriteFailed = 40006, Maybe, "writing the profile failed internally";
    /// 40601: a profile field is longer than 500 bytes.
    ProfileFieldTooLong = 40601, Never, "a profile field is longer than 500 bytes";

    // Profile API codes (portrait_get and portrait_set pages).
    /// 40001: a request parameter is wrong; `ErrorInfo` says which.
    ProfileParameterInvalid = 40001, Never, "profile: request parameter error; see ErrorInfo";
    /// 40002: `To_Account` is missing.
    ProfileToAccountMissing = 40002, Never, "profile: To_Account is not specified";
    /// 40003: the account does not exist.
    ProfileAccountNotFound = 40003, Never, "profile: the requested account does not exist";
    /// 40004: the request needs app administrator rights.
    ProfileAdminRequired = 40004, Never, "profile: the request needs app administrator rights";
    /// 40007: no permission to read the profile field.
    ProfileReadForbidden = 40007, Never, "profile: no permission to read the profile field";
    /// 40008: no permission to write the profile field.
    ProfileWriteForbidden = 40008, Never, "profile: no permission to write the profile field";
    /// 40009: the profile field's tag does not exist.
    ProfileTagNotFound = 40009, Never, "profile: the profile field tag does not exist";
    /// 40605: a standard profile field has a value it does not accept.
    ProfileValueInvalid = 40605, Never, "profile: invalid value of a standard profile field";
    /// 40610: a standard profile field's value has the wrong type.
    ProfileValueTypeInvalid = 40610, Never, "profile: wrong value type of a standard profile field";

    // One-to-one message extension codes (openim_msg_ext_http_svc pages).
    /// 23001: the key's `Seq` does not match: someone else changed it.
    MsgExtSeqConflict = 23001, Never, "message extension: Seq conflict; pull the latest Seq and retry";
    /// 23002: the message was not sent with extensions enabled.
    MsgExtUnsupported = 23002, Never, "message extension: the message does not support extensions";
    /// 23003: more than 200 settings per minute on one message.
    MsgExtRateLimited = 23003, AfterBackoff, "message extension: too many settings (over 200 per minute per message)";
    /// 23004: the one-to-one message does not exist.
    MsgExtMessageNotFound = 23004, Never, "message extension: the one-to-one message does not exist";

    // sns codes: the relationship chain (the sns pages' error tables). 30006,
    // 30007 and 30008 are the sns service's internal error, timeout and write
    // conflict: they are declared above with the account codes
    // (`RelationClearFailed`, `RelationClearTimeout`, `WriteConflict`) and
    // have sns names as constants (`ErrorCode::SNS_INTERNAL_ERROR`, ...).
    /// 30001: a request parameter is wrong; `ErrorInfo` says which. Also the
    /// per-item code for a user already on the blocklist.
    SnsParameterInvalid = 30001, Never, "sns: request parameter error; see ErrorInfo";
    /// 30002: the SDKAppID does not match.
    SnsSdkAppIdMismatch = 30002, Never, "sns: the SDKAppID does not match";
    /// 30003: the account does not exist.
    SnsAccountNotFound = 30003, Never, "sns: the requested account does not exist";
    /// 30004: the request needs app administrator rights.
    SnsAdminRequired = 30004, Never, "sns: the request needs app administrator rights";
    /// 30009: the user is forbidden to add friends.
    SnsAddFriendForbidden = 30009, Never, "sns: the user is forbidden to add friends";
    /// 30010: the user's friend list is full.
    SnsFriendLimitReached = 30010, Never, "sns: the user's number of friends has reached the limit";
    /// 30011: the user has the maximum number of friend lists (32).
    SnsFriendGroupLimitReached = 30011, Never, "sns: the maximum number of friend lists has been reached";
    /// 30012: the user has too many pending friend requests.
    SnsPendingLimitReached = 30012, Never, "sns: too many pending friend requests";
    /// 30013: the blocklist is full (1000 users).
    SnsBlocklistLimitReached = 30013, Never, "sns: the maximum number of blocked users has been reached";
    /// 30014: the other user's friend list is full.
    SnsPeerFriendLimitReached = 30014, Never, "sns: the other user's number of friends has reached the limit";
    /// 30515: the other user is on the requester's blocklist.
    SnsPeerBlocklisted = 30515, Never, "sns: the user to add is on your blocklist";
    /// 30516: the other user refuses all friend requests.
    SnsPeerDeniesRequests = 30516, Never, "sns: the user to add has disabled friend requests";
    /// 30525: the requester is on the other user's blocklist.
    SnsBlockedByPeer = 30525, Never, "sns: you are on the blocklist of the user to add";
    /// 30539: the request was sent and waits for the other user's approval
    /// (`AllowType_Type_NeedConfirm`): not added yet, but not a failure.
    SnsFriendRequestPending = 30539, Never, "sns: friend request sent, pending the other user's approval";
    /// 30540: too many friend requests in a short time; filtered for security.
    SnsFriendRequestFiltered = 30540, Never, "sns: too many friend requests in a short time; filtered for security";
    /// 31704: the user to delete is not a friend.
    SnsNotFriend = 31704, Never, "sns: the account to delete is not a friend";
    /// 31707: the friend deletion was filtered for security; delete less often.
    SnsDeleteFiltered = 31707, Never, "sns: friend deletion filtered by the security policy; delete less often";
    /// 32216: the user to put in a friend list is not a friend (`group_add`'s
    /// published reply; not in its error table).
    SnsGroupAddNotFriend = 32216, Never, "sns: the user to add to a friend list is not a friend";

    // follow codes: followers and followings (the follow pages' error
    // tables). The follow pages number their general codes as the sns ones:
    // 30001 (parameter), 30002, 30003, 30004 (administrator), 30006 and 30007
    // (internal error, timeout) are the sns variants above.
    /// 30005: the app has not enabled followers and followings (the Pro,
    /// Pro-plus or Enterprise edition, then the console's follow settings).
    FollowDisabled = 30005, Never, "follow: the follow feature is not enabled for the app (Pro, Pro-plus or Enterprise edition, then the console)";
    /// 32100: `From_Account` follows as many users as the system allows.
    FollowFollowingLimitReached = 32100, Never, "follow: From_Account's number of followings has reached the system limit";
    /// 32101: `To_Account` has as many followers as the system allows.
    FollowFollowerLimitReached = 32101, Never, "follow: To_Account's number of followers has reached the system limit";
    /// 32102: `From_Account` has as many mutual follows as the system allows.
    FollowMutualLimitReached = 32102, Never, "follow: From_Account's number of mutual follows has reached the system limit";
    /// 32103: `To_Account` has as many mutual follows as the system allows.
    FollowPeerMutualLimitReached = 32103, Never, "follow: To_Account's number of mutual follows has reached the system limit";

    // openconfigsvr codes: global mutes and operations data (the pages of
    // setnospeaking, getnospeaking and getappinfo).
    /// 130001: the JSON body could not be parsed.
    OpenConfigJsonInvalid = 130001, Never, "openconfigsvr: failed to parse the JSON request";
    /// 130002: `Get_Account` is missing.
    OpenConfigGetAccountMissing = 130002, Never, "openconfigsvr: the request has no Get_Account; official_account_open_http_svc: insufficient permissions";
    /// 130003: `Get_Account` is invalid.
    OpenConfigGetAccountInvalid = 130003, Never, "openconfigsvr: Get_Account is invalid";
    /// 130004: `Set_Account` is missing.
    OpenConfigSetAccountMissing = 130004, Never, "openconfigsvr: the request has no Set_Account; official_account_open_http_svc: no such official account (or destroyed)";
    /// 130005: `Set_Account` is invalid.
    OpenConfigSetAccountInvalid = 130005, Never, "openconfigsvr: Set_Account is invalid";
    /// 130008: neither `C2CmsgNospeakingTime` nor `GroupmsgNospeakingTime` is given.
    OpenConfigMuteTimeMissing = 130008, Never, "openconfigsvr: neither C2CmsgNospeakingTime nor GroupmsgNospeakingTime is given; official_account_open_http_svc: the official account ID is taken";
    /// 130009: opening the SQL store failed (`getappinfo`).
    OpenConfigSqlOpenFailed = 130009, Maybe, "openconfigsvr: SQL opening error";
    /// 130010: pinging the SQL store failed (`getappinfo`).
    OpenConfigSqlPingFailed = 130010, Maybe, "openconfigsvr: SQL pinging error";
    /// 130011: the SQL query failed (`getappinfo`).
    OpenConfigSqlQueryFailed = 130011, Maybe, "openconfigsvr: SQL query error";
    /// 130012: the SQL result could not be parsed (`getappinfo`).
    OpenConfigSqlResultInvalid = 130012, Maybe, "openconfigsvr: SQL result parsing error";
    /// 130014: a system error; retry.
    OpenConfigSystemError = 130014, Maybe, "openconfigsvr: system error; retry";

    // official_account_open_http_svc codes (the error tables of the official
    // account pages, 1047/60755 to 60763). The pages also list 130002
    // (insufficient permissions), 130004 (no such official account, or
    // destroyed) and 130008 (the official account ID is taken): numbers
    // openconfigsvr gives other meanings, so they are the constants
    // `ErrorCode::OFFICIAL_ACCOUNT_*` below. The message pages (60810 to
    // 60812) list the group service's codes instead (10004, 10007, 10010).
    /// 6017: a request parameter is invalid. Every official account page
    /// prints this number (not 60017, the gateway's "switched off" code).
    OfficialAccountParameterInvalid = 6017, Never, "official_account_open_http_svc: invalid request parameter";
    /// 20001: the request packet is invalid.
    OfficialAccountPacketInvalid = 20001, Never, "official_account_open_http_svc: invalid request packet";
    /// 20005: an internal error; the call may have been applied.
    OfficialAccountInternalError = 20005, Maybe, "official_account_open_http_svc: internal server error; retry";
    /// 130007: the official account ID is malformed.
    OfficialAccountIdInvalid = 130007, Never, "official_account_open_http_svc: the official account ID is invalid";
    /// 131000: the app has not enabled the official account service.
    OfficialAccountServiceDisabled = 131000, Never, "official_account_open_http_svc: the app has not enabled official accounts";

    // im_msg_audit_mgr codes: cloud moderation's keyword libraries (the
    // error table of add_cloud_audit_keywords, 1047/77831).
    /// 2001: an internal error of the moderation service; the call may have
    /// been applied.
    AuditInternalError = 2001, Maybe, "im_msg_audit_mgr: internal server error";
    /// 2002: the command is not supported yet.
    AuditCommandUnsupported = 2002, Never, "im_msg_audit_mgr: this command is not supported yet";
    /// 2003: the request's parameters are invalid.
    AuditParameterInvalid = 2003, Never, "im_msg_audit_mgr: invalid request parameters";
    /// 2004: the request has no permission (the caller must be an app
    /// administrator).
    AuditPermissionDenied = 2004, Never, "im_msg_audit_mgr: no permission for this request";
    /// 2015: the app has not enabled the moderation service.
    AuditServiceDisabled = 2015, Never, "im_msg_audit_mgr: the moderation service is not enabled";
    /// 2016: more blocked words than one request may add.
    AuditKeywordsPerRequestExceeded = 2016, Never, "im_msg_audit_mgr: more sensitive words than one request may add";

    // all_member_push and timpush codes: pushing to all users (the Push
    // product's error page, 1047/74196, and the push pages' tables). These
    // services share openim's 90001 (JSON), 90005 (MsgRandom), 90009
    // (administrator), 90026 (offline storage time) and 91000 (internal).
    /// 90018: more accounts in the request than allowed (100).
    PushAccountsExceeded = 90018, Never, "push: more accounts in the request than allowed";
    /// 90020: a tag is longer than 50 bytes.
    PushTagTooLong = 90020, Never, "push: a tag is longer than 50 bytes";
    /// 90022: a tag appears twice in a condition's TagsOr and TagsAnd.
    PushTagsDuplicated = 90022, Never, "push: duplicate tags in TagsOr and TagsAnd";
    /// 90024: pushed again within a second of the last push.
    PushTooFrequent = 90024, AfterBackoff, "push: pushes must be more than one second apart";
    /// 90032: more than 10 tags in a condition's list, or added for one user
    /// in one request.
    PushTooManyTags = 90032, Never, "push: more than 10 tags in a push condition or an add-tag request";
    /// 90033: an attribute that is not valid (not one of the app's names).
    PushAttrInvalid = 90033, Never, "push: invalid attribute";
    /// 90039: a condition with both attributes and tags.
    PushAttrsWithTags = 90039, Never, "push: a condition cannot combine attributes and tags";
    /// 90040: a condition with an empty tag.
    PushTagEmpty = 90040, Never, "push: a push condition has an empty tag";
    /// 90045: the push feature (all users, tags, single) is not enabled.
    PushDisabled = 90045, Never, "push: pushing to all users, by tag or singly is not enabled";
    /// 90047: the day's pushes are used up (100 by default).
    PushDailyLimitReached = 90047, Never, "push: the daily push limit (100 by default) is reached";
    /// 90049: recalling a task ID with no push behind it.
    PushTaskNotFound = 90049, Never, "push: no push has this TaskId";
    /// 90050: recalling a push already recalled.
    PushAlreadyRevoked = 90050, Never, "push: the push was already recalled";
    /// 90051: recalls more often than once a second.
    PushRevokeTooFrequent = 90051, AfterBackoff, "push: at most one recall a second";
    /// 90052: recalling a push more than 24 hours old.
    PushRevokeExpired = 90052, Never, "push: a push can be recalled within 24 hours only";
    /// 90053: a recall without OfflinePushInfo for a push whose messages were
    /// not stored.
    PushRevokeNeedsOfflinePushInfo = 90053, Never, "push: this recall needs OfflinePushInfo";
    /// 90056: a push body longer than 10 KB.
    PushBodyTooLarge = 90056, Never, "push: the push request body is larger than 10 KB";

    // openim codes: one-to-one message APIs (the openim pages' error tables).
    /// 90001: the JSON body could not be parsed.
    OpenimJsonInvalid = 90001, Never, "openim: failed to parse the JSON request";
    /// 90002: `MsgBody` is malformed or not an array.
    OpenimMsgBodyInvalid = 90002, Never, "openim: MsgBody is malformed (see Message Formats)";
    /// 90003: `To_Account` is missing or does not exist.
    OpenimToAccountInvalid = 90003, Never, "openim: To_Account missing, not a string, or not imported";
    /// 90005: `MsgRandom` is missing or not an integer.
    OpenimMsgRandomInvalid = 90005, Never, "openim: MsgRandom missing or not an integer";
    /// 90006: `MsgTimeStamp` is missing or not an integer.
    OpenimMsgTimeStampInvalid = 90006, Never, "openim: MsgTimeStamp missing or not an integer";
    /// 90007: `MsgBody` is not an array.
    OpenimMsgBodyNotArray = 90007, Never, "openim: MsgBody is not an array";
    /// 90008: `From_Account` is missing or does not exist.
    OpenimFromAccountInvalid = 90008, Never, "openim: From_Account missing or not imported";
    /// 90009: the request needs app administrator rights.
    OpenimAdminRequired = 90009, Never, "openim: the request needs app administrator rights";
    /// 90010: the JSON does not follow the message format.
    OpenimFormatInvalid = 90010, Never, "openim: the JSON request does not follow the message format";
    /// 90012: `To_Account` does not exist or is not registered.
    OpenimToAccountNotFound = 90012, Never, "openim: To_Account does not exist or is not imported";
    /// 90011: more than 500 recipients in one batch.
    OpenimTooManyRecipients = 90011, Never, "openim: more than 500 recipients in one batch";
    /// 90026: `MsgLifeTime` or the offline-storage time is invalid.
    OpenimLifeTimeInvalid = 90026, Never, "openim: MsgLifeTime invalid";
    /// 91000: internal service error.
    OpenimInternalError = 91000, Maybe, "openim: internal service error; retry";
    /// 93000: the JSON packet is too long.
    OpenimPacketTooLong = 93000, Never, "openim: JSON data packet too long (the body may be at most 12 KB)";

    // Gateway codes common to every REST API (API.md §2).
    /// 60002: the HTTP request could not be parsed.
    HttpParseFailed = 60002, Never, "HTTP request could not be parsed; check the URL";
    /// 60003: the request body is not valid JSON.
    InvalidJson = 60003, Never, "request body is not valid JSON";
    /// 60004: account or signature in the URL or body is wrong.
    AccountOrSignatureInvalid = 60004, Never, "account or signature check failed";
    /// 60005: the account or signature was refused (as 60004).
    AccountOrSignatureRejected = 60005, Never, "account or signature check failed";
    /// 60006: the SDKAppID is invalid.
    SdkAppIdInvalid = 60006, Never, "SDKAppID is invalid";
    /// 60007: too many REST calls to this API.
    RateLimited = 60007, AfterBackoff, "REST call frequency limit reached";
    /// 60008: backend timed out, or the HTTP request is malformed.
    ServiceTimeout = 60008, Maybe, "service timed out, or the HTTP request is malformed";
    /// 60009: the requested resource (URL path) is wrong.
    InvalidResource = 60009, Never, "the requested resource (URL path) is wrong";
    /// 60010: the caller is not an app administrator.
    AdminRequired = 60010, Never, "the request needs app administrator rights";
    /// 60011: too many calls for this SDKAppID.
    AppRateLimited = 60011, AfterBackoff, "SDKAppID call frequency limit reached";
    /// 60012: `sdkappid` is missing from the URL.
    SdkAppIdMissing = 60012, Never, "sdkappid is missing from the URL";
    /// 60013: the server could not serialize its JSON reply.
    ResponseSerializeFailed = 60013, Maybe, "the service failed to serialize its JSON response";
    /// 60014: timed out switching accounts.
    AccountSwitchTimeout = 60014, Maybe, "account switch timed out";
    /// 60015: an account field in the body is not a string.
    AccountNotString = 60015, Never, "an account field in the body is not a string";
    /// 60016: the app has been switched off.
    AppDisabled = 60016, Never, "the app (SDKAppID) is disabled";
    /// 60017: this kind of call is switched off for the app.
    CallDisabled = 60017, Never, "this request is disabled for the app";
    /// 60018: request volume too high.
    RequestVolumeTooHigh = 60018, AfterBackoff, "request volume too high";
    /// 60019: request volume too high (a second throttle, as 60018).
    RequestVolumeThrottled = 60019, AfterBackoff, "request volume too high";
    /// 60020: plan not purchased, expired, or in arrears.
    PlanUnavailable = 60020, Never, "plan not purchased, expired or account in arrears";
    /// 60021: the calling IP address is not allowed.
    IpNotAllowed = 60021, Never, "calling IP address is not allowed";
    /// 60025: SDKAppID, identifier, UserSig or contenttype in the URL is wrong.
    UrlParameterInvalid = 60025, Never, "SDKAppID, identifier, UserSig or contenttype in the URL is wrong";
    /// 60026: the domain and the SDKAppID belong to different regions.
    RegionMismatch = 60026, Never, "domain and SDKAppID belong to different regions";
    /// 60027: access to non-TPush resources is not allowed.
    NonTpushForbidden = 60027, Never, "access to non-TPush resources is not allowed";
    /// 60028: the trial edition's 24-hour REST quota is used up.
    TrialQuotaExceeded = 60028, Never, "trial edition's 24-hour REST request quota used up";

    // UserSig and account codes (API.md §2).
    /// 70001: the UserSig has expired.
    UserSigExpired = 70001, AfterResigning, "UserSig has expired";
    /// 70002: the UserSig is empty.
    UserSigEmpty = 70002, Never, "UserSig is empty";
    /// 70003: the UserSig is malformed.
    UserSigMalformed = 70003, Never, "UserSig is malformed";
    /// 70005: the UserSig is invalid.
    UserSigInvalid = 70005, Never, "UserSig is invalid";
    /// 70009: the signature check failed (wrong secret key).
    UserSigBadSignature = 70009, Never, "UserSig signature check failed; wrong secret key?";
    /// 70013: the identifier in the URL differs from the one in the UserSig.
    UserSigIdentifierMismatch = 70013, Never, "identifier in the URL differs from the UserSig's";
    /// 70014: the SDKAppID in the URL differs from the one in the UserSig.
    UserSigSdkAppIdMismatch = 70014, Never, "SDKAppID in the URL differs from the UserSig's";
    /// 70016: the verification key was not found.
    VerificationKeyNotFound = 70016, Never, "verification key not found";
    /// 70020: no such SDKAppID.
    SdkAppIdNotFound = 70020, Never, "SDKAppID not found";
    /// 70050: too many failed UserSig checks; locked for about a minute.
    UserSigCheckLocked = 70050, Never, "too many failed UserSig checks; locked for about a minute";
    /// 70051: the account is blocked.
    AccountBlocked = 70051, Never, "account is on the blocklist";
    /// 70107: the UserID does not exist.
    AccountNotFound = 70107, Never, "the UserID does not exist";
    /// 70114: login blocked for security reasons.
    LoginBlocked = 70114, Maybe, "login blocked for security reasons";
    /// 70169: backend timed out.
    AccountBackendTimeout = 70169, Maybe, "backend timed out";
    /// 70202: the account service timed out (as 70169).
    AccountServiceTimeout = 70202, Maybe, "backend timed out";
    /// 70206: invalid batch size.
    BatchSizeInvalid = 70206, Never, "batch size in the request is invalid";
    /// 70398: more accounts than the edition allows.
    AccountLimitReached = 70398, Never, "account count over the edition's cap";
    /// 70399: a deleted account cannot be imported again within 3 months.
    AccountReimportBlocked = 70399, Never, "a deleted account cannot be imported again within 3 months";
    /// 70402: a required field is missing or malformed.
    AccountParameterInvalid = 70402, Never, "invalid parameters: a required field is missing or malformed";
    /// 70403: the operation needs app administrator rights.
    AccountAdminRequired = 70403, Never, "the operation needs app administrator rights";
    /// 70500: backend internal failure.
    AccountInternalError = 70500, Maybe, "backend internal failure";
    /// 71000: this app may not delete accounts.
    AccountDeleteForbidden = 71000, Never, "this app or plan may not delete accounts";
    /// 72000: trial edition over its free DAU quota.
    TrialDauExceeded = 72000, Never, "trial edition over its free DAU quota";
    /// 72002: trial edition over its free MAU quota.
    TrialMauExceeded = 72002, Never, "trial edition over its free MAU quota";
}

impl ErrorCode {
    /// Whether this code says the call was refused for going too fast (60007,
    /// 60011, 60018, 60019). Such a call had no effect, so it is always safe to
    /// retry after a pause.
    pub const fn is_rate_limit(self) -> bool {
        matches!(
            self,
            Self::RateLimited | Self::AppRateLimited | Self::RequestVolumeTooHigh | Self::RequestVolumeThrottled
        )
    }

    /// Whether this code says the credentials were refused: an administrator is
    /// needed, or the UserSig failed a check.
    pub const fn is_auth(self) -> bool {
        matches!(
            self,
            Self::ContactAdminRequired
                | Self::OpenimAdminRequired
                | Self::ProfileAdminRequired
                | Self::SnsAdminRequired
                | Self::AdminRequired
                | Self::AccountAdminRequired
                | Self::UserSigExpired
                | Self::UserSigEmpty
                | Self::UserSigMalformed
                | Self::UserSigInvalid
                | Self::UserSigBadSignature
                | Self::UserSigIdentifierMismatch
                | Self::UserSigSdkAppIdMismatch
                | Self::VerificationKeyNotFound
                | Self::UrlParameterInvalid
        )
    }

    /// Whether this is the success code 0.
    pub const fn is_success(self) -> bool {
        matches!(self, Self::Success)
    }
}

/// The sns service's names for the codes it shares with the account APIs.
impl ErrorCode {
    /// 30006 in the sns service: internal error; retry.
    pub const SNS_INTERNAL_ERROR: ErrorCode = ErrorCode::RelationClearFailed;
    /// 30007 in the sns service: network timeout; retry later.
    pub const SNS_TIMEOUT: ErrorCode = ErrorCode::RelationClearTimeout;
    /// 30008 in the sns service: write conflict from concurrent writes for one
    /// user; batch the changes of one user into one call.
    pub const SNS_WRITE_CONFLICT: ErrorCode = ErrorCode::WriteConflict;
}

/// The official account service's names for the codes it shares with
/// `openconfigsvr` (same numbers, other meanings; see [`crate::Service::OfficialAccount`]).
impl ErrorCode {
    /// 130002 in `official_account_open_http_svc`: insufficient permissions
    /// (the caller is not an app administrator).
    pub const OFFICIAL_ACCOUNT_PERMISSION_DENIED: ErrorCode = ErrorCode::OpenConfigGetAccountMissing;
    /// 130004 in `official_account_open_http_svc`: the official account does
    /// not exist, or was destroyed.
    pub const OFFICIAL_ACCOUNT_NOT_FOUND: ErrorCode = ErrorCode::OpenConfigSetAccountMissing;
    /// 130008 in `official_account_open_http_svc`: the official account ID is
    /// already used.
    pub const OFFICIAL_ACCOUNT_ID_TAKEN: ErrorCode = ErrorCode::OpenConfigMuteTimeMissing;
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.meaning() {
            "" => write!(f, "{}", self.code()),
            meaning => write!(f, "{} ({meaning})", self.code()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_code_maps_back_to_itself() {
        for &code in ErrorCode::KNOWN {
            assert_eq!(ErrorCode::from(code.code()), code, "{code:?}");
            assert!(!code.meaning().is_empty(), "{code:?} has no meaning");
        }
    }

    #[test]
    fn seed_codes_are_known() {
        for n in [
            50001, 50002, 50003, 50004, 50005, 51007, 51008, 51011, 51013, 51006, 51009, 51010, 51012,
        ] {
            assert!(!matches!(ErrorCode::from(n), ErrorCode::Unknown(_)), "{n} unknown");
        }
    }

    #[test]
    fn retry_classes_follow_the_table() {
        assert_eq!(ErrorCode::from(60007).retry_class(), RetryClass::AfterBackoff);
        assert_eq!(ErrorCode::from(70001).retry_class(), RetryClass::AfterResigning);
        assert_eq!(ErrorCode::from(50002).retry_class(), RetryClass::Never);
        assert_eq!(ErrorCode::from(51007).retry_class(), RetryClass::Maybe);
        assert!(ErrorCode::from(60019).is_rate_limit());
        assert!(!ErrorCode::from(50004).is_rate_limit());
    }

    #[test]
    fn refusals_of_the_caller_are_final_and_rate_limits_did_nothing() {
        for &code in ErrorCode::KNOWN {
            if code.is_auth() && code != ErrorCode::UserSigExpired {
                assert_eq!(code.retry_class(), RetryClass::Never, "{code:?}");
            }
            if code.is_rate_limit() {
                assert_eq!(code.retry_class(), RetryClass::AfterBackoff, "{code:?}");
            }
        }
        // 70050 locks UserSig checks for about a minute, longer than a call.
        assert_eq!(ErrorCode::UserSigCheckLocked.retry_class(), RetryClass::Never);
    }

    #[test]
    fn unknown_codes_are_kept() {
        let code: ErrorCode = serde_json::from_str("123456").unwrap();
        assert_eq!(code, ErrorCode::Unknown(123456));
        assert_eq!(serde_json::to_string(&code).unwrap(), "123456");
        assert_eq!(code.to_string(), "123456");
        assert_eq!(
            ErrorCode::from(51011).to_string(),
            "51011 (conversation group name is longer than 64 bytes)"
        );
    }
}
