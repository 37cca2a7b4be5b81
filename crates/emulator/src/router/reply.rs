//! Writing answers: a reply or an envelope as JSON, in an HTTP 200
//! response.

use axum::body::Body;
use axum::http::header;
use axum::response::Response;
use serde::Serialize;

pub(super) fn encode(value: &impl Serialize) -> Vec<u8> {
    // Our reply types always serialize: string keys, no non-finite floats.
    // Room for a typical reply at once, rather than growing from 128 bytes.
    let mut json = Vec::with_capacity(512);
    match serde_json::to_writer(&mut json, value) {
        Ok(()) => json,
        Err(_) => br#"{"ActionStatus":"FAIL","ErrorCode":60013}"#.to_vec(),
    }
}

pub(super) fn reply(envelope: &tim_protocol::Envelope) -> Response {
    json_response(encode(envelope))
}

/// HTTP 200 with a JSON body, built directly (no header parsing on the way).
pub(super) fn json_response(json: Vec<u8>) -> Response {
    let mut response = Response::new(Body::from(json));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/json"),
    );
    response
}
