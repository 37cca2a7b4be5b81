//! `tim`: the command-line tool for operators of a Tencent Cloud Chat app.
//!
//! This library is the `tim` binary's: [`main`] runs it, [`command`] gives
//! its clap description (for the README's command list, completions and the
//! man page). The commands, the app's flags and the exit codes are in
//! `tim --help` and the README.
//!
//! The app is given by `--sdkappid`, `--identifier`, `--region` (or
//! `--base-url`) and the secret key, each also read from `TIM_SDKAPPID`,
//! `TIM_IDENTIFIER`, `TIM_REGION` / `TIM_BASE_URL` and `TIM_SECRET_KEY`, read
//! by tim-api's `AppSettings` exactly as `ClientConfig::from_env` reads them.
//! `-v` (or `RUST_LOG`) writes the SDK's tracing to standard error.
//! Prefer the environment for the key: a flag shows in the process list.
//! No output or error shows the key or a UserSig, except the UserSig that
//! `tim usersig gen` is asked to print.
// docs.rs shows which feature each item needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

mod account;
mod app;
mod blocklist;
mod bulk;
mod call;
mod callback;
mod completions;
mod confirm;
mod contact_group;
#[cfg(feature = "emulator")]
mod emulator;
mod failure;
mod follow;
mod friend;
mod group;
mod inputs;
mod logging;
mod moderation;
mod msg;
mod official_account;
mod output;
mod per_user;
mod profile;
mod profiles;
mod push;
mod recent;
mod robot;
mod session;
mod user_args;
mod usersig;

use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

/// What `tim --help` ends with: the exit-code contract.
const AFTER_HELP: &str = "\
Exit codes:
  0  every item succeeded
  1  refused: by the service, or before sending by one of its documented rules (the code is printed)
  2  usage: bad arguments or input, no app configured; nothing was sent
  3  partial: some items of a batch failed, others succeeded (each is printed)
  4  outcome unknown: the request may have been applied; check before sending it again
  5  no answer: the service could not be reached, or a gateway answered instead; nothing was applied

Lists of IDs accept `-` (standard input) and `@FILE`, one item per line.
With --json a reply is one JSON document, a list is JSON Lines, and errors are JSON on stderr.";

#[derive(Parser)]
#[command(
    name = "tim",
    version,
    about = "Tencent Cloud Chat for operators: accounts, messages, profiles, groups, friends and \
             follows, sessions, conversations, official accounts, push, moderation, chatbots, \
             UserSigs, webhooks, any endpoint, and a local emulator",
    after_help = AFTER_HELP
)]
struct Cli {
    /// Log what the SDK does to standard error (-v: debug, -vv: trace);
    /// `RUST_LOG` (e.g. `tim_api=debug`) sets it too. Logs never hold the key
    /// or a UserSig.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    /// A named app from the profiles file (see the README) [env: TIM_PROFILE].
    #[arg(long, global = true, env = "TIM_PROFILE")]
    profile: Option<String>,
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
    /// Official accounts: create, subscribers, broadcast messages, recall.
    #[command(subcommand, name = "official-account")]
    OfficialAccount(official_account::Command),
    /// Blocked-word libraries and on-demand moderation of text.
    #[command(subcommand)]
    Moderation(moderation::Command),
    /// Push to every user or by tag or attribute; users' tags and attributes.
    #[command(subcommand)]
    Push(push::Command),
    /// Chatbot accounts, and streamed messages from them.
    #[command(subcommand)]
    Robot(robot::Command),
    /// Login status, and ending a user's logins.
    #[command(subcommand)]
    Session(session::Command),
    /// A user's recent-conversation list.
    #[command(subcommand)]
    Recent(recent::Command),
    /// Send any endpoint of the API: the body is checked against the
    /// endpoint's type and rules, the reply printed as JSON.
    #[command(arg_required_else_help = true)]
    Call(call::Call),
    /// Make and check webhook signatures.
    #[command(subcommand)]
    Callback(callback::Command),
    /// Run the local emulator until interrupted; `tim emulator snapshot`
    /// makes a running one save its state file.
    #[cfg(feature = "emulator")]
    Emulator(Box<emulator::Command>),
    /// Print a shell's completion script for tim.
    Completions(completions::Completions),
}

/// The clap description of `tim`: its commands, flags and help texts.
pub fn command() -> clap::Command {
    Cli::command()
}

/// Runs `tim` with the process's arguments and answers its exit code (see
/// `tim --help`).
pub fn main() -> ExitCode {
    // Known before parsing, so that even a usage error comes as JSON.
    let json = std::env::args_os().any(|arg| arg == "--json");
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) if json && error.use_stderr() => {
            let failure = failure::Failure::usage(error.kind().to_string());
            eprintln!("{}", failure.to_json());
            return failure.exit_code();
        }
        Err(error) => error.exit(),
    };
    logging::init(cli.verbose);
    app::use_profile(cli.profile);
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
        Command::Session(command) => session::run(command),
        Command::OfficialAccount(command) => official_account::run(command),
        Command::Moderation(command) => moderation::run(command),
        Command::Push(command) => push::run(command),
        Command::Robot(command) => robot::run(command),
        Command::Recent(command) => recent::run(command),
        Command::Callback(command) => callback::run(command),
        Command::Completions(completions) => completions::run(completions, &mut Cli::command()),
        #[cfg(feature = "emulator")]
        Command::Emulator(command) => emulator::run(*command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            if json {
                eprintln!("{}", output::terminal_safe(&failure.to_json().to_string()));
            } else {
                eprintln!("tim: {}", output::terminal_safe(&failure.to_string()));
            }
            failure.exit_code()
        }
    }
}
