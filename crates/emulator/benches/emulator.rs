//! The cost of a read follows the answer, not the history: reading a user's
//! empty conversation group after 100,000 adds and removes, against the same
//! read for a fresh user (the baseline), both over one kept-alive HTTP
//! connection to a running emulator. The ratio should stay near 1 (the goal
//! is at most 1.2x); before conversations were freed it grew with every
//! conversation the user had ever touched.

use std::hint::black_box;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;

use criterion::{criterion_group, criterion_main, Criterion};
use tim_emulator::{Emulator, EmulatorHandle};

/// A kept-alive connection that POSTs and reads replies.
struct Connection {
    stream: BufReader<TcpStream>,
    query: String,
}

impl Connection {
    fn open(emulator: &EmulatorHandle) -> Self {
        Self {
            stream: BufReader::new(TcpStream::connect(emulator.addr()).unwrap()),
            query: format!(
                "sdkappid={}&identifier=administrator&usersig={}&random=1&contenttype=json",
                emulator.sdkappid(),
                emulator.sign("administrator", 86_400).expose()
            ),
        }
    }

    fn post(&mut self, path: &str, body: &str) -> Vec<u8> {
        let request = format!(
            "POST /v4/{path}?{} HTTP/1.1\r\nHost: emulator\r\nContent-Length: {}\r\n\r\n{body}",
            self.query,
            body.len()
        );
        self.stream.get_mut().write_all(request.as_bytes()).unwrap();
        let mut length = 0;
        loop {
            let mut line = String::new();
            self.stream.read_line(&mut line).unwrap();
            if line == "\r\n" {
                break;
            }
            if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = value.trim().parse().unwrap();
            }
        }
        let mut reply = vec![0; length];
        self.stream.read_exact(&mut reply).unwrap();
        reply
    }
}

fn edits(op: u8, from: usize, to: usize) -> String {
    let items: Vec<String> = (from..to)
        .map(|i| format!(r#"{{"ContactOptType":{op},"ContactItem":{{"Type":1,"To_Account":"peer-{i}"}}}}"#))
        .collect();
    format!(
        r#"{{"From_Account":"churned","UpdateType":1,"UpdateGroup":{{"UpdateGroupType":2,"OldGroupName":"g","ContactUpdateItem":[{}]}}}}"#,
        items.join(",")
    )
}

fn read_after_churn(c: &mut Criterion) {
    let emulator = Emulator::builder().start().unwrap();
    let mut connection = Connection::open(&emulator);
    connection.post(
        "im_open_login_svc/multiaccount_import",
        r#"{"Accounts":["fresh","churned"]}"#,
    );
    for user in ["fresh", "churned"] {
        let body = format!(r#"{{"From_Account":"{user}","GroupContactItem":[{{"GroupName":"g"}}]}}"#);
        connection.post("recentcontact/create_contact_group", &body);
    }
    // 100,000 adds and 100,000 removes, 100 per call (the documented maximum).
    for batch in 0..1000 {
        let (from, to) = (batch * 100, batch * 100 + 100);
        connection.post("recentcontact/update_contact_group", &edits(1, from, to));
        connection.post("recentcontact/update_contact_group", &edits(2, from, to));
    }
    let read = |user: &str| format!(r#"{{"From_Account":"{user}","StartIndex":0}}"#);
    let (fresh, churned) = (read("fresh"), read("churned"));
    assert_eq!(
        connection.post("recentcontact/get_contact_group", &fresh),
        connection.post("recentcontact/get_contact_group", &churned),
        "both users read the same empty group (the replies name no user)"
    );

    let mut group = c.benchmark_group("emulator_get_contact_group");
    group.bench_function("baseline_fresh_user", |b| {
        b.iter(|| black_box(connection.post("recentcontact/get_contact_group", &fresh)))
    });
    group.bench_function("after_100k_adds_and_removes", |b| {
        b.iter(|| black_box(connection.post("recentcontact/get_contact_group", &churned)))
    });
    group.finish();
}

criterion_group!(benches, read_after_churn);
criterion_main!(benches);
