//! `tim completions SHELL`: the shell's completion script, from clap's
//! description of the commands.

use clap::Args;
use clap_complete::Shell;

use crate::failure::Failure;

/// Which shell to write the script for.
#[derive(Debug, Args)]
pub(crate) struct Completions {
    /// bash, zsh, fish, elvish or powershell.
    shell: Shell,
}

pub(crate) fn run(completions: Completions, command: &mut clap::Command) -> Result<(), Failure> {
    let mut script = Vec::new();
    clap_complete::generate(completions.shell, command, "tim", &mut script);
    let script = String::from_utf8(script).map_err(|e| Failure::usage(e.to_string()))?;
    // Through the one writer, so a closed pipe ends quietly here too.
    crate::output::line(script.trim_end_matches('\n'));
    Ok(())
}
