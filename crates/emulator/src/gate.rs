//! The gate every call passes and a snapshot closes, so a snapshot holds
//! each call's change wholly or not at all. Its own file: the context holds
//! it, and the snapshot module, which reads the context, closes it.

use std::sync::{PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

/// The lock that makes a snapshot consistent (see `snapshot`'s module text): calls
/// hold it shared while they change the state, a snapshot holds it
/// exclusively while it serializes. It comes first in the lock order,
/// before any lock of the state, and is never taken twice by one thread (a
/// call's operation does not run another call's), so it cannot deadlock.
/// Uncontended, entering it costs one atomic operation a call.
#[derive(Debug, Default)]
pub(crate) struct Gate(RwLock<()>);

impl Gate {
    /// Held by a call while it reads or changes the state.
    pub(crate) fn enter(&self) -> RwLockReadGuard<'_, ()> {
        self.0.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// Held by a snapshot while it serializes: no call is under way.
    pub(crate) fn pause(&self) -> RwLockWriteGuard<'_, ()> {
        self.0.write().unwrap_or_else(PoisonError::into_inner)
    }
}
