//! Online status events (`State.…`).

use serde::{Deserialize, Serialize};

use super::common::EventTime;

tim_protocol::str_enum! {
    /// `Info.Action`: what happened to the user's connection.
    pub enum StateAction {
        /// `Login`: a TCP connection was established.
        Login = "Login",
        /// `Logout`: the TCP connection was closed.
        Logout = "Logout",
        /// `Disconnect`: the network was lost.
        Disconnect = "Disconnect",
    }
}

/// `State.StateChange`: a user went online or offline
/// (<https://intl.cloud.tencent.com/document/product/1047/34357>).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StateChange {
    /// `EventTime`: when the webhook was triggered.
    #[serde(rename = "EventTime", default, skip_serializing_if = "Option::is_none")]
    pub event_time: Option<EventTime>,
    /// `Info`: the login or logout.
    #[serde(rename = "Info")]
    pub info: StateInfo,
    /// `KickedDevice`: the user's other devices pushed offline by this login
    /// (only on a `Login` with reason `Register` that kicked devices).
    #[serde(rename = "KickedDevice", default, skip_serializing_if = "Option::is_none")]
    pub kicked_device: Option<Vec<KickedDevice>>,
}

/// The `Info` object of [`StateChange`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StateInfo {
    /// `Action`.
    #[serde(rename = "Action")]
    pub action: StateAction,
    /// `To_Account`: the user.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `Reason`: e.g. `Register`, `Unregister`, `LinkClose`, `TimeOut`,
    /// `MultiLogin` (kept as sent: the pages list more reasons over time).
    #[serde(rename = "Reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// One `KickedDevice` item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct KickedDevice {
    /// `Platform`: `iOS`, `Android`, `Web`, `Windows`, `iPad`, `Mac`,
    /// `Linux`, kept as sent.
    #[serde(rename = "Platform")]
    pub platform: String,
}
