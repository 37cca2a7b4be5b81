//! Admission: the checks every call gets before its handler runs, in the
//! documented order (see the module `router`): the path, the method, the
//! query, the administrator and the UserSig (`auth`), whether the endpoint
//! is modelled, an injected fault. The body's JSON and `validate()` follow
//! in the handler (`erased`), as they need its request type.

use axum::http::Method;
use tim_protocol::ErrorCode;

use super::erased::Handler;
use super::table::Routes;
use crate::auth;
use crate::context::Context;
use crate::failure::Failure;
use crate::faults::Faults;

pub(super) fn not_found() -> Failure {
    Failure::new(ErrorCode::InvalidResource, "the requested resource does not exist")
}

/// The handler of a call whose body has been read, once the checks before
/// it pass, in the documented order.
pub(super) fn admit<'r>(
    ctx: &Context,
    routes: &'r Routes,
    faults: &Faults,
    path: &str,
    method: &Method,
    query: Option<&str>,
) -> Result<&'r Handler, Failure> {
    let (endpoint, handler) = routes.find(path).ok_or_else(not_found)?;
    if method != Method::POST {
        return Err(Failure::new(ErrorCode::HttpParseFailed, "only POST is accepted"));
    }
    auth::check(&ctx.settings, &ctx.verified, query, endpoint.service())?;
    let handler = handler.ok_or_else(|| {
        Failure::new(
            ErrorCode::CallDisabled,
            format!(
                "{} is an endpoint of the API that tim-emulator does not emulate",
                endpoint.path()
            ),
        )
    })?;
    if let Some(code) = faults.draw(path) {
        return Err(Failure::new(code, "fault injected by the emulator"));
    }
    Ok(handler)
}

#[cfg(test)]
mod tests {
    use tim_protocol::ENDPOINTS;
    use tim_usersig::{SecretKey, Signer};

    use super::super::{emulated, ROUTES};
    use super::*;

    /// The answer to a call without webhooks.
    fn answer(
        ctx: &Context,
        routes: &Routes,
        faults: &Faults,
        path: &str,
        method: &Method,
        query: Option<&str>,
        body: &[u8],
    ) -> Result<Vec<u8>, Failure> {
        admit(ctx, routes, faults, path, method, query)
            .and_then(|handler| handler.run(ctx, body).map(|reply| reply.json))
    }

    fn query() -> String {
        let sig = Signer::new(1400000000, SecretKey::new("key").unwrap()).sign("admin", 3600);
        format!(
            "sdkappid=1400000000&identifier=admin&usersig={}&random=1&contenttype=json",
            sig.expose()
        )
    }

    fn code(result: Result<Vec<u8>, Failure>) -> ErrorCode {
        match result {
            Ok(json) => {
                serde_json::from_slice::<tim_protocol::Envelope>(&json)
                    .unwrap()
                    .error_code
            }
            Err(failure) => failure.code,
        }
    }

    #[test]
    fn an_endpoint_without_a_handler_fails_saying_so_after_the_credentials() {
        let (ctx, none) = (Context::for_tests(), Routes::new(Vec::new()));
        let post = |routes: &Routes, path: &str, query: &str| {
            answer(&ctx, routes, &Faults::none(), path, &Method::POST, Some(query), b"{}")
        };
        for endpoint in ENDPOINTS {
            let failure = post(&none, endpoint.path(), &query()).unwrap_err();
            assert_eq!(failure.code, ErrorCode::CallDisabled, "{}", endpoint.path());
            assert!(failure.info.contains("not emulate"), "{}", failure.info);
            assert!(failure.info.contains(endpoint.path()), "{}", failure.info);
            // Credentials are checked first, with the service's own code.
            let stranger = query().replace("identifier=admin", "identifier=someone");
            assert_eq!(
                post(&none, endpoint.path(), &stranger).unwrap_err().code,
                endpoint.service().admin_required()
            );
            // The modelled routes never answer 60017.
            if emulated(endpoint.path()) {
                assert_ne!(code(post(&ROUTES, endpoint.path(), &query())), ErrorCode::CallDisabled);
            }
        }
        // A path off the table is 60009, handler or not.
        assert_eq!(
            post(&none, "recentcontact/no_such_api", &query()).unwrap_err().code,
            ErrorCode::InvalidResource
        );
    }
}
