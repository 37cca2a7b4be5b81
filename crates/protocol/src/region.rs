//! Where requests go: the regional domains and custom base URLs.

use std::{fmt, str::FromStr};

/// A region the service runs in. Use the region the SDKAppID was created in.
///
/// ```
/// use tim_protocol::Region;
///
/// assert_eq!(Region::Singapore.domain(), "adminapisgp.im.qcloud.com");
/// assert_eq!(Region::China.backup_domain(), "adminapi.my-imcloud.com");
/// assert_eq!("tokyo".parse::<Region>().unwrap(), Region::Tokyo);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Region {
    /// Chinese mainland: `console.tim.qq.com`.
    China,
    /// Singapore: `adminapisgp.im.qcloud.com`.
    Singapore,
    /// Seoul: `adminapikr.im.qcloud.com`.
    Seoul,
    /// Tokyo: `adminapijpn.im.qcloud.com`.
    Tokyo,
    /// Frankfurt: `adminapiger.im.qcloud.com`.
    Frankfurt,
    /// Silicon Valley: `adminapiusa.im.qcloud.com`.
    SiliconValley,
    /// Jakarta: `adminapiidn.im.qcloud.com`.
    Jakarta,
}

impl Region {
    /// Every region, in the seed's order.
    pub const ALL: [Region; 7] = [
        Region::China,
        Region::Singapore,
        Region::Seoul,
        Region::Tokyo,
        Region::Frankfurt,
        Region::SiliconValley,
        Region::Jakarta,
    ];

    /// The primary domain.
    pub const fn domain(self) -> &'static str {
        match self {
            Self::China => "console.tim.qq.com",
            Self::Singapore => "adminapisgp.im.qcloud.com",
            Self::Seoul => "adminapikr.im.qcloud.com",
            Self::Tokyo => "adminapijpn.im.qcloud.com",
            Self::Frankfurt => "adminapiger.im.qcloud.com",
            Self::SiliconValley => "adminapiusa.im.qcloud.com",
            Self::Jakarta => "adminapiidn.im.qcloud.com",
        }
    }

    /// The backup domain, for when the primary one cannot be reached.
    pub const fn backup_domain(self) -> &'static str {
        match self {
            Self::China => "adminapi.my-imcloud.com",
            Self::Singapore => "adminapisgp.my-imcloud.com",
            Self::Seoul => "adminapikr.my-imcloud.com",
            Self::Tokyo => "adminapijpn.my-imcloud.com",
            Self::Frankfurt => "adminapiger.my-imcloud.com",
            Self::SiliconValley => "adminapiusa.my-imcloud.com",
            Self::Jakarta => "adminapiidn.my-imcloud.com",
        }
    }

    /// The lower-case name accepted by [`FromStr`], e.g. `silicon-valley`.
    pub const fn name(self) -> &'static str {
        match self {
            Self::China => "china",
            Self::Singapore => "singapore",
            Self::Seoul => "seoul",
            Self::Tokyo => "tokyo",
            Self::Frankfurt => "frankfurt",
            Self::SiliconValley => "silicon-valley",
            Self::Jakarta => "jakarta",
        }
    }

    /// `https://` and the primary domain.
    pub fn base_url(self) -> BaseUrl {
        BaseUrl(format!("https://{}", self.domain()))
    }

    /// `https://` and the backup domain.
    pub fn backup_base_url(self) -> BaseUrl {
        BaseUrl(format!("https://{}", self.backup_domain()))
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A region name that is not known.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown region {0:?}; expected one of china, singapore, seoul, tokyo, frankfurt, silicon-valley, jakarta")]
pub struct UnknownRegion(String);

impl FromStr for Region {
    type Err = UnknownRegion;

    /// Accepts the names of [`Region::name`], a few short forms (`cn`, `sgp`,
    /// `kr`, `jpn`, `ger`, `usa`, `idn`, as in the domains) and a domain itself.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        let found = Region::ALL.into_iter().find(|region| {
            let short = match region {
                Self::China => "cn",
                Self::Singapore => "sgp",
                Self::Seoul => "kr",
                Self::Tokyo => "jpn",
                Self::Frankfurt => "ger",
                Self::SiliconValley => "usa",
                Self::Jakarta => "idn",
            };
            lower == region.name()
                || lower == short
                || lower == region.domain()
                || lower == region.backup_domain()
                || lower.replace(['_', ' '], "-") == region.name()
        });
        found.ok_or_else(|| UnknownRegion(s.to_owned()))
    }
}

/// Why a base URL was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BaseUrlError {
    /// Not `https://` or `http://`.
    #[error("base URL must start with https:// (or http:// for a loopback host)")]
    Scheme,
    /// No host after the scheme.
    #[error("base URL has no host")]
    MissingHost,
    /// A query or fragment: the client adds its own query.
    #[error("base URL must not have a query or fragment")]
    QueryOrFragment,
    /// White space, a control character or another character a URL cannot hold.
    #[error("base URL contains a character a URL cannot hold")]
    InvalidCharacter,
    /// Plain `http://` to a host that is not loopback, without
    /// [`BaseUrl::parse_allow_insecure`].
    #[error("plain http:// is only allowed to a loopback host (127.0.0.0/8, ::1, localhost); use https:// or allow it explicitly")]
    InsecureHost,
}

/// Scheme, host, optional port and optional path prefix that requests are sent
/// under, without a trailing slash.
///
/// ```
/// use tim_protocol::BaseUrl;
///
/// assert!(BaseUrl::parse("https://chat-proxy.example.com/tim").is_ok());
/// assert!(BaseUrl::parse("http://127.0.0.1:8080").is_ok());
/// assert!(BaseUrl::parse("http://chat-proxy.example.com").is_err());
/// assert!(BaseUrl::parse_allow_insecure("http://chat-proxy.example.com").is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BaseUrl(String);

impl BaseUrl {
    /// Parses a custom base URL: `https://` anywhere, plain `http://` only to a
    /// loopback host (the emulator, a local proxy).
    pub fn parse(url: &str) -> Result<Self, BaseUrlError> {
        Self::parse_inner(url, false)
    }

    /// Like [`Self::parse`], but allows plain `http://` to any host, for a
    /// trusted proxy on a private network. The UserSig travels in the clear.
    pub fn parse_allow_insecure(url: &str) -> Result<Self, BaseUrlError> {
        Self::parse_inner(url, true)
    }

    fn parse_inner(text: &str, allow_insecure: bool) -> Result<Self, BaseUrlError> {
        let text = text.trim();
        // The url crate would quietly percent-encode a space or turn a
        // Unicode host into punycode; a base URL with either is a typo here.
        if !text.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(BaseUrlError::InvalidCharacter);
        }
        let url = url::Url::parse(text).map_err(|error| match error {
            url::ParseError::EmptyHost => BaseUrlError::MissingHost,
            url::ParseError::RelativeUrlWithoutBase => BaseUrlError::Scheme,
            _ => BaseUrlError::InvalidCharacter,
        })?;
        let secure = match url.scheme() {
            "https" => true,
            "http" => false,
            _ => return Err(BaseUrlError::Scheme),
        };
        if url.query().is_some() || url.fragment().is_some() {
            return Err(BaseUrlError::QueryOrFragment);
        }
        let host = url.host().ok_or(BaseUrlError::MissingHost)?;
        // WHATWG hosts may hold characters such as `{` that HTTP stacks refuse.
        let plain_host = match host {
            url::Host::Domain(name) => name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')),
            _ => true,
        };
        if !plain_host || !url.username().is_empty() || url.password().is_some() || !valid_escapes(url.path()) {
            return Err(BaseUrlError::InvalidCharacter);
        }
        if !secure && !allow_insecure && !is_loopback(&host) {
            return Err(BaseUrlError::InsecureHost);
        }
        Ok(Self(url.as_str().trim_end_matches('/').to_owned()))
    }

    /// The URL as text, without a trailing slash.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<Region> for BaseUrl {
    fn from(region: Region) -> Self {
        region.base_url()
    }
}

impl fmt::Display for BaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Every `%` starts an escape of two hex digits (the url crate keeps a stray
/// one as it is).
fn valid_escapes(path: &str) -> bool {
    let bytes = path.as_bytes();
    bytes.iter().enumerate().all(|(i, &b)| {
        b != b'%'
            || bytes
                .get(i + 1..i + 3)
                .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
    })
}

fn is_loopback(host: &url::Host<&str>) -> bool {
    match host {
        url::Host::Domain(name) => name.eq_ignore_ascii_case("localhost"),
        url::Host::Ipv4(ip) => ip.is_loopback(),
        url::Host::Ipv6(ip) => ip.is_loopback(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seven_regions_with_distinct_domains() {
        let mut domains: Vec<_> = Region::ALL
            .iter()
            .flat_map(|r| [r.domain(), r.backup_domain()])
            .collect();
        domains.sort_unstable();
        domains.dedup();
        assert_eq!(domains.len(), 14);
        for region in Region::ALL {
            assert_eq!(region.name().parse::<Region>(), Ok(region));
            assert_eq!(region.domain().parse::<Region>(), Ok(region));
            assert_eq!(region.base_url().as_str(), format!("https://{}", region.domain()));
        }
        assert!("mumbai".parse::<Region>().is_err());
    }

    #[test]
    fn plain_http_only_to_loopback() {
        for ok in [
            "http://127.0.0.1:1234",
            "http://localhost",
            "http://[::1]:80/x",
            "HTTPS://a.example/",
        ] {
            assert!(BaseUrl::parse(ok).is_ok(), "{ok}");
        }
        assert_eq!(BaseUrl::parse("http://10.0.0.1"), Err(BaseUrlError::InsecureHost));
        assert_eq!(
            BaseUrl::parse("http://127.0.0.1.evil.com"),
            Err(BaseUrlError::InsecureHost)
        );
        assert_eq!(BaseUrl::parse("ftp://x"), Err(BaseUrlError::Scheme));
        assert_eq!(BaseUrl::parse("https://"), Err(BaseUrlError::MissingHost));
        assert_eq!(BaseUrl::parse("https://a?b=1"), Err(BaseUrlError::QueryOrFragment));
        assert_eq!(
            BaseUrl::parse("https://exa mple.com"),
            Err(BaseUrlError::InvalidCharacter)
        );
        assert_eq!(BaseUrl::parse("https://例子.com"), Err(BaseUrlError::InvalidCharacter));
        assert_eq!(
            BaseUrl::parse("http://localhost:%"),
            Err(BaseUrlError::InvalidCharacter)
        );
        assert_eq!(
            BaseUrl::parse("http://127.0.0.1:65536"),
            Err(BaseUrlError::InvalidCharacter)
        );
        assert_eq!(
            BaseUrl::parse("https://user@a.example"),
            Err(BaseUrlError::InvalidCharacter)
        );
        assert_eq!(
            BaseUrl::parse("https://a.example/%zz"),
            Err(BaseUrlError::InvalidCharacter)
        );
        assert!(BaseUrl::parse("http://[::1]:8080/p%20q").is_ok());
        assert_eq!(
            BaseUrl::parse("https://a.example/p/").unwrap().as_str(),
            "https://a.example/p"
        );
    }
}
