//! Which app to call, from flags or the environment.

use clap::Args;
use tim_api::{BlockingClient, ClientConfig};
use tim_protocol::{BaseUrl, Region};
use tim_usersig::SecretKey;

/// The app and the admin to call as.
#[derive(Debug, Args)]
pub(crate) struct AppArgs {
    /// The app's SDKAppID.
    #[arg(long, env = "TIM_SDKAPPID")]
    sdkappid: u64,
    /// The admin account to call as.
    #[arg(long, env = "TIM_IDENTIFIER", default_value = "administrator")]
    identifier: String,
    /// The region: china, singapore, seoul, tokyo, frankfurt, silicon-valley, jakarta.
    #[arg(long, env = "TIM_REGION", conflicts_with = "base_url")]
    region: Option<Region>,
    /// A custom base URL instead of a region (the emulator, a proxy).
    #[arg(long, env = "TIM_BASE_URL")]
    base_url: Option<String>,
    /// The app's secret key (prefer the environment variable).
    #[arg(long, env = "TIM_SECRET_KEY", hide_env_values = true)]
    secret_key: SecretKey,
    /// Print the service's reply as JSON instead of a summary.
    #[arg(long, global = true)]
    pub(crate) json: bool,
}

impl AppArgs {
    /// A blocking client for the app.
    pub(crate) fn client(&self) -> Result<BlockingClient, String> {
        let base_url = match (&self.base_url, self.region) {
            (Some(url), _) => BaseUrl::parse(url).map_err(|e| format!("--base-url: {e}"))?,
            (None, Some(region)) => region.base_url(),
            (None, None) => return Err("give --region or --base-url (or TIM_REGION / TIM_BASE_URL)".into()),
        };
        let config = ClientConfig::builder()
            .base_url(base_url)
            .sdkappid(self.sdkappid)
            .identifier(&self.identifier)
            .secret_key(self.secret_key.clone())
            .build()
            .map_err(|e| e.to_string())?;
        Ok(BlockingClient::new(config))
    }
}
