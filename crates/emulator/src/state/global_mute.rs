//! A user's global mute (`openconfigsvr/setnospeaking`): until when the user
//! may send no one-to-one messages, and no group messages.

use serde::{Deserialize, Serialize};

/// The end of a mute that never ends.
pub(crate) const FOREVER: u64 = u64::MAX;

/// One user's global mutes, as Unix seconds they end at (0: not muted).
#[derive(Debug, Serialize, Deserialize, Default, Clone, Copy)]
pub(crate) struct GlobalMute {
    pub(crate) c2c_until: u64,
    pub(crate) group_until: u64,
}

/// The end of a mute of `seconds` from `now`: 0 unmutes, `u32::MAX` is for
/// ever (the documented values).
pub(crate) fn until(now: u64, seconds: u32) -> u64 {
    match seconds {
        0 => 0,
        u32::MAX => FOREVER,
        seconds => now.saturating_add(u64::from(seconds)),
    }
}

/// What is left of a mute ending at `until`, in seconds as `getnospeaking`
/// answers them: 0 when not muted, `u32::MAX` for ever.
pub(crate) fn remaining(until: u64, now: u64) -> u32 {
    if until == FOREVER {
        u32::MAX
    } else {
        u32::try_from(until.saturating_sub(now)).unwrap_or(u32::MAX - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutes_end_when_set_and_forever_stays() {
        assert_eq!(until(100, 0), 0);
        assert_eq!(until(100, 60), 160);
        assert_eq!(remaining(until(100, 60), 130), 30);
        assert_eq!(remaining(until(100, 60), 200), 0);
        assert_eq!(remaining(until(100, u32::MAX), 1 << 40), u32::MAX);
    }
}
