//! Which app to call: flags laid over the environment, which tim-api's
//! [`AppSettings`] reads, as `ClientConfig::from_env` does.

use clap::Args;
use tim_api::{AppSettings, BlockingClient};
use tim_usersig::SecretKey;

use crate::failure::Failure;

/// The app and the admin to call as. Each flag overrides its variable
/// (`TIM_SDKAPPID`, `TIM_IDENTIFIER`, `TIM_REGION`, `TIM_BASE_URL`,
/// `TIM_SECRET_KEY`).
#[derive(Debug, Args)]
pub(crate) struct AppArgs {
    /// The app's SDKAppID [env: TIM_SDKAPPID].
    #[arg(long)]
    sdkappid: Option<u64>,
    /// The admin account to call as [env: TIM_IDENTIFIER; default: administrator].
    #[arg(long, allow_hyphen_values = true)]
    identifier: Option<String>,
    /// The region: china, singapore, seoul, tokyo, frankfurt, silicon-valley,
    /// jakarta; calls fail over to its backup domain [env: TIM_REGION].
    #[arg(long, conflicts_with = "base_url")]
    region: Option<String>,
    /// A custom base URL instead of a region (the emulator, a proxy) [env: TIM_BASE_URL].
    #[arg(long)]
    base_url: Option<String>,
    /// The app's secret key; prefer the environment variable, as a flag shows
    /// in the process list [env: TIM_SECRET_KEY].
    #[arg(long)]
    secret_key: Option<SecretKey>,
    /// Print JSON instead of a summary: one document for a reply, one line
    /// per item for a list (JSON Lines), errors as JSON on standard error.
    #[arg(long, global = true)]
    pub(crate) json: bool,
    /// Print times as Unix seconds instead of RFC 3339.
    #[arg(long, global = true)]
    pub(crate) epoch: bool,
}

impl AppArgs {
    /// A blocking client for the app.
    pub(crate) fn client(&self) -> Result<BlockingClient, Failure> {
        let mut settings = AppSettings::from_env();
        if let Some(sdkappid) = self.sdkappid {
            settings.sdkappid = Some(sdkappid.to_string());
        }
        if let Some(identifier) = &self.identifier {
            settings.identifier = Some(identifier.clone());
        }
        settings.identifier.get_or_insert_with(|| "administrator".into());
        if let Some(key) = &self.secret_key {
            settings.secret_key = Some(key.clone());
        }
        // A flag for where to call replaces both variables for it.
        if self.region.is_some() || self.base_url.is_some() {
            settings.region = self.region.clone();
            settings.base_url = self.base_url.clone();
        }
        let config = settings.builder().and_then(|builder| builder.build()).map_err(|e| {
            Failure::usage(format!(
                "{e} (flags: --sdkappid, --identifier, --secret-key, --region, --base-url)"
            ))
        })?;
        Ok(BlockingClient::new(config))
    }
}
