//! `tim moderation`: the app's blocked-word libraries and on-demand checks
//! of content against them.

use clap::{Args, Subcommand};
use tim_protocol::moderation::{
    AddCloudAuditKeywordsRequest, ContentModerationRequest, DeleteCloudAuditKeywordsRequest,
    GetCloudAuditKeywordsIdsRequest, GetCloudAuditKeywordsRequest, ModerationContentType, UserKeyword,
};

use crate::app::AppArgs;
use crate::failure::Failure;
use crate::inputs::{flat, Items as Inputs};
use crate::output::{print, warn};

/// The app, a word library and some words.
#[derive(Debug, Args)]
pub(crate) struct Words {
    #[command(flatten)]
    app: AppArgs,
    /// The library's ID (`tim moderation libraries` lists them).
    #[arg(long)]
    lib: String,
    /// The words: words, `-` (standard input) or `@FILE`, one per line.
    #[arg(required = true, value_parser = Inputs::parse)]
    words: Vec<Inputs>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// List the app's blocked-word libraries.
    Libraries {
        #[command(flatten)]
        app: AppArgs,
        /// Print at most this many.
        #[arg(long)]
        limit: Option<usize>,
    },
    /// List the words of a library.
    Words {
        #[command(flatten)]
        app: AppArgs,
        /// The library's ID.
        #[arg(long)]
        lib: String,
        /// Print at most this many.
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Add words to a library.
    Add(Words),
    /// Delete words from a library.
    Delete(Words),
    /// Check a text against the app's moderation now: prints Pass, Review or
    /// Block with the words found; exits 1 when it is blocked.
    Check {
        #[command(flatten)]
        app: AppArgs,
        /// The text.
        #[arg(long, allow_hyphen_values = true)]
        text: String,
        /// The moderation configuration to judge by (`AuditName`, e.g. C2C or Group).
        #[arg(long, default_value = "C2C")]
        audit_name: String,
    },
}

/// Words and libraries per page.
const PAGE: u32 = 100;

pub(crate) fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Libraries { app, limit } => {
            let client = app.client()?;
            client.list(
                GetCloudAuditKeywordsIdsRequest::new(client.sdkappid(), PAGE),
                app.json,
                limit,
                |page| page.infos().to_vec(),
                |library| format!("{} {}", library.id, library.lib_name.as_deref().unwrap_or("")),
            )
        }
        Command::Words { app, lib, limit } => {
            let client = app.client()?;
            client.list(
                GetCloudAuditKeywordsRequest::new(client.sdkappid(), &lib, PAGE),
                app.json,
                limit,
                |page| page.infos().to_vec(),
                |word| format!("{} {}", word.id, word.content),
            )
        }
        Command::Add(Words { app, lib, words }) => {
            let words = flat(&words);
            let client = app.client()?;
            let request =
                AddCloudAuditKeywordsRequest::new(client.sdkappid(), &lib, words.iter().map(UserKeyword::new));
            let reply = client.send(&request)?;
            print(app.json, &reply, || vec![format!("added {} word(s)", words.len())]);
            Ok(())
        }
        Command::Delete(Words { app, lib, words }) => {
            let words = flat(&words);
            let client = app.client()?;
            let reply = client.send(&DeleteCloudAuditKeywordsRequest::new(client.sdkappid(), &lib, &words))?;
            let kept: Vec<_> = reply.not_deleted().collect();
            print(app.json, &reply, || {
                vec![format!("deleted {} word(s)", words.len() - kept.len())]
            });
            if !app.json {
                for word in &kept {
                    warn(&format!(
                        "{} not deleted: {}",
                        word.keyword,
                        word.error_info.as_deref().unwrap_or("")
                    ));
                }
            }
            Failure::items(kept.len(), words.len())
        }
        Command::Check { app, text, audit_name } => {
            let request = ContentModerationRequest::new(&audit_name, ModerationContentType::Text, &text);
            let reply = app.client()?.send(&request)?;
            let verdict = &reply.verdict;
            print(app.json, &reply, || {
                let result = verdict.result.as_ref().map_or("?", |result| result.as_str());
                let words = verdict.keywords().join(", ");
                vec![if words.is_empty() {
                    result.to_owned()
                } else {
                    format!("{result}: {words}")
                }]
            });
            if verdict.is_blocked() {
                return Err(Failure::invalid("the text is blocked"));
            }
            Ok(())
        }
    }
}
