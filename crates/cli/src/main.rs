//! `tim`: the command-line tool for operators of a Tencent Cloud Chat app.
//!
//! - `tim usersig gen | verify | decode`: make and check UserSigs.
//! - `tim contact-group create | rename | add | remove | delete | list`: a
//!   user's conversation groups.
//! - `tim account import | check | delete`: accounts.
//! - `tim msg send | history`, `tim profile get | set`: one-to-one messages
//!   and profiles.
//! - `tim group create | info | members | add | remove | send | history |
//!   mute | destroy`: groups.
//! - `tim friend | blocklist add | delete | list | check`, `tim follow add |
//!   delete | list | check | counts`: relationships. A call that answers per
//!   user fails (exit 1) when any user's part failed, after printing each.
//! - `tim call SERVICE/COMMAND --data JSON|@FILE|-`: any endpoint of the API.
//! - `tim callback sign | verify`: webhook signatures (token from
//!   `TIM_CALLBACK_TOKEN`, never printed).
//! - `tim emulator`: run the local emulator.
//!
//! The app is given by `--sdkappid`, `--identifier`, `--region` (or
//! `--base-url`) and the secret key, each also read from `TIM_SDKAPPID`,
//! `TIM_IDENTIFIER`, `TIM_REGION` / `TIM_BASE_URL` and `TIM_SECRET_KEY`, read
//! by tim-api's `AppSettings` exactly as `ClientConfig::from_env` reads them.
//! `-v` (or `RUST_LOG`) writes the SDK's tracing to standard error.
//! Prefer the environment for the key: a flag shows in the process list.
//! No output or error shows the key or a UserSig, except the UserSig that
//! `tim usersig gen` is asked to print.

mod account;
mod app;
mod blocklist;
mod call;
mod callback;
mod contact_group;
mod follow;
mod friend;
mod group;
mod logging;
mod msg;
mod output;
mod per_user;
mod profile;
mod usersig;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "tim",
    version,
    about = "Tencent Cloud Chat for operators: UserSigs, accounts, messages, profiles, groups, relationships, conversation groups, any endpoint, a local emulator"
)]
struct Cli {
    /// Log what the SDK does to standard error (-v: debug, -vv: trace);
    /// `RUST_LOG` (e.g. `tim_api=debug`) sets it too. Logs never hold the key
    /// or a UserSig.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
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
    /// Send one-to-one messages and read their history.
    #[command(subcommand)]
    Msg(msg::Command),
    /// Read and write users' profile fields.
    #[command(subcommand)]
    Profile(profile::Command),
    /// Groups: create, inspect, members, messages, mutes.
    #[command(subcommand)]
    Group(group::Command),
    /// Import, check and delete accounts.
    #[command(subcommand)]
    Account(account::Command),
    /// A user's friends: add, delete, list, check.
    #[command(subcommand)]
    Friend(friend::Command),
    /// The users a user blocks: add, delete, list, check.
    #[command(subcommand)]
    Blocklist(blocklist::Command),
    /// Follow relations: follow, unfollow, the lists, relations, counts.
    #[command(subcommand)]
    Follow(follow::Command),
    /// Send any endpoint of the API: the body is checked against the
    /// endpoint's type and rules, the reply printed as JSON.
    #[command(arg_required_else_help = true)]
    Call(call::Call),
    /// Make and check webhook signatures.
    #[command(subcommand)]
    Callback(callback::Command),
    /// Run the local emulator until interrupted.
    Emulator(tim_emulator::EmulatorArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    logging::init(cli.verbose);
    let result = match cli.command {
        Command::Call(call) => call::run(call),
        Command::Usersig(command) => usersig::run(command),
        Command::ContactGroup(command) => contact_group::run(command),
        Command::Account(command) => account::run(command),
        Command::Msg(command) => msg::run(command),
        Command::Profile(command) => profile::run(command),
        Command::Group(command) => group::run(command),
        Command::Friend(command) => friend::run(command),
        Command::Blocklist(command) => blocklist::run(command),
        Command::Follow(command) => follow::run(command),
        Command::Callback(command) => callback::run(command),
        Command::Emulator(args) => Err(format!("cannot start the emulator: {}", args.run())),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("tim: {}", output::terminal_safe(&message));
            ExitCode::FAILURE
        }
    }
}
