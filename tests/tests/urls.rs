//! Any base URL that parses, with any identifier, makes a request URL the
//! HTTP stack accepts, so the client's "not a valid URI" error is never hit.

use proptest::prelude::*;
use tim_protocol::{BaseUrl, QueryParams, RequestUrl};

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_parsed_base_url_makes_a_valid_request(
        rest in prop_oneof!["\\PC{0,40}", "[a-zA-Z0-9.:/%\\[\\]@_~!$&'()*+,;=-]{0,30}"],
        scheme in prop::sample::select(vec!["https://", "http://127.0.0.1", "http://localhost:"]),
        identifier in "\\PC{1,32}",
        random in any::<u32>(),
    ) {
        let text = format!("{scheme}{rest}");
        if let Ok(base) = BaseUrl::parse(&text) {
            let url = RequestUrl::new(
                &base,
                "v4/recentcontact/update_contact_group",
                QueryParams { sdkappid: 1400000000, identifier: &identifier, usersig: "eJx*a-b_", random },
            );
            prop_assert!(http::Request::post(url.as_str()).body(()).is_ok(), "{}", url);
        }
    }
}
