//! The client's own cost per call (validate, sign from the cache, build the
//! URL, encode, parse, decide), with the network replaced by a closure,
//! against the bare encode and parse any client must do (the baseline),
//! measured in the same run.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use tim_api::{BlockingClient, ClientConfig, RateLimit};
use tim_protocol::recentcontact::{UpdateContactGroupRequest, UpdateContactGroupResponse};
use tim_protocol::BaseUrl;
use tim_transport::FnTransport;
use tim_usersig::SecretKey;

const REPLY: &[u8] = include_bytes!("../../protocol/samples/recentcontact/update_contact_group/response.json");

fn client_call(c: &mut Criterion) {
    let config = ClientConfig::builder()
        .base_url(BaseUrl::parse("http://127.0.0.1:9").unwrap())
        .sdkappid(1400000000)
        .identifier("administrator")
        .secret_key(SecretKey::new("bench-key").unwrap())
        .rate_limit(RateLimit::Off)
        .build()
        .unwrap();
    let transport = FnTransport::new(|_| Ok(http::Response::new(REPLY.to_vec())));
    let client = BlockingClient::with_transport(config, transport);
    let request = UpdateContactGroupRequest::rename("user_0001", "group_0001", "group_0002");

    let mut group = c.benchmark_group("client_call");
    group.bench_function("baseline_encode_and_parse", |b| {
        b.iter(|| {
            let body = serde_json::to_vec(black_box(&request)).unwrap();
            black_box(body);
            serde_json::from_slice::<UpdateContactGroupResponse>(black_box(REPLY)).unwrap()
        })
    });
    group.bench_function("blocking_client_send", |b| {
        b.iter(|| client.send(black_box(&request)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, client_call);
criterion_main!(benches);
