//! The `package` step of `cargo xtask test`: every publishable crate packages
//! as it stands (offline, from the lockfile, without the verifying build the
//! other steps already did), and each package holds its licences and README.

use crate::{cargo, cargo_command};

/// The publishable crates, in dependency order.
pub(crate) const PUBLISHABLE: &[&str] = &[
    "tim-clock",
    "tim-protocol",
    "tim-usersig",
    "tim-transport",
    "tim-callback",
    "tim-emulator",
    "tim-api",
    "tim-rs-cli",
];

/// The files every package must hold.
const REQUIRED: &[&str] = &["Cargo.toml", "README.md", "LICENSE-MIT", "LICENSE-APACHE"];

/// What each package must hold besides [`REQUIRED`], and what none may.
fn extra(name: &str) -> &'static [&'static str] {
    match name {
        // Doc examples include published samples.
        "tim-protocol" => &["samples/recentcontact/update_contact_group/request.json"],
        "tim-rs-cli" => &["tim.1"],
        _ => &[],
    }
}

pub(crate) fn check() -> Result<(), String> {
    for name in PUBLISHABLE {
        let files = list(name)?;
        let missing: Vec<&&str> = REQUIRED
            .iter()
            .chain(extra(name))
            .filter(|file| !files.iter().any(|listed| listed == *file))
            .collect();
        if !missing.is_empty() {
            return Err(format!("package {name} lacks {missing:?}"));
        }
        // `Cargo.toml.orig` (the manifest as written) is cargo's own.
        if let Some(stray) = files
            .iter()
            .find(|file| file.starts_with("target/") || file.starts_with(".ci/"))
        {
            return Err(format!("package {name} holds {stray}, which it does not need"));
        }
        println!("    {name}: {} files, licences and README included", files.len());
    }
    // The unpublished packages: the test suites, the tasks, the scale bench.
    let mut args = vec![
        "package",
        "--workspace",
        "--exclude",
        "tim-tests",
        "--exclude",
        "xtask",
        "--exclude",
        "tim-scale-bench",
    ];
    args.extend(["--no-verify", "--offline", "--allow-dirty"]);
    cargo("package", &args, &[])
}

/// The files `cargo package` would put in `name`'s package.
fn list(name: &str) -> Result<Vec<String>, String> {
    let output = cargo_command()
        .args(["package", "--list", "--offline", "--allow-dirty", "-p", name])
        .output()
        .map_err(|e| format!("package: cannot run cargo: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "package {name}: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect())
}
