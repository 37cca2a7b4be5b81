//! Raw HTTP/1.1, for tests that need control the clients do not give.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// A kept-alive connection to the emulator.
pub struct Connection(BufReader<TcpStream>);

impl Connection {
    pub fn open(addr: impl std::net::ToSocketAddrs) -> Self {
        Self(BufReader::new(TcpStream::connect(addr).unwrap()))
    }

    /// The socket.
    #[allow(dead_code)] // not every test file uses it
    pub fn stream(&mut self) -> &mut TcpStream {
        self.0.get_mut()
    }

    /// POSTs `body`, the body sent `gap` after the head, and reads one
    /// response; its body, or `None` if the connection was closed.
    pub fn post(&mut self, path_and_query: &str, body: &str, gap: Duration) -> Option<String> {
        let head = format!(
            "POST {path_and_query} HTTP/1.1\r\nHost: emulator\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        self.0.get_mut().write_all(head.as_bytes()).ok()?;
        if !gap.is_zero() {
            std::thread::sleep(gap);
        }
        self.0.get_mut().write_all(body.as_bytes()).ok()?;
        let mut length = 0;
        loop {
            let mut line = String::new();
            if self.0.read_line(&mut line).ok()? == 0 {
                return None;
            }
            if line == "\r\n" {
                break;
            }
            if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = value.trim().parse().ok()?;
            }
        }
        let mut reply = vec![0; length];
        self.0.read_exact(&mut reply).ok()?;
        String::from_utf8(reply).ok()
    }
}
