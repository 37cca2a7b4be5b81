//! The macro that ties a request to its path and response type.

/// Implements [`Api`](crate::Api) for a request (delegating to its inherent
/// `validate`) and [`Response`](crate::Response) for its reply (whose envelope
/// is the flattened field `envelope`).
macro_rules! endpoint {
    ($request:ty => $response:ty, $path:literal, idempotent: $idempotent:literal, per_second: $rate:literal) => {
        impl $crate::Api for $request {
            const PATH: &'static str = $path;
            type Response = $response;
            const IDEMPOTENT: bool = $idempotent;
            const RATE_LIMIT_PER_SEC: u32 = $rate;

            fn validate(&self) -> Result<(), $crate::ValidationError> {
                <$request>::validate(self)
            }
        }

        impl $crate::Response for $response {
            fn envelope(&self) -> &$crate::Envelope {
                &self.envelope
            }
        }
    };
}

pub(crate) use endpoint;
