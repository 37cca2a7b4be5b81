//! Asking before a command destroys something: `--yes`, or a prompt when a
//! person is at the terminal. A script without `--yes` is refused, never
//! left waiting for an answer it cannot give.

use std::io::{BufRead, IsTerminal, Write};

use crate::failure::Failure;

/// Ok when `yes` was given or the operator answers `y` to `question`.
pub(crate) fn confirm(question: &str, yes: bool) -> Result<(), Failure> {
    if yes {
        return Ok(());
    }
    let stdin = std::io::stdin();
    if !stdin.is_terminal() || !std::io::stderr().is_terminal() {
        return Err(Failure::usage(format!(
            "{question}: give --yes to confirm (no terminal to ask)"
        )));
    }
    eprint!("{question} [y/N] ");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    stdin
        .lock()
        .read_line(&mut answer)
        .map_err(|e| Failure::usage(format!("cannot read the answer: {e}")))?;
    match answer.trim() {
        "y" | "Y" | "yes" => Ok(()),
        _ => Err(Failure::usage("not confirmed; nothing was done")),
    }
}
