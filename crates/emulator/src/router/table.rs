//! Every endpoint of the table with its handler, if the emulator models
//! it: what a call's path is looked up in.

use std::collections::HashMap;

use rustc_hash::FxHashMap;
use tim_protocol::{Endpoint, ENDPOINTS};

use super::erased::Handler;
use crate::path_key::key;

/// Every endpoint of the table, each with its handler if it has one, and the
/// older paths ([`Endpoint::aliases`]) that reach them: a client written
/// against an older page is served as the service serves it.
pub(super) struct Routes {
    current: FxHashMap<&'static str, (&'static Endpoint, Option<Handler>)>,
    /// An older path's key, and the current path's.
    aliases: FxHashMap<&'static str, &'static str>,
}

impl Routes {
    pub(super) fn new(handlers: Vec<Handler>) -> Self {
        let mut handlers: HashMap<&'static str, Handler> =
            handlers.into_iter().map(|handler| (handler.path, handler)).collect();
        let routes = ENDPOINTS
            .iter()
            .map(|endpoint| (key(endpoint.path()), (endpoint, handlers.remove(endpoint.path()))))
            .collect();
        // Request types get their paths from the table, so no handler is left.
        debug_assert!(handlers.is_empty(), "handlers off the table: {:?}", handlers.keys());
        let aliases = ENDPOINTS
            .iter()
            .flat_map(|endpoint| {
                endpoint
                    .aliases()
                    .iter()
                    .map(|alias| (key(alias), key(endpoint.path())))
            })
            .collect();
        Self {
            current: routes,
            aliases,
        }
    }

    /// The endpoint at `path`, given as `Endpoint::find` takes it.
    pub(super) fn find(&self, path: &str) -> Option<(&'static Endpoint, Option<&Handler>)> {
        let path = key(path);
        // Current paths first: an older name costs its second lookup alone.
        self.current
            .get(path)
            .or_else(|| self.current.get(self.aliases.get(path)?))
            .map(|(endpoint, handler)| (*endpoint, handler.as_ref()))
    }
}
