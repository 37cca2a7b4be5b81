//! The reply of the calls that answer with the status fields only (the
//! group calls, and the one-to-one message calls of `openim`).

/// Declares `$name`, a reply holding only the [`Envelope`](crate::Envelope).
macro_rules! envelope_only_response {
    ($name:ident, $command:literal) => {
        #[doc = concat!("The reply of `", $command, "`: the status fields only.")]
        #[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
        #[non_exhaustive]
        pub struct $name {
            /// The status fields.
            #[serde(flatten)]
            pub envelope: crate::Envelope,
        }

        impl $name {
            /// A successful reply.
            pub fn new() -> Self {
                Self {
                    envelope: crate::Envelope::ok(),
                }
            }
        }
    };
}

pub(crate) use envelope_only_response;
