//! The one reader of the app's environment: `TIM_SDKAPPID`, `TIM_IDENTIFIER`,
//! `TIM_SECRET_KEY`, `TIM_REGION` and `TIM_BASE_URL`, shared by
//! [`ClientConfig::from_env`](crate::ClientConfig::from_env) and the `tim`
//! command (which lays its flags over it).

use tim_protocol::BaseUrl;
use tim_usersig::SecretKey;

use crate::{ClientConfig, ClientConfigBuilder, ConfigError};

/// Which app to call, as the environment (and, for the `tim` command, its
/// flags) give it. Every field is optional until [`Self::builder`] checks it.
///
/// ```
/// use tim_api::AppSettings;
///
/// let mut settings = AppSettings::default();
/// settings.sdkappid = Some("1400000000".into());
/// settings.identifier = Some("administrator".into());
/// settings.secret_key = Some(tim_usersig::SecretKey::new("a secret key").unwrap());
/// settings.region = Some("singapore".into());
/// let config = settings.builder().unwrap().build().unwrap();
/// assert_eq!(config.base_url().as_str(), "https://adminapisgp.im.qcloud.com");
/// // A region brings its backup domain, for failover.
/// assert!(config.backup_base_url().is_some());
/// ```
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct AppSettings {
    /// `TIM_SDKAPPID`, as text.
    pub sdkappid: Option<String>,
    /// `TIM_IDENTIFIER`: the admin account calls are made as.
    pub identifier: Option<String>,
    /// `TIM_SECRET_KEY`.
    pub secret_key: Option<SecretKey>,
    /// `TIM_REGION`: a region name (`singapore`), a short form (`sgp`), a
    /// domain, or, as older setups do, a base URL.
    pub region: Option<String>,
    /// `TIM_BASE_URL`: a custom base URL (the emulator, a proxy).
    pub base_url: Option<String>,
    /// `TIM_SECRET_KEY` was set, but empty: a configuration error, not an
    /// absent key (an empty key would sign UserSigs anyone can forge).
    empty_secret_key: bool,
}

impl AppSettings {
    /// Reads the five variables; an unset variable is `None`.
    pub fn from_env() -> Self {
        let var = |name| std::env::var(name).ok();
        let key = var("TIM_SECRET_KEY").map(SecretKey::new);
        Self {
            sdkappid: var("TIM_SDKAPPID"),
            identifier: var("TIM_IDENTIFIER"),
            empty_secret_key: matches!(key, Some(Err(_))),
            secret_key: key.and_then(Result::ok),
            region: var("TIM_REGION"),
            base_url: var("TIM_BASE_URL"),
        }
    }

    /// The secret key, or why there is none usable: `TIM_SECRET_KEY` unset,
    /// or set but empty.
    pub fn checked_secret_key(&self) -> Result<SecretKey, ConfigError> {
        match (&self.secret_key, self.empty_secret_key) {
            (Some(key), _) => Ok(key.clone()),
            (None, true) => Err(ConfigError::Invalid("TIM_SECRET_KEY", "must not be empty")),
            (None, false) => Err(ConfigError::Missing("TIM_SECRET_KEY")),
        }
    }

    /// A config builder with the app's identity set, or what is missing or
    /// wrong. A region sets its backup domain too; a base URL has none. Both
    /// at once is refused, as the caller's intent is unclear.
    pub fn builder(self) -> Result<ClientConfigBuilder, ConfigError> {
        let key = self.checked_secret_key()?;
        let sdkappid = self
            .sdkappid
            .ok_or(ConfigError::Missing("TIM_SDKAPPID"))?
            .trim()
            .parse()
            .map_err(|_| ConfigError::Invalid("TIM_SDKAPPID", "not a number"))?;
        let builder = ClientConfig::builder()
            .sdkappid(sdkappid)
            .identifier(self.identifier.ok_or(ConfigError::Missing("TIM_IDENTIFIER"))?)
            .secret_key(key);
        match (self.region, self.base_url) {
            (Some(_), Some(_)) => Err(ConfigError::Invalid(
                "TIM_REGION",
                "give a region or TIM_BASE_URL, not both",
            )),
            (None, Some(url)) => Ok(builder.base_url(BaseUrl::parse(&url)?)),
            (Some(region), None) if region.contains("://") => Ok(builder.base_url(BaseUrl::parse(&region)?)),
            (Some(region), None) => Ok(builder.region(region.parse()?)),
            (None, None) => Err(ConfigError::Missing("TIM_REGION or TIM_BASE_URL")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete() -> AppSettings {
        AppSettings {
            sdkappid: Some(" 1400000000 ".into()),
            identifier: Some("administrator".into()),
            secret_key: Some(SecretKey::new("key").unwrap()),
            region: None,
            base_url: Some("http://127.0.0.1:9".into()),
            empty_secret_key: false,
        }
    }

    #[test]
    fn a_base_url_has_no_backup_and_a_region_has_one() {
        let config = complete().builder().unwrap().build().unwrap();
        assert_eq!(config.sdkappid(), 1400000000);
        assert!(config.backup_base_url().is_none());
        let mut settings = complete();
        settings.base_url = None;
        settings.region = Some("frankfurt".into());
        let config = settings.builder().unwrap().build().unwrap();
        assert_eq!(
            config.backup_base_url().map(BaseUrl::as_str),
            Some("https://adminapiger.my-imcloud.com")
        );
    }

    #[test]
    fn what_is_missing_or_wrong_is_named() {
        let error = |settings: AppSettings| settings.builder().err().map(|e| e.to_string()).unwrap_or_default();
        let mut settings = complete();
        settings.sdkappid = Some("abc".into());
        assert_eq!(error(settings), "TIM_SDKAPPID is invalid: not a number");
        let mut settings = complete();
        settings.secret_key = None;
        assert_eq!(error(settings), "TIM_SECRET_KEY is required");
        let mut settings = complete();
        settings.secret_key = None;
        settings.empty_secret_key = true;
        assert_eq!(error(settings), "TIM_SECRET_KEY is invalid: must not be empty");
        let mut settings = complete();
        settings.region = Some("tokyo".into());
        assert!(error(settings).contains("not both"));
        let mut settings = complete();
        settings.base_url = None;
        assert!(error(settings).contains("TIM_REGION or TIM_BASE_URL"));
    }
}
