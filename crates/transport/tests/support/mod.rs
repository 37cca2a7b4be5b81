//! A raw HTTP/1.1 server on 127.0.0.1 that misbehaves on request and counts
//! the connections it accepts, and helpers to run a case on both transports.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tim_transport::{
    BlockingTransport, HttpRequest, HttpResponse, ReqwestTransport, Transport, TransportConfig, TransportError,
    UreqTransport,
};

/// What the raw server does with each request.
#[derive(Clone, Copy)]
pub enum Behavior {
    /// Answers 200 with a small JSON body, keeping the connection open.
    Ok,
    /// Reads the request and never answers.
    Hang,
    /// Announces 100 bytes, sends 10, closes.
    CloseMidBody,
    /// Answers with this many bytes and a Content-Length.
    Big(usize),
    /// Answers with this many bytes, chunked, with no Content-Length.
    BigChunked(usize),
}

pub struct RawServer {
    pub addr: SocketAddr,
    accepted: Arc<AtomicUsize>,
}

impl RawServer {
    pub fn start(behavior: Behavior) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let accepted = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&accepted);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                counter.fetch_add(1, Ordering::SeqCst);
                std::thread::spawn(move || serve(stream, behavior));
            }
        });
        Self { addr, accepted }
    }

    pub fn url(&self) -> String {
        format!("http://{}/v4/recentcontact/update_contact_group?sdkappid=1&identifier=admin&usersig={SECRET}&random=7&contenttype=json", self.addr)
    }

    pub fn accepted(&self) -> usize {
        self.accepted.load(Ordering::SeqCst)
    }
}

/// The usersig value in every test URL; no error text may contain it.
pub const SECRET: &str = "eJyrVgrxTOPSECRETSIGNATUREvalue";

fn serve(stream: TcpStream, behavior: Behavior) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut writer = stream;
    loop {
        // Request head.
        let mut content_length = 0;
        let mut line = String::new();
        loop {
            line.clear();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            if line == "\r\n" {
                break;
            }
            if let Some((name, value)) = line.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    content_length = value.trim().parse().unwrap_or(0);
                }
            }
        }
        let mut body = vec![0; content_length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        let result = match behavior {
            Behavior::Ok => writer.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 36\r\n\r\n{\"ActionStatus\":\"OK\",\"ErrorCode\":0}\n",
            ),
            Behavior::Hang => {
                std::thread::sleep(Duration::from_secs(30));
                return;
            }
            Behavior::CloseMidBody => {
                let _ = writer.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789");
                return;
            }
            Behavior::Big(n) => writer
                .write_all(format!("HTTP/1.1 200 OK\r\nContent-Length: {n}\r\n\r\n").as_bytes())
                .and_then(|()| writer.write_all(&vec![b'x'; n])),
            Behavior::BigChunked(n) => writer
                .write_all(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
                .and_then(|()| {
                    for _ in 0..n / 1024 {
                        writer.write_all(b"400\r\n")?;
                        writer.write_all(&[b'x'; 1024])?;
                        writer.write_all(b"\r\n")?;
                    }
                    writer.write_all(b"0\r\n\r\n")
                }),
        };
        if result.is_err() {
            return;
        }
    }
}

pub fn current_thread_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

pub fn post(url: &str, body: &[u8]) -> HttpRequest {
    http::Request::post(url)
        .header("content-type", "application/json")
        .body(body.to_vec())
        .unwrap()
}

/// Which transport a case ran on.
#[derive(Debug, Clone, Copy)]
pub enum Which {
    Async,
    Blocking,
}

/// Both transports built from `config`, as one thing to call.
pub struct Both {
    runtime: tokio::runtime::Runtime,
    reqwest: ReqwestTransport,
    ureq: UreqTransport,
}

impl Both {
    pub fn new(config: &TransportConfig) -> Self {
        Self {
            runtime: tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap(),
            reqwest: ReqwestTransport::new(config).unwrap(),
            ureq: UreqTransport::new(config),
        }
    }

    pub fn send(&self, which: Which, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        match which {
            Which::Async => self.runtime.block_on(self.reqwest.send(request)),
            Which::Blocking => self.ureq.send(request),
        }
    }

    pub fn runtime(&self) -> &tokio::runtime::Runtime {
        &self.runtime
    }
}

/// Every text an error shows: Display, Debug, and each cause's Display and Debug.
pub fn error_texts(error: &TransportError) -> Vec<String> {
    let mut texts = vec![error.to_string(), format!("{error:?}"), format!("{error:#?}")];
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        texts.push(cause.to_string());
        texts.push(format!("{cause:?}"));
        source = cause.source();
    }
    texts
}
