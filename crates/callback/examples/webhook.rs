//! A webhook server: verifies each request, logs the event, and refuses
//! messages that contain a word.
//!
//! ```text
//! TIM_CALLBACK_TOKEN=... cargo run -p tim-callback --features axum --example webhook -- \
//!     --sdkappid 1400000000 --port 8080 --refuse-word spam
//! ```
//!
//! Point the console's webhook URL at `http://<host>:8080/` (the service
//! calls HTTPS URLs: put a TLS proxy in front). Without TIM_CALLBACK_TOKEN the
//! requests are not signed and only the SDKAppID is checked.

use clap::Parser;
use tim_callback::axum::router;
use tim_callback::{Callback, Event, Reply, Token, Verifier, Webhook};
use tim_protocol::message::{MsgBody, MsgElement};

#[derive(Parser)]
struct Args {
    /// The app's SDKAppID.
    #[arg(long, env = "TIM_SDKAPPID")]
    sdkappid: u64,
    /// The port to listen on (all interfaces).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// Messages whose text contains this word are refused.
    #[arg(long, default_value = "forbidden")]
    refuse_word: String,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let verifier = match std::env::var("TIM_CALLBACK_TOKEN") {
        Ok(token) if !token.is_empty() => Verifier::new(args.sdkappid, Token::new(token)),
        _ => {
            eprintln!("TIM_CALLBACK_TOKEN is not set: checking the SDKAppID only");
            Verifier::without_token(args.sdkappid)
        }
    };
    let word = args.refuse_word;
    let app = router("/", Webhook::new(verifier), move |callback: Callback| {
        let word = word.clone();
        async move {
            let body = callback.event.to_value();
            let refuse = match &callback.event {
                Event::C2cBeforeSendMsg(message) => contains_word(&message.msg_body, &word),
                Event::GroupBeforeSendMsg(message) => contains_word(&message.msg_body, &word),
                Event::OfficialAccountBeforeSendMsg(message) => contains_word(&message.msg_body, &word),
                _ => false,
            };
            println!(
                "{} from {} ({}): {}{}",
                callback.event.command(),
                callback.query.client_ip.as_deref().unwrap_or("?"),
                callback.query.opt_platform.as_ref().map_or("?", |p| p.as_str()),
                body,
                if refuse { "  -> refused" } else { "" }
            );
            if refuse {
                Reply::refuse()
            } else {
                Reply::allow()
            }
        }
    });
    let listener = tokio::net::TcpListener::bind(("0.0.0.0", args.port)).await?;
    println!("listening on {}", listener.local_addr()?);
    axum::serve(listener, app).await
}

/// Whether a message body has a text element containing `word`.
fn contains_word(body: &MsgBody, word: &str) -> bool {
    body.iter()
        .any(|element| matches!(element, MsgElement::Text(text) if text.text.contains(word)))
}
