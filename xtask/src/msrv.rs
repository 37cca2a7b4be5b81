//! The `msrv` step of `cargo xtask test`: the workspace's `rust-version` is
//! true of what the lockfile builds. clippy's `incompatible_msrv` holds our
//! code to it; this holds the dependencies to it, whose own `rust-version`
//! cargo records (a dependency that needs a newer Rust makes the promise
//! false for every user).

use serde_json::Value;

use crate::cargo_command;

pub(crate) fn check() -> Result<(), String> {
    println!("==> msrv: every package's rust-version against the workspace's");
    let output = cargo_command()
        .args(["metadata", "--format-version", "1", "--offline"])
        .output()
        .map_err(|e| format!("msrv: cannot run cargo metadata: {e}"))?;
    if !output.status.success() {
        return Err("msrv: cargo metadata failed".into());
    }
    let metadata: Value =
        serde_json::from_slice(&output.stdout).map_err(|e| format!("msrv: cargo metadata's JSON: {e}"))?;
    let packages = metadata["packages"]
        .as_array()
        .ok_or("msrv: no packages in cargo metadata")?;
    let members: Vec<&str> = metadata["workspace_members"]
        .as_array()
        .ok_or("msrv: no workspace members in cargo metadata")?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let ours = packages
        .iter()
        .find(|package| package["name"] == "tim-protocol")
        .and_then(|package| package["rust_version"].as_str())
        .ok_or("msrv: tim-protocol declares no rust-version")?;
    let promised = version(ours)?;
    let mut newer: Vec<String> = Vec::new();
    for package in packages {
        let Some(needed) = package["rust_version"].as_str() else {
            continue;
        };
        let name = package["name"].as_str().unwrap_or("?");
        let is_member = package["id"].as_str().is_some_and(|id| members.contains(&id));
        if is_member && needed != ours {
            return Err(format!(
                "msrv: {name} declares rust-version {needed}, the workspace {ours}"
            ));
        }
        if version(needed)? > promised {
            newer.push(format!(
                "{name} {} needs {needed}",
                package["version"].as_str().unwrap_or("?")
            ));
        }
    }
    if !newer.is_empty() {
        return Err(format!(
            "msrv: the workspace promises Rust {ours}, but {}",
            newer.join(", ")
        ));
    }
    println!("    {} packages need at most Rust {ours}", packages.len());
    Ok(())
}

/// `1.88` or `1.88.0` as (major, minor, patch).
fn version(text: &str) -> Result<(u64, u64, u64), String> {
    let mut parts = text.split('.').map(str::parse::<u64>);
    let mut next = || {
        parts
            .next()
            .transpose()
            .map_err(|e| format!("msrv: rust-version {text:?}: {e}"))
    };
    Ok((next()?.unwrap_or(0), next()?.unwrap_or(0), next()?.unwrap_or(0)))
}

#[cfg(test)]
mod tests {
    use super::version;

    #[test]
    fn versions_compare_with_or_without_a_patch() {
        assert_eq!(version("1.88").unwrap(), version("1.88.0").unwrap());
        assert!(version("1.88.0").unwrap() > version("1.85").unwrap());
        assert!(version("1.9").unwrap() < version("1.10").unwrap());
        assert!(version("1.x").is_err());
    }
}
