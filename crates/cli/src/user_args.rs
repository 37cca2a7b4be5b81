//! The arguments the relationship commands share (`friend`, `blocklist`,
//! `follow`): a user and others, or a user whose list is read.

use clap::Args;

use crate::app::AppArgs;
use crate::inputs::Items as Inputs;

/// The app, a user and some others.
#[derive(Debug, Args)]
pub(crate) struct UserAndOthers {
    #[command(flatten)]
    pub(crate) app: AppArgs,
    /// The user whose list changes or is read.
    #[arg(allow_hyphen_values = true)]
    pub(crate) user: String,
    /// The other users: IDs, `-` (standard input) or `@FILE`, one per line
    /// (put `--` before them if one starts with `-`).
    #[arg(required = true, value_parser = Inputs::parse)]
    pub(crate) others: Vec<Inputs>,
}

/// The app and the user whose list is printed.
#[derive(Debug, Args)]
pub(crate) struct UserList {
    #[command(flatten)]
    pub(crate) app: AppArgs,
    /// The user.
    #[arg(allow_hyphen_values = true)]
    pub(crate) user: String,
    /// Print at most this many.
    #[arg(long)]
    pub(crate) limit: Option<usize>,
}
