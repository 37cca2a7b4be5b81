//! UserSig v2 for Tencent Cloud Chat (TIM): generate, decode and verify the
//! token every REST call carries, and a cache that re-signs before expiry.
//!
//! A UserSig is an HMAC-SHA256 over the identifier, SDKAppID, signing time and
//! validity, made with the app's secret key, packed as zlib-compressed JSON in a
//! URL-safe base64 variant.
//!
//! ```
//! use tim_usersig::{verify, SecretKey, Signer, VerifyParams};
//!
//! let key = SecretKey::new("5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e").unwrap();
//! let signer = Signer::new(1400000000, key.clone());
//! let sig = signer.sign_at("administrator", 86_400, 1_700_000_000);
//!
//! let params = VerifyParams::new(1400000000, &key, "administrator");
//! let decoded = verify(sig.expose(), &params, 1_700_000_001).unwrap();
//! assert_eq!(decoded.expire, 86_400);
//! // Secrets never show in Debug output.
//! assert_eq!(format!("{key:?}"), "SecretKey(<redacted>)");
//! assert_eq!(format!("{sig:?}"), "UserSig(<redacted>)");
//! ```
// docs.rs shows which feature each item needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

mod cache;
mod codec;
mod error;
mod generate;
mod key;
mod verify;

pub use cache::{UserSigCache, DEFAULT_MARGIN_SECS, DEFAULT_VALIDITY_SECS};
// The clock is tim-clock's, re-exported: the signer and the cache read it, and
// callers hand in the same clock they give the other tim-rs crates.
pub use codec::{content_string, decode, DecodedUserSig};
pub use error::Error;
pub use generate::Signer;
pub use key::{EmptySecretKey, SecretKey, UserSig};
pub use tim_clock::{Clock, ManualClock, SystemClock};
pub use verify::{verify, VerifyParams};
