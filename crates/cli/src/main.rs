//! `tim`: the command-line tool for operators of a Tencent Cloud Chat app.
//!
//! - `tim usersig gen | verify | decode`: make and check UserSigs.
//! - `tim contact-group create | rename | add | remove | delete | list`: a
//!   user's conversation groups.
//! - `tim account import | check | delete`: accounts.
//! - `tim callback sign | verify`: webhook signatures (token from
//!   `TIM_CALLBACK_TOKEN`, never printed).
//! - `tim emulator`: run the local emulator.
//!
//! The app is given by `--sdkappid`, `--identifier`, `--region` (or
//! `--base-url`) and the secret key, each also read from `TIM_SDKAPPID`,
//! `TIM_IDENTIFIER`, `TIM_REGION` / `TIM_BASE_URL` and `TIM_SECRET_KEY`.
//! Prefer the environment for the key: a flag shows in the process list.
//! No output or error shows the key or a UserSig, except the UserSig that
//! `tim usersig gen` is asked to print.

mod account;
mod app;
mod callback;
mod contact_group;
mod output;
mod usersig;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "tim",
    version,
    about = "Tencent Cloud Chat for operators: UserSigs, conversation groups, accounts, a local emulator"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Make, check and read UserSigs.
    #[command(subcommand)]
    Usersig(usersig::Command),
    /// A user's conversation groups.
    #[command(subcommand, name = "contact-group")]
    ContactGroup(contact_group::Command),
    /// Import, check and delete accounts.
    #[command(subcommand)]
    Account(account::Command),
    /// Make and check webhook signatures.
    #[command(subcommand)]
    Callback(callback::Command),
    /// Run the local emulator until interrupted.
    Emulator(tim_emulator::EmulatorArgs),
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Usersig(command) => usersig::run(command),
        Command::ContactGroup(command) => contact_group::run(command),
        Command::Account(command) => account::run(command),
        Command::Callback(command) => callback::run(command),
        Command::Emulator(args) => Err(format!("cannot start the emulator: {}", args.run())),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("tim: {message}");
            ExitCode::FAILURE
        }
    }
}
