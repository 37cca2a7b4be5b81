//! The change counter the script polls: it moves with every call the
//! emulator answers and every webhook it delivers, which is every way its
//! world changes (the console's own actions are calls too).

use axum::extract::State;

use super::Console;

/// `GET /changes`: the counter, as text.
pub(super) async fn changes(State(console): State<Console>) -> String {
    let ctx = &console.ctx;
    format!("{}-{}", ctx.requests.recorded(), ctx.deliveries.recorded())
}
