//! `TransportConfig::root_certificate_der`: both clients trust a server whose
//! certificate is given as a root, and refuse it (a TLS error, nothing
//! retried as if it had reached the service) when it is not.

#[path = "../benches/support/servers.rs"]
mod servers;

use servers::{BareServer, SelfSigned};
use tim_api::{BlockingClient, Client, ClientConfig, Error, RateLimit};
use tim_protocol::recentcontact::UpdateContactGroupRequest;
use tim_protocol::BaseUrl;
use tim_transport::{ReqwestTransport, TransportConfig, TransportErrorKind};
use tim_usersig::SecretKey;

const REPLY: &[u8] = include_bytes!("../../crates/protocol/samples/recentcontact/update_contact_group/response.json");

fn config(server: &BareServer, roots: &[&[u8]]) -> ClientConfig {
    let transport = roots
        .iter()
        .fold(TransportConfig::builder(), |builder, der| {
            builder.root_certificate_der(*der)
        })
        .build();
    ClientConfig::builder()
        .base_url(BaseUrl::parse(&format!("https://{}", server.addr)).unwrap())
        .sdkappid(1400000000)
        .identifier("administrator")
        .secret_key(SecretKey::new("key").unwrap())
        .rate_limit(RateLimit::Off)
        .transport(transport)
        .build()
        .unwrap()
}

fn request() -> UpdateContactGroupRequest {
    UpdateContactGroupRequest::rename("user_0001", "group_0001", "group_0002")
}

fn assert_tls_error(result: Result<impl std::fmt::Debug, Error>) {
    match result {
        Err(Error::Transport(error)) => assert_eq!(error.kind(), TransportErrorKind::Tls, "{error}"),
        other => panic!("expected a TLS error, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_async_client_trusts_the_given_root_and_only_then() {
    let (tls, other) = (SelfSigned::generate(), SelfSigned::generate());
    let server = BareServer::start(REPLY, Some(&tls));
    let trusted = Client::new(config(&server, &[&other.cert_der, &tls.cert_der])).unwrap();
    let reply = trusted.send(&request()).await.unwrap();
    assert!(reply.envelope.is_success());
    for roots in [&[][..], &[&other.cert_der[..]][..]] {
        let untrusting = Client::new(config(&server, roots)).unwrap();
        assert_tls_error(untrusting.send(&request()).await);
    }
}

#[test]
fn the_blocking_client_trusts_the_given_root_and_only_then() {
    let (tls, other) = (SelfSigned::generate(), SelfSigned::generate());
    let server = BareServer::start(REPLY, Some(&tls));
    let trusted = BlockingClient::new(config(&server, &[&other.cert_der, &tls.cert_der]));
    assert!(trusted.send(&request()).unwrap().envelope.is_success());
    for roots in [&[][..], &[&other.cert_der[..]][..]] {
        assert_tls_error(BlockingClient::new(config(&server, roots)).send(&request()));
    }
}

#[test]
fn a_root_that_is_not_a_certificate_is_refused_when_the_transport_is_built() {
    let config = TransportConfig::builder()
        .root_certificate_der(b"not DER".to_vec())
        .build();
    assert!(ReqwestTransport::new(&config).is_err());
    assert!(format!("{config:?}").contains("root_certificates: 1"), "{config:?}");
}
