//! Parsing, encoding and validating update_contact_group, against the untyped
//! round trip through `serde_json::Value` that hand-rolled clients do (the
//! baseline), measured in the same run.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use tim_protocol::recentcontact::{ContactEdit, UpdateContactGroupRequest, UpdateContactGroupResponse};
use tim_protocol::Conversation;

fn update_contact_group(c: &mut Criterion) {
    let edits = (0..100).map(|i| {
        if i % 2 == 0 {
            ContactEdit::add(Conversation::c2c(format!("user_{i:04}")))
        } else {
            ContactEdit::remove(Conversation::group(format!("@TGS#{i:08}")))
        }
    });
    let request = UpdateContactGroupRequest::edit_contacts("user_0001", "group_0001", edits);
    let request_json = serde_json::to_vec(&request).unwrap();
    let response_json = include_bytes!("../samples/recentcontact/update_contact_group/response-2.json");

    let mut group = c.benchmark_group("update_contact_group_100_edits");
    group.bench_function("baseline_untyped_value_round_trip", |b| {
        b.iter(|| {
            let value: serde_json::Value = serde_json::from_slice(black_box(&request_json)).unwrap();
            serde_json::to_vec(&value).unwrap()
        })
    });
    group.bench_function("typed_round_trip", |b| {
        b.iter(|| {
            let typed: UpdateContactGroupRequest = serde_json::from_slice(black_box(&request_json)).unwrap();
            serde_json::to_vec(&typed).unwrap()
        })
    });
    group.bench_function("typed_encode", |b| {
        b.iter(|| serde_json::to_vec(black_box(&request)).unwrap())
    });
    group.bench_function("validate", |b| b.iter(|| black_box(&request).validate().unwrap()));
    group.finish();

    let mut group = c.benchmark_group("update_contact_group_response");
    group.bench_function("baseline_untyped_value_parse", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(response_json)).unwrap())
    });
    group.bench_function("typed_parse", |b| {
        b.iter(|| serde_json::from_slice::<UpdateContactGroupResponse>(black_box(response_json)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, update_contact_group);
criterion_main!(benches);
