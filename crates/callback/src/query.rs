//! The query string of a webhook request: which app, which command, from
//! where, and the signature.

use std::fmt;

use crate::events::CallbackCommand;
use crate::token::{sign, Token};

/// The `OptPlatform` query parameter: the platform of the client that caused
/// the event. An unlisted value is kept in `Other`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OptPlatform {
    /// `RESTAPI`: the app's backend, through the REST API.
    RestApi,
    /// `Web`.
    Web,
    /// `Android`.
    Android,
    /// `iOS` (one page, `State.StateChange`, writes `IOS`: both read as this).
    Ios,
    /// `Windows`.
    Windows,
    /// `Mac`.
    Mac,
    /// `iPad`.
    IPad,
    /// `Unknown`.
    Unknown,
    /// Any other value, kept as sent.
    Other(String),
}

impl OptPlatform {
    /// The wire text (`iOS` for [`OptPlatform::Ios`]).
    pub fn as_str(&self) -> &str {
        match self {
            Self::RestApi => "RESTAPI",
            Self::Web => "Web",
            Self::Android => "Android",
            Self::Ios => "iOS",
            Self::Windows => "Windows",
            Self::Mac => "Mac",
            Self::IPad => "iPad",
            Self::Unknown => "Unknown",
            Self::Other(other) => other,
        }
    }
}

impl From<&str> for OptPlatform {
    fn from(value: &str) -> Self {
        match value {
            "RESTAPI" => Self::RestApi,
            "Web" => Self::Web,
            "Android" => Self::Android,
            "iOS" | "IOS" => Self::Ios,
            "Windows" => Self::Windows,
            "Mac" => Self::Mac,
            "iPad" => Self::IPad,
            "Unknown" => Self::Unknown,
            other => Self::Other(other.to_owned()),
        }
    }
}

impl fmt::Display for OptPlatform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A query string that is not a webhook's: a parameter is missing, repeated
/// or malformed. The text names the parameter; it never holds a `Sign`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    /// A required parameter is absent.
    #[error("the query has no {0} parameter")]
    Missing(&'static str),
    /// A parameter appears more than once.
    #[error("the query has the {0} parameter more than once")]
    Repeated(&'static str),
    /// A parameter's value is not of its type.
    #[error("the {name} parameter is not {expected}")]
    Invalid {
        /// The parameter.
        name: &'static str,
        /// What it should be.
        expected: &'static str,
    },
}

/// The parameters the service puts in a webhook's query string:
///
/// `?SdkAppid=..&CallbackCommand=..&contenttype=json&ClientIP=..&OptPlatform=..`
/// and, when a token is configured in the console, `&Sign=..&RequestTime=..`.
///
/// Parse one with [`CallbackQuery::parse`]; a server (the emulator) builds one
/// with [`CallbackQuery::new`] and [`CallbackQuery::signed`]:
///
/// ```
/// use tim_callback::{CallbackQuery, Token};
///
/// let query = CallbackQuery::new(1400000000, "C2C.CallbackAfterSendMsg")
///     .client_ip("127.0.0.1")
///     .signed(&Token::new("xxxxyyyy"), 1669872112);
/// let text = query.to_query_string();
/// assert!(text.contains("&Sign=17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061&RequestTime=1669872112"));
/// assert_eq!(CallbackQuery::parse(&text).unwrap(), query);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CallbackQuery {
    /// `SdkAppid`: the app the event belongs to.
    pub sdk_app_id: u64,
    /// `CallbackCommand`: the kind of event.
    pub callback_command: CallbackCommand,
    /// `contenttype`: always `json` as documented.
    pub content_type: Option<String>,
    /// `ClientIP`: the client's IP address.
    pub client_ip: Option<String>,
    /// `OptPlatform`: the client's platform.
    pub opt_platform: Option<OptPlatform>,
    /// `Sign`: present when a token is configured.
    pub sign: Option<String>,
    /// `RequestTime`: Unix seconds, present when a token is configured.
    pub request_time: Option<u64>,
}

impl CallbackQuery {
    /// A query for `command` in the app `sdk_app_id`, with `contenttype=json`
    /// and no client, platform or signature.
    pub fn new(sdk_app_id: u64, command: impl Into<CallbackCommand>) -> Self {
        Self {
            sdk_app_id,
            callback_command: command.into(),
            content_type: Some("json".into()),
            client_ip: None,
            opt_platform: None,
            sign: None,
            request_time: None,
        }
    }

    /// Sets `ClientIP`.
    pub fn client_ip(mut self, ip: impl Into<String>) -> Self {
        self.client_ip = Some(ip.into());
        self
    }

    /// Sets `OptPlatform`.
    pub fn opt_platform(mut self, platform: OptPlatform) -> Self {
        self.opt_platform = Some(platform);
        self
    }

    /// Sets `RequestTime` to `request_time` and `Sign` to its signature under
    /// `token`.
    pub fn signed(mut self, token: &Token, request_time: u64) -> Self {
        self.sign = Some(sign(token, request_time));
        self.request_time = Some(request_time);
        self
    }

    /// Parses a query string (without the `?`). Parameter names are matched
    /// as the pages spell them, ignoring ASCII case (`SdkAppid`, `SdkAppId`
    /// and `sdkappid` are one parameter); other parameters are ignored. A
    /// parameter given twice is refused, so a second `Sign` or `RequestTime`
    /// cannot slip past the check of the first.
    pub fn parse(query: &str) -> Result<Self, QueryError> {
        const NAMES: [&str; 7] = [
            "SdkAppid",
            "CallbackCommand",
            "contenttype",
            "ClientIP",
            "OptPlatform",
            "Sign",
            "RequestTime",
        ];
        let mut values: [Option<String>; 7] = Default::default();
        for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
            if let Some(index) = NAMES.iter().position(|name| name.eq_ignore_ascii_case(&key)) {
                if values[index].is_some() {
                    return Err(QueryError::Repeated(NAMES[index]));
                }
                values[index] = Some(value.into_owned());
            }
        }
        let [app, command, content_type, client_ip, platform, sign, time] = values;
        let sdk_app_id = app
            .ok_or(QueryError::Missing("SdkAppid"))?
            .parse()
            .map_err(|_| QueryError::Invalid {
                name: "SdkAppid",
                expected: "a decimal SDKAppID",
            })?;
        let command = command
            .filter(|c| !c.is_empty())
            .ok_or(QueryError::Missing("CallbackCommand"))?;
        let request_time = time
            .map(|t| {
                t.parse().map_err(|_| QueryError::Invalid {
                    name: "RequestTime",
                    expected: "a decimal Unix time in seconds",
                })
            })
            .transpose()?;
        Ok(Self {
            sdk_app_id,
            callback_command: CallbackCommand::from(command.as_str()),
            content_type,
            client_ip,
            opt_platform: platform.as_deref().map(OptPlatform::from),
            sign,
            request_time,
        })
    }

    /// The query string (without the `?`), parameters in the documented
    /// order, values percent-encoded.
    pub fn to_query_string(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        out.append_pair("SdkAppid", &self.sdk_app_id.to_string());
        out.append_pair("CallbackCommand", self.callback_command.as_str());
        if let Some(content_type) = &self.content_type {
            out.append_pair("contenttype", content_type);
        }
        if let Some(ip) = &self.client_ip {
            out.append_pair("ClientIP", ip);
        }
        if let Some(platform) = &self.opt_platform {
            out.append_pair("OptPlatform", platform.as_str());
        }
        if let Some(sign) = &self.sign {
            out.append_pair("Sign", sign);
        }
        if let Some(time) = self.request_time {
            out.append_pair("RequestTime", &time.to_string());
        }
        out.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_shape() {
        let query = CallbackQuery::parse(
            "SdkAppid=1400000000&CallbackCommand=Sns.CallbackFriendAdd&contenttype=json&ClientIP=10.0.0.1&OptPlatform=IOS",
        )
        .unwrap();
        assert_eq!(query.sdk_app_id, 1400000000);
        assert_eq!(query.callback_command, CallbackCommand::FriendAdd);
        assert_eq!(query.opt_platform, Some(OptPlatform::Ios));
        assert_eq!(query.client_ip.as_deref(), Some("10.0.0.1"));
        assert_eq!((query.sign, query.request_time), (None, None));
    }

    #[test]
    fn refuses_malformed_queries() {
        assert_eq!(
            CallbackQuery::parse("CallbackCommand=State.StateChange"),
            Err(QueryError::Missing("SdkAppid"))
        );
        assert_eq!(
            CallbackQuery::parse("SdkAppid=abc&CallbackCommand=x")
                .unwrap_err()
                .to_string(),
            "the SdkAppid parameter is not a decimal SDKAppID"
        );
        assert_eq!(
            CallbackQuery::parse("SdkAppid=1&CallbackCommand=x&Sign=a&sign=b"),
            Err(QueryError::Repeated("Sign"))
        );
        assert_eq!(
            CallbackQuery::parse("SdkAppid=1&CallbackCommand=x&RequestTime=-1"),
            Err(QueryError::Invalid {
                name: "RequestTime",
                expected: "a decimal Unix time in seconds"
            })
        );
        assert_eq!(
            CallbackQuery::parse("SdkAppid=1"),
            Err(QueryError::Missing("CallbackCommand"))
        );
    }

    #[test]
    fn unknown_platforms_are_kept() {
        let query = CallbackQuery::parse("SdkAppid=1&CallbackCommand=X.Y&OptPlatform=Car").unwrap();
        assert_eq!(query.opt_platform, Some(OptPlatform::Other("Car".into())));
        assert_eq!(query.callback_command, CallbackCommand::Other("X.Y".into()));
    }
}
