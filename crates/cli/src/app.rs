//! Which app to call: flags laid over a profile (`--profile`) laid over
//! the environment, which tim-api's [`AppSettings`] reads, as
//! `ClientConfig::from_env` does; and the client the commands send through,
//! which `--dry-run` stops before the wire.

use clap::Args;
use serde::Serialize;
use tim_api::{AppSettings, BlockingClient};
use tim_protocol::{Api, Paged};
use tim_usersig::SecretKey;

use crate::failure::Failure;
use crate::output::{line, Items};

/// The profile `--profile` (or `TIM_PROFILE`) names, set once by `main`
/// before any command runs: the flag belongs to `tim` itself, so it may come
/// before the command.
static PROFILE: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();

/// Sets the profile for this run.
pub(crate) fn use_profile(name: Option<String>) {
    let _ = PROFILE.set(name);
}

/// The app and the admin to call as. Each flag overrides the profile and
/// its variable (`TIM_SDKAPPID`, `TIM_IDENTIFIER`, `TIM_REGION`,
/// `TIM_BASE_URL`, `TIM_SECRET_KEY`).
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
    /// Check the request against the service's rules and print it, without
    /// sending it (for a batch, the first request).
    #[arg(long, global = true)]
    dry_run: bool,
}

impl AppArgs {
    /// The app's settings: the environment, the profile over it, the
    /// flags over both.
    pub(crate) fn settings(&self) -> Result<AppSettings, Failure> {
        let mut settings = AppSettings::from_env();
        if let Some(name) = PROFILE.get().and_then(Option::as_deref) {
            crate::profiles::apply(name, &mut settings)?;
        }
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
        Ok(settings)
    }

    /// A client for the app.
    pub(crate) fn client(&self) -> Result<Client, Failure> {
        let settings = self.settings()?;
        let config = settings.builder().and_then(|builder| builder.build()).map_err(|e| {
            Failure::usage(format!(
                "{e} (flags: --sdkappid, --identifier, --secret-key, --region, --base-url)"
            ))
        })?;
        Ok(Client {
            sdkappid: config.sdkappid(),
            inner: BlockingClient::new(config),
            dry_run: self.dry_run,
        })
    }
}

/// The blocking client, with `--dry-run` applied.
pub(crate) struct Client {
    inner: BlockingClient,
    sdkappid: u64,
    dry_run: bool,
}

impl Client {
    /// The app's SDKAppID, which some bodies repeat (the moderation calls).
    pub(crate) fn sdkappid(&self) -> u64 {
        self.sdkappid
    }

    /// Sends `request`; under `--dry-run`, validates and prints it instead,
    /// and ends the command (exit 0) before anything is sent.
    pub(crate) fn send<R: Api + Serialize>(&self, request: &R) -> Result<R::Response, Failure> {
        if self.dry_run {
            request.validate().map_err(tim_api::Error::from)?;
            let text = serde_json::to_string_pretty(request).map_err(|e| Failure::usage(e.to_string()))?;
            line(&format!("{} {text}", R::PATH));
            return Err(Failure::dry_run());
        }
        Ok(self.inner.send(request)?)
    }

    /// A bulk run of `op` (under `--dry-run`, says how many items it has
    /// and sends nothing).
    pub(crate) fn bulk<O: tim_api::bulk::BulkOperation + 'static>(
        &self,
        op: O,
        options: tim_api::bulk::BulkOptions,
    ) -> Result<impl Iterator<Item = Result<tim_api::bulk::ItemResult, tim_api::bulk::BulkError>> + '_, Failure> {
        if self.dry_run {
            line(&format!("{} item(s) to send", op.len()));
            return Err(Failure::dry_run());
        }
        // The journal could not be made or read: nothing was sent.
        self.inner.bulk(op, options).map_err(|e| Failure::usage(e.to_string()))
    }

    /// Every page from `first` on (under `--dry-run`, the first request is
    /// printed instead, as [`send`](Self::send) does).
    pub(crate) fn pages<R: Paged + Serialize + 'static>(
        &self,
        first: R,
    ) -> Result<impl Iterator<Item = Result<R::Response, tim_api::Error>> + '_, Failure> {
        if self.dry_run {
            self.send(&first)?;
        }
        Ok(self.inner.pages(first))
    }

    /// Prints every item of every page from `first` on, one a line (JSON
    /// Lines with `json`), at most `limit`, and reads no page past it.
    /// `items_of` takes a page's items in the order they are printed.
    pub(crate) fn list<R, T>(
        &self,
        first: R,
        json: bool,
        limit: Option<usize>,
        mut items_of: impl FnMut(R::Response) -> Vec<T>,
        line: impl Fn(&T) -> String,
    ) -> Result<(), Failure>
    where
        R: Paged + Serialize + 'static,
        T: Serialize,
    {
        let mut items = Items::new(json, limit);
        for page in self.pages(first)? {
            for item in items_of(page?) {
                if !items.item(&item, &line) {
                    return Ok(());
                }
            }
        }
        Ok(())
    }
}
