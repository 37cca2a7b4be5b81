//! The `tim` binary: everything is in the library (`tim_cli`), so the
//! README's command list, completions and the man page read the same
//! description of the commands.

fn main() -> std::process::ExitCode {
    tim_cli::main()
}
