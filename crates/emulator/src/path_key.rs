//! How the emulator compares the paths of calls.

/// `service/command` of a path with or without a leading `/` and `v4/`:
/// how the routes, the faults limited to a path and the request log's
/// [`RecordedRequest::is`](crate::RecordedRequest::is) compare paths.
pub(crate) fn key(path: &str) -> &str {
    let path = path.trim_start_matches('/');
    path.strip_prefix("v4/").unwrap_or(path)
}
