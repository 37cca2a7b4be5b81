//! Snapshots of the emulator's world (`--state FILE`,
//! `EmulatorBuilder::state`): everything in `state` (users and all their
//! data, groups, conversations, permission groups, audio-video rooms, bans,
//! group extras, official accounts, robots, moderation, chat files, push,
//! the operations log and every ID counter) as one JSON document:
//!
//! ```json
//! {"format": "tim-emulator-state", "version": 1, "sdkappid": 1400000000,
//!  "saved_at": 1765000000, "world": {...}}
//! ```
//!
//! Not state, so not in it: the settings (SDKAppID, key, admins, edition,
//! limits, disbanded groups), the clock, the faults, the webhook
//! configuration, the cache of verified UserSigs.
//!
//! The `world` is the state types' own serde form: written by the emulator
//! for the emulator, not meant to be written by hand (seed fixtures are a
//! separate format). `version` rises whenever a build writes a `world` an
//! older build could not read; a build reads every version up to its own
//! and refuses a newer one.
//!
//! Choices where nothing prescribes them:
//! - a file written for another SDKAppID is refused: its UserSigs, group
//!   IDs and messages belong to that app (start with its `--sdkappid`);
//! - `saved_at` is Unix seconds by the emulator's clock (the app's time);
//! - a snapshot is consistent: every call's change to the state runs while
//!   holding the [`Gate`] shared, and a snapshot serializes while holding it
//!   exclusively, so no call's change is half in it. Calls wait (only
//!   while the world is serialized, not while the file is written); a
//!   before-event webhook's wait is outside the gate, so a slow webhook
//!   never holds a snapshot up.

pub(crate) mod serde_with;

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::context::Context;
use crate::state::State;

/// The `format` of a snapshot file.
pub(crate) const FORMAT: &str = "tim-emulator-state";

/// The newest `version` this build writes and reads.
pub(crate) const VERSION: u64 = 1;

/// What is written.
#[derive(Serialize)]
struct Written<'a> {
    format: &'static str,
    version: u64,
    sdkappid: u64,
    saved_at: u64,
    world: &'a State,
}

/// A file as read: `Read<State>` for the fast path of [`load`], the whole
/// world at once; `Read<serde_json::Value>` for the diagnosis, the world
/// left as JSON until the version is known to be one this build reads.
#[derive(Deserialize)]
struct Read<World> {
    format: String,
    version: u64,
    sdkappid: u64,
    #[allow(dead_code)]
    saved_at: u64,
    world: World,
}

/// A refused file: `InvalidData`, naming the file and the reason.
fn refused(path: &Path, reason: impl std::fmt::Display) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("cannot load the emulator state from {}: {reason}", path.display()),
    )
}

/// The world saved in `path`; `None` if there is no such file (the emulator
/// starts empty and creates it on its first save). Refuses, with
/// `InvalidData`, a damaged file, another format, a newer version, or
/// another app's file.
pub(crate) fn load(path: &Path, sdkappid: u64) -> io::Result<Option<State>> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => {
            return Err(io::Error::new(
                error.kind(),
                format!("cannot read the emulator state from {}: {error}", path.display()),
            ))
        }
    };
    // The common case first: a good file of this build's version, read
    // straight into the world. (Reading it into a `serde_json::Value` first,
    // as the diagnosis below does, costs a whole parse more: the scale
    // bench measured loading at 3 times a plain parse of the file.) Any
    // failure or mismatch falls to the diagnosis, which says what is wrong.
    if let Ok(file) = serde_json::from_slice::<Read<State>>(&bytes) {
        if file.format == FORMAT && (1..=VERSION).contains(&file.version) && file.sdkappid == sdkappid {
            return Ok(Some(file.world));
        }
    }
    // Any JSON first, so a damaged file says where (line and column).
    let value: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|error| refused(path, format!("the file is damaged: {error}")))?;
    let format = value.get("format").and_then(serde_json::Value::as_str);
    if format != Some(FORMAT) {
        return Err(refused(
            path,
            format!("it is not a tim-emulator state file (\"format\" is not {FORMAT:?})"),
        ));
    }
    if let Some(version) = value.get("version").and_then(serde_json::Value::as_u64) {
        if version > VERSION {
            return Err(refused(
                path,
                format!("written by a newer tim-emulator: version {version}, this build reads up to {VERSION}"),
            ));
        }
    }
    let header: Read<serde_json::Value> = serde_path_to_error::deserialize(value).map_err(|error| {
        refused(
            path,
            format!("the file is damaged: at {}: {}", error.path(), error.inner()),
        )
    })?;
    if header.version == 0 {
        return Err(refused(path, "version 0 is not a version tim-emulator wrote"));
    }
    if header.sdkappid != sdkappid {
        return Err(refused(
            path,
            format!(
                "it holds the state of SDKAppID {}, this emulator is SDKAppID {sdkappid}",
                header.sdkappid
            ),
        ));
    }
    debug_assert_eq!(header.format, FORMAT);
    let world: State = serde_path_to_error::deserialize(header.world).map_err(|error| {
        refused(
            path,
            format!("the file is damaged: at world.{}: {}", error.path(), error.inner()),
        )
    })?;
    Ok(Some(world))
}

/// The world of `ctx` as the bytes of a snapshot file, taken with every
/// call's change either wholly in or wholly out (see [`Gate`]).
pub(crate) fn encode(ctx: &Context) -> io::Result<Vec<u8>> {
    let _paused = ctx.gate.pause();
    let written = Written {
        format: FORMAT,
        version: VERSION,
        sdkappid: ctx.settings.sdkappid,
        saved_at: ctx.now(),
        world: &ctx.state,
    };
    serde_json::to_vec(&written).map_err(io::Error::other)
}

/// Saves the world of `ctx` to `path`, atomically: the bytes go to
/// `FILE.tmp` beside it, which is synced to disk and renamed over `FILE`,
/// then the directory is synced; a crash leaves the old file or the new
/// one, never half of one.
pub(crate) fn save(ctx: &Context, path: &Path) -> io::Result<()> {
    let bytes = encode(ctx)?;
    write_atomically(path, &bytes).map_err(|error| {
        io::Error::new(
            error.kind(),
            format!("cannot save the emulator state to {}: {error}", path.display()),
        )
    })
}

/// `FILE.tmp` beside `path`.
fn temporary(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".tmp");
    path.with_file_name(name)
}

fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if path.file_name().is_none() {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"));
    }
    let tmp = temporary(path);
    let result = (|| {
        let mut file = File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result?;
    sync_directory(path)
}

/// Syncs the directory holding `path`, so the rename itself is on disk.
/// Where a directory cannot be opened as a file (Windows), nothing to do.
fn sync_directory(path: &Path) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    match File::open(dir) {
        Ok(dir) => dir.sync_all().or_else(|error| {
            // Some file systems refuse fsync on a directory; the file is
            // already synced and renamed.
            if error.kind() == io::ErrorKind::InvalidInput || error.kind() == io::ErrorKind::PermissionDenied {
                Ok(())
            } else {
                Err(error)
            }
        }),
        Err(_) if cfg!(windows) => Ok(()),
        Err(error) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;
    use std::sync::Arc;
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_snapshot_waits_for_the_call_under_way() {
        let ctx = Arc::new(Context::for_tests());
        let (entered, call) = (mpsc::channel(), mpsc::channel::<()>());
        let calling = Arc::clone(&ctx);
        let worker = std::thread::spawn(move || {
            // A call half done: the account is there, its data not yet.
            let _inside = calling.gate.enter();
            calling
                .state
                .with_user_or_insert("u", |user| user.account = Some(Default::default()));
            entered.0.send(()).unwrap();
            call.1.recv().unwrap();
            calling
                .state
                .with_user("u", |user| user.follows.following.insert("v".into(), 1));
        });
        entered.1.recv().unwrap();
        let (done, snapshot) = mpsc::channel();
        let saving = Arc::clone(&ctx);
        let saver = std::thread::spawn(move || done.send(encode(&saving).unwrap()).unwrap());
        assert!(
            snapshot.recv_timeout(Duration::from_millis(200)).is_err(),
            "no snapshot while a call is under way"
        );
        call.0.send(()).unwrap();
        let bytes = snapshot.recv_timeout(Duration::from_secs(10)).unwrap();
        worker.join().unwrap();
        saver.join().unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            text.contains(r#""following":{"v":1}"#),
            "the whole call is in it: {text}"
        );
    }

    #[test]
    fn the_temporary_file_sits_beside_the_file() {
        assert_eq!(
            temporary(Path::new("/a/b/world.json")),
            Path::new("/a/b/world.json.tmp")
        );
        assert_eq!(temporary(Path::new("world")), Path::new("world.tmp"));
    }

    #[test]
    fn a_world_reads_back_as_written() {
        let ctx = Context::for_tests();
        ctx.state
            .with_user_or_insert("u", |user| user.account = Some(Default::default()));
        let dir = std::env::temp_dir().join(format!("tim-snapshot-unit-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("w.json");
        save(&ctx, &path).unwrap();
        let world = load(&path, ctx.settings.sdkappid).unwrap().unwrap();
        assert!(world.is_imported("u"));
        assert!(load(&dir.join("missing.json"), 1).unwrap().is_none());
        let _ = fs::remove_dir_all(&dir);
    }
}
