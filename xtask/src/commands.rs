//! The `tim` command's reference, derived from its clap description
//! (`tim_cli::command()`): the README's list of commands and the man page
//! `crates/cli/tim.1`. `cargo xtask codegen` writes them; `cargo xtask
//! test` fails while they are stale.

use crate::markers::Section;
use crate::workspace_root;

const README: Section = Section {
    file: "README.md",
    start: "<!-- tim-commands:start (cargo xtask codegen writes this list from tim's clap description) -->",
    end: "<!-- tim-commands:end -->",
};

/// Where the man page lives.
const MAN_PAGE: &str = "crates/cli/tim.1";

/// Every command of `tim`, one line each with its first line of help.
pub(crate) fn list() -> String {
    let mut lines = Vec::new();
    walk(&tim_cli::command(), "tim", &mut lines);
    let mut text = String::from("| command | what it does |\n|---|---|\n");
    for (path, about) in lines {
        text.push_str(&format!("| `{path}` | {about} |\n"));
    }
    text
}

fn walk(command: &clap::Command, path: &str, lines: &mut Vec<(String, String)>) {
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        let path = format!("{path} {}", sub.get_name());
        let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
        // A group is listed only when it also runs on its own (`tim
        // emulator`, whose flags conflict with its subcommands).
        if !sub.has_subcommands() || sub.is_args_conflicts_with_subcommands_set() {
            lines.push((path.clone(), about.replace('|', "\\|")));
        }
        if sub.has_subcommands() {
            walk(sub, &path, lines);
        }
    }
}

/// The man page, in roff.
fn man_page() -> Result<String, String> {
    let mut page = Vec::new();
    clap_mangen::Man::new(tim_cli::command())
        .render(&mut page)
        .map_err(|e| format!("cannot render the man page: {e}"))?;
    String::from_utf8(page).map_err(|e| format!("the man page is not UTF-8: {e}"))
}

/// Writes the README's list and the man page.
pub(crate) fn write() -> Result<(), String> {
    README.write(&list())?;
    std::fs::write(workspace_root().join(MAN_PAGE), man_page()?)
        .map_err(|e| format!("cannot write {MAN_PAGE}: {e}"))?;
    println!("README.md: tim's commands written; {MAN_PAGE}: written");
    Ok(())
}

/// Fails if the README's list or the man page is not what clap describes.
pub(crate) fn check() -> Result<(), String> {
    println!("==> commands: the README's list of tim's commands and the man page match clap");
    if !README.is_current(&list())? {
        return Err("README.md's list of tim's commands is stale: run `cargo xtask codegen` and commit".into());
    }
    let written = std::fs::read_to_string(workspace_root().join(MAN_PAGE)).unwrap_or_default();
    if written != man_page()? {
        return Err(format!("{MAN_PAGE} is stale: run `cargo xtask codegen` and commit"));
    }
    println!("    {} commands listed", list().lines().count() - 2);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_leaf_command_is_listed_with_its_help() {
        let text = list();
        assert!(
            text.contains("| `tim contact-group rename` | Rename a conversation group |"),
            "{text}"
        );
        assert!(text.contains("| `tim friend add` |"), "{text}");
        assert!(!text.contains("| `tim friend` |"), "groups are not leaves: {text}");
        // A group that also runs on its own is listed, and its subcommands.
        assert!(text.contains("| `tim emulator` |"), "{text}");
        assert!(text.contains("| `tim emulator snapshot` |"), "{text}");
    }
}
