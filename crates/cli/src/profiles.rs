//! Named app profiles: `--profile NAME` (or `TIM_PROFILE`) takes the app
//! from a TOML file, `config.toml` in tim's directory of the platform's
//! config directory (`~/.config/tim/config.toml` on Linux), or the file
//! `TIM_CONFIG` names:
//!
//! ```toml
//! [profiles.prod]
//! sdkappid = 1400000000
//! identifier = "administrator"
//! region = "singapore"
//! secret_key_env = "PROD_TIM_SECRET_KEY"   # or secret_key_command, or secret_key
//!
//! [profiles.local]
//! sdkappid = 1400000000
//! base_url = "http://127.0.0.1:8080"
//! secret_key_command = "pass show tim/local"
//! ```
//!
//! The key may sit in the file (`secret_key`), but is better read from an
//! environment variable (`secret_key_env`) or the output of a command
//! (`secret_key_command`, run by `sh -c`): then the file holds no secret.
//! Neither the key nor the command's output is ever printed.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;
use tim_api::AppSettings;
use tim_usersig::SecretKey;

use crate::failure::Failure;

/// The config file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    profiles: BTreeMap<String, Profile>,
}

/// One profile. No `Debug`: it may hold the key.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Profile {
    sdkappid: Option<u64>,
    identifier: Option<String>,
    region: Option<String>,
    base_url: Option<String>,
    secret_key: Option<String>,
    secret_key_env: Option<String>,
    secret_key_command: Option<String>,
}

/// Where the config file is: `TIM_CONFIG`, else `tim/config.toml` in the
/// platform's config directory.
pub(crate) fn path() -> Option<PathBuf> {
    match std::env::var_os("TIM_CONFIG") {
        Some(path) => Some(PathBuf::from(path)),
        None => dirs::config_dir().map(|dir| dir.join("tim").join("config.toml")),
    }
}

/// Lays profile `name` over `settings`: what the profile gives replaces
/// what the environment gave (flags, laid over after, win over both).
pub(crate) fn apply(name: &str, settings: &mut AppSettings) -> Result<(), Failure> {
    let path = path().ok_or_else(|| Failure::usage("no config directory here; set TIM_CONFIG to the profiles file"))?;
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Failure::usage(format!("cannot read the profiles file {}: {e}", path.display())))?;
    let file: File = toml::from_str(&text).map_err(|e| {
        Failure::usage(format!(
            "{} is not a valid profiles file: {}",
            path.display(),
            e.message()
        ))
    })?;
    let mut profiles = file.profiles;
    let profile = profiles.remove(name).ok_or_else(|| {
        let known: Vec<&String> = profiles.keys().collect();
        Failure::usage(format!("no profile {name:?} in {} (it has {known:?})", path.display()))
    })?;
    if let Some(sdkappid) = profile.sdkappid {
        settings.sdkappid = Some(sdkappid.to_string());
    }
    if let Some(identifier) = profile.identifier {
        settings.identifier = Some(identifier);
    }
    if profile.region.is_some() || profile.base_url.is_some() {
        settings.region = profile.region;
        settings.base_url = profile.base_url;
    }
    if let Some(key) = secret_key(
        name,
        profile.secret_key,
        profile.secret_key_env,
        profile.secret_key_command,
    )? {
        settings.secret_key = Some(key);
    }
    Ok(())
}

/// The profile's key, from the one source it names.
fn secret_key(
    name: &str,
    inline: Option<String>,
    env: Option<String>,
    command: Option<String>,
) -> Result<Option<SecretKey>, Failure> {
    let text = match (inline, env, command) {
        (None, None, None) => return Ok(None),
        (Some(key), None, None) => key,
        (None, Some(variable), None) => std::env::var(&variable)
            .map_err(|_| Failure::usage(format!("profile {name:?}: the variable {variable} is not set")))?,
        (None, None, Some(command)) => run(name, &command)?,
        _ => {
            return Err(Failure::usage(format!(
                "profile {name:?}: give one of secret_key, secret_key_env, secret_key_command"
            )))
        }
    };
    SecretKey::new(text.trim())
        .map(Some)
        .map_err(|_| Failure::usage(format!("profile {name:?}: the secret key is empty")))
}

/// The standard output of `command`; its text is never put in an error.
fn run(name: &str, command: &str) -> Result<String, Failure> {
    let output = std::process::Command::new("sh")
        .args(["-c", command])
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| Failure::usage(format!("profile {name:?}: cannot run secret_key_command: {e}")))?;
    if !output.status.success() {
        return Err(Failure::usage(format!(
            "profile {name:?}: secret_key_command failed ({})",
            output.status
        )));
    }
    String::from_utf8(output.stdout)
        .map_err(|_| Failure::usage(format!("profile {name:?}: secret_key_command printed non-UTF-8")))
}
