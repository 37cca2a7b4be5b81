//! Generate, verify and a cache hit, against the cost of the bare HMAC-SHA256
//! they all contain (the baseline), measured in the same run.

use std::hint::black_box;
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use tim_usersig::{content_string, verify, ManualClock, SecretKey, Signer, UserSigCache, VerifyParams};

const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

fn usersig(c: &mut Criterion) {
    let key = SecretKey::new(KEY).unwrap();
    let signer = Signer::new(1400000000, key.clone());
    let token = signer.sign_at("administrator", 86_400, 1_700_000_000);
    let params = VerifyParams::new(1400000000, &key, "administrator");
    let clock = ManualClock::new(1_700_000_000);
    let cache = UserSigCache::new(signer.clone().with_clock(Arc::new(clock)), "administrator");
    cache.get();

    let mut group = c.benchmark_group("usersig");
    group.bench_function("baseline_hmac_sha256", |b| {
        b.iter(|| {
            let content = content_string(black_box("administrator"), 1400000000, 1_700_000_000, 86_400, None);
            let mut mac = Hmac::<Sha256>::new_from_slice(KEY.as_bytes()).unwrap();
            mac.update(content.as_bytes());
            black_box(mac.finalize())
        })
    });
    group.bench_function("generate", |b| {
        b.iter(|| signer.sign_at(black_box("administrator"), 86_400, 1_700_000_000))
    });
    group.bench_function("verify", |b| {
        b.iter(|| verify(black_box(token.expose()), &params, 1_700_000_001).unwrap())
    });
    group.bench_function("cache_hit", |b| b.iter(|| black_box(cache.get())));
    group.finish();
}

criterion_group!(benches, usersig);
criterion_main!(benches);
