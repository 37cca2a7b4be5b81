//! The cache signs once per validity window, however many threads ask.

use std::sync::Arc;

use tim_usersig::{ManualClock, SecretKey, Signer, UserSigCache};

#[test]
fn sixteen_threads_ten_thousand_gets_one_signing_per_window() {
    let clock = ManualClock::new(1_700_000_000);
    let signer = Signer::new(1400000000, SecretKey::new("key").unwrap()).with_clock(Arc::new(clock.clone()));
    let cache = Arc::new(UserSigCache::new(signer, "admin").validity_secs(3600).margin_secs(300));

    let run = |cache: &Arc<UserSigCache>| {
        let threads: Vec<_> = (0..16)
            .map(|_| {
                let cache = Arc::clone(cache);
                std::thread::spawn(move || (0..625).map(|_| cache.get()).collect::<Vec<_>>())
            })
            .collect();
        let sigs: Vec<_> = threads.into_iter().flat_map(|t| t.join().unwrap()).collect();
        assert_eq!(sigs.len(), 10_000);
        assert!(
            sigs.windows(2).all(|pair| pair[0] == pair[1]),
            "every caller got the same UserSig"
        );
        sigs[0].clone()
    };

    let first = run(&cache);
    assert_eq!(cache.signings(), 1);

    clock.advance(3600 - 300); // now within the margin: the window has passed
    let second = run(&cache);
    assert_eq!(cache.signings(), 2);
    assert_ne!(first, second);
}

#[test]
fn renew_after_rejection_signs_once_for_many_callers() {
    let clock = ManualClock::new(1_700_000_000);
    let signer = Signer::new(1, SecretKey::new("key").unwrap()).with_clock(Arc::new(clock.clone()));
    let cache = UserSigCache::new(signer, "admin");
    let rejected = cache.get();
    clock.advance(1);
    let renewed = cache.renew(&rejected);
    assert_ne!(renewed, rejected);
    assert_eq!(
        cache.renew(&rejected),
        renewed,
        "a second caller with the old token gets the new one"
    );
    assert_eq!(cache.signings(), 2);
}

#[test]
fn debug_of_signer_and_cache_shows_no_secret() {
    let signer = Signer::new(1, SecretKey::new("super-secret-key").unwrap());
    let cache = UserSigCache::new(signer.clone(), "admin");
    let sig = cache.get();
    for text in [format!("{signer:?}"), format!("{cache:?}")] {
        assert!(!text.contains("super-secret-key"), "{text}");
        assert!(!text.contains(sig.expose()), "{text}");
    }
}
