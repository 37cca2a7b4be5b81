//! The bare servers the end-to-end comparisons run against: hyper answering
//! every request with one fixed reply, over HTTPS (a certificate generated at
//! start) or plain HTTP, each on a tokio runtime of its own with two workers
//! (as the emulator has). Shared by the `e2e` bench and the TLS tests.

#![allow(dead_code)] // each includer uses part of it

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio_rustls::rustls::{self, ServerConfig};
use tokio_rustls::TlsAcceptor;

/// A self-signed certificate for `127.0.0.1` and `localhost`, and its key.
pub struct SelfSigned {
    /// The certificate, DER: what clients trust as a root.
    pub cert_der: Vec<u8>,
    key_der: Vec<u8>,
}

impl SelfSigned {
    pub fn generate() -> Self {
        let certified = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned(), "localhost".to_owned()])
            .expect("rcgen makes a certificate");
        Self {
            cert_der: certified.cert.der().to_vec(),
            key_der: certified.signing_key.serialize_der(),
        }
    }

    fn acceptor(&self) -> TlsAcceptor {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("ring supports the default versions")
            .with_no_client_auth()
            .with_single_cert(
                vec![CertificateDer::from(self.cert_der.clone())],
                PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.key_der.clone())),
            )
            .expect("the generated key fits the certificate");
        TlsAcceptor::from(Arc::new(config))
    }
}

/// A running bare server; stops when dropped.
pub struct BareServer {
    pub addr: SocketAddr,
    /// Connections accepted so far.
    pub accepted: Arc<AtomicUsize>,
    runtime: Option<tokio::runtime::Runtime>,
}

impl Drop for BareServer {
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

impl BareServer {
    /// Answers every request with `reply` (HTTP 200, JSON) after reading its
    /// body, keeping connections alive; over TLS with `tls`. Sets
    /// `TCP_NODELAY` on every connection, as the emulator does.
    pub fn start(reply: &'static [u8], tls: Option<&SelfSigned>) -> Self {
        Self::start_with(reply, tls, true)
    }

    /// [`start`](Self::start), with `TCP_NODELAY` set on its connections or
    /// not (many servers leave Nagle's algorithm on).
    pub fn start_with(reply: &'static [u8], tls: Option<&SelfSigned>, nodelay: bool) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a runtime");
        // Bound here, served on the runtime: `start` may be called from async code.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        listener.set_nonblocking(true).expect("a non-blocking listener");
        let addr = listener.local_addr().expect("an address");
        let acceptor = tls.map(SelfSigned::acceptor);
        let accepted = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&accepted);
        runtime.spawn(async move {
            let listener = TcpListener::from_std(listener).expect("a tokio listener");
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                counter.fetch_add(1, Ordering::Relaxed);
                let _ = stream.set_nodelay(nodelay);
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let service = service_fn(move |request: Request<Incoming>| async move {
                        let _ = request.into_body().collect().await;
                        Ok::<_, Infallible>(
                            Response::builder()
                                .header("content-type", "application/json")
                                .body(Full::new(Bytes::from_static(reply)))
                                .expect("a valid reply"),
                        )
                    });
                    let http = hyper::server::conn::http1::Builder::new();
                    let _ = match acceptor {
                        Some(acceptor) => match acceptor.accept(stream).await {
                            Ok(tls) => http.serve_connection(TokioIo::new(tls), service).await,
                            Err(_) => return,
                        },
                        None => http.serve_connection(TokioIo::new(stream), service).await,
                    };
                });
            }
        });
        Self {
            addr,
            accepted,
            runtime: Some(runtime),
        }
    }
}
