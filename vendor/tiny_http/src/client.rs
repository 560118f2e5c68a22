use ascii::AsciiString;

use std::io::Error as IoError;
use std::io::Result as IoResult;
use std::io::{BufReader, BufWriter, ErrorKind, Read, Write};

use std::net::SocketAddr;
use std::str::FromStr;

use crate::common::{HTTPVersion, Method};
use crate::limits::{Answering, Conn, ConnectionWatch, Limits, Phase};
use crate::util::RefinedTcpStream;
use crate::util::{SequentialReader, SequentialReaderBuilder, SequentialWriterBuilder};
use crate::Request;
use std::sync::Arc;

/// A ClientConnection is an object that will store a socket to a client
/// and return Request objects.
pub struct ClientConnection {
    // address of the client
    remote_addr: IoResult<Option<SocketAddr>>,

    // sequence of Readers to the stream, so that the data is not read in
    //  the wrong order
    source: SequentialReaderBuilder<BufReader<RefinedTcpStream>>,

    // sequence of Writers to the stream, to avoid writing response #2 before
    //  response #1
    sink: SequentialWriterBuilder<BufWriter<RefinedTcpStream>>,

    // Reader to read the next header from
    next_header_source: SequentialReader<BufReader<RefinedTcpStream>>,

    // set to true if we know that the previous request is the last one
    no_more_requests: bool,

    // true if the connection goes through SSL
    secure: bool,

    // policypress patch: the connection's shared state (None over SSL) and
    // the bounds on request heads.
    conn: Option<Arc<Conn>>,
    limits: Limits,
}

/// Error that can happen when reading a request.
#[derive(Debug)]
enum ReadError {
    WrongRequestLine,
    WrongHeader(HTTPVersion),
    /// policypress patch: the request line is longer than allowed (414).
    RequestLineTooLong,
    /// policypress patch: more header bytes or lines than allowed (431).
    HeadersTooLarge(HTTPVersion),
    /// policypress patch: an HTTP version past 1.1 (505), e.g. the HTTP/2
    /// preface `PRI * HTTP/2.0`.
    VersionNotSupported,
    /// the client sent an unrecognized `Expect` header
    ExpectationFailed(HTTPVersion),
    ReadIoError(IoError),
}

impl ClientConnection {
    /// Creates a new `ClientConnection` that takes ownership of the `TcpStream`.
    pub fn new(
        write_socket: RefinedTcpStream,
        mut read_socket: RefinedTcpStream,
    ) -> ClientConnection {
        let remote_addr = read_socket.peer_addr();
        let secure = read_socket.secure();
        let conn = read_socket.conn();
        let limits = conn
            .as_ref()
            .map_or_else(Limits::default, |c| c.limits().clone());

        let mut source = SequentialReaderBuilder::new(BufReader::with_capacity(1024, read_socket));
        let first_header = source.next().unwrap();

        ClientConnection {
            source,
            sink: SequentialWriterBuilder::new(BufWriter::with_capacity(1024, write_socket)),
            remote_addr,
            next_header_source: first_header,
            no_more_requests: false,
            secure,
            conn,
            limits,
        }
    }

    /// true if the connection is HTTPS
    pub fn secure(&self) -> bool {
        self.secure
    }

    /// Reads the next line from self.next_header_source.
    ///
    /// policypress patch: reads until `LF` (a `CR` before it is dropped;
    /// RFC 9112 section 2.2 lets a recipient take a bare `LF` as the end of
    /// a line, which upstream waited on forever), at most `max` bytes
    /// (`Ok(None)` past it, the rest unread), and refuses control bytes
    /// (a `CR` elsewhere, NUL, …) and bytes past ASCII with
    /// `InvalidData`: a TLS ClientHello is refused at its first byte
    /// instead of waiting for a line end that never comes.
    fn read_next_line(&mut self, max: usize) -> IoResult<Option<AsciiString>> {
        let mut buf = Vec::new();

        loop {
            let byte = self.next_header_source.by_ref().bytes().next();

            let byte = match byte {
                Some(b) => b?,
                None => return Err(IoError::new(ErrorKind::ConnectionAborted, "Unexpected EOF")),
            };

            if byte == b'\n' {
                if buf.last() == Some(&b'\r') {
                    buf.pop();
                }
                if buf.contains(&b'\r') {
                    return Err(IoError::new(ErrorKind::InvalidData, "CR inside a line"));
                }
                return AsciiString::from_ascii(buf)
                    .map(Some)
                    .map_err(|_| IoError::new(ErrorKind::InvalidData, "Header is not in ASCII"));
            }
            let allowed = byte == b'\t' || byte == b'\r' || (0x20..0x7f).contains(&byte);
            if !allowed {
                return Err(IoError::new(
                    ErrorKind::InvalidData,
                    "control or non-ASCII byte",
                ));
            }
            if buf.len() >= max {
                return Ok(None);
            }

            buf.push(byte);
        }
    }

    /// Reads a request from the stream.
    /// Blocks until the header has been read.
    fn read(&mut self) -> Result<Request, ReadError> {
        let (method, path, version, headers) = {
            // reading the request line
            let (method, path, version) = {
                let line = match self.read_next_line(self.limits.max_request_line) {
                    Ok(Some(line)) => line,
                    Ok(None) => return Err(ReadError::RequestLineTooLong),
                    Err(e) if e.kind() == ErrorKind::InvalidData => {
                        return Err(ReadError::WrongRequestLine)
                    }
                    Err(e) => return Err(ReadError::ReadIoError(e)),
                };

                parse_request_line(
                    line.as_str().trim(), // TODO: remove this conversion
                )?
            };
            if version > (1, 1) {
                return Err(ReadError::VersionNotSupported);
            }

            // getting all headers
            let headers = {
                let mut headers = Vec::new();
                let mut budget = self.limits.max_header_bytes;
                loop {
                    let line = match self.read_next_line(budget) {
                        Ok(Some(line)) => line,
                        Ok(None) => return Err(ReadError::HeadersTooLarge(version)),
                        Err(e) if e.kind() == ErrorKind::InvalidData => {
                            return Err(ReadError::WrongHeader(version))
                        }
                        Err(e) => return Err(ReadError::ReadIoError(e)),
                    };
                    // The line end counts too: a head of empty-ish lines is
                    // bounded as well.
                    budget = budget.saturating_sub(line.len() + 2);

                    if line.is_empty() {
                        break;
                    };
                    if headers.len() >= self.limits.max_headers {
                        return Err(ReadError::HeadersTooLarge(version));
                    }
                    headers.push(match FromStr::from_str(line.as_str().trim()) {
                        // TODO: remove this conversion
                        Ok(h) => h,
                        _ => return Err(ReadError::WrongHeader(version)),
                    });
                }

                headers
            };

            (method, path, version, headers)
        };

        // building the writer for the request
        let writer = self.sink.next().unwrap();
        // policypress patch: the connection answers while the writer lives.
        let (writer, watch) = match &self.conn {
            Some(conn) => {
                conn.end_head();
                let writer = Answering {
                    inner: writer,
                    conn: conn.clone(),
                };
                (
                    Box::new(writer) as Box<dyn std::io::Write + Send>,
                    Some(ConnectionWatch(conn.clone())),
                )
            }
            None => (Box::new(writer) as Box<dyn std::io::Write + Send>, None),
        };

        // follow-up for next potential request
        let mut data_source = self.source.next().unwrap();
        std::mem::swap(&mut self.next_header_source, &mut data_source);

        // building the next reader
        let request = crate::request::new_request(
            self.secure,
            method,
            path,
            version.clone(),
            headers,
            // policypress patch: no panic when the peer reset before this.
            self.remote_addr.as_ref().ok().copied().flatten(),
            data_source,
            writer,
        )
        .map_err(|e| {
            use crate::request;
            match e {
                request::RequestCreationError::CreationIoError(e) => ReadError::ReadIoError(e),
                request::RequestCreationError::ExpectationFailed => {
                    ReadError::ExpectationFailed(version)
                }
            }
        })?;

        // return the request
        Ok(request.with_watch(watch))
    }
}

impl Iterator for ClientConnection {
    type Item = Request;

    /// Blocks until the next Request is available.
    /// Returns None when no new Requests will come from the client.
    fn next(&mut self) -> Option<Request> {
        use crate::{Response, StatusCode};

        // the client sent a "connection: close" header in this previous request
        //  or is using HTTP 1.0, meaning that no new request will come
        if self.no_more_requests {
            return None;
        }

        loop {
            if let Some(conn) = &self.conn {
                conn.begin_head();
            }
            // policypress patch: every error answer closes the connection
            // (where the next request would start is unknown), after a
            // lingering read so that the client gets the answer.
            let refusal = match self.read() {
                Err(ReadError::WrongRequestLine) => Some((400, HTTPVersion(1, 1))),
                Err(ReadError::WrongHeader(ver)) => Some((400, ver)),
                Err(ReadError::RequestLineTooLong) => Some((414, HTTPVersion(1, 1))),
                Err(ReadError::HeadersTooLarge(ver)) => Some((431, ver)),
                Err(ReadError::VersionNotSupported) => Some((505, HTTPVersion(1, 1))),
                Err(ReadError::ExpectationFailed(ver)) => Some((417, ver)),
                Err(ReadError::ReadIoError(ref err)) if err.kind() == ErrorKind::TimedOut => {
                    // A connection that sent nothing since its last answer
                    // is closed quietly; a head cut short is told 408.
                    match self.conn.as_ref().map(|c| c.phase()) {
                        Some(Phase::Idle) => None,
                        _ => Some((408, HTTPVersion(1, 1))),
                    }
                }
                Err(ReadError::ReadIoError(_)) => None,
                Ok(rq) => return Some(self.keep_alive(rq)),
            };
            if let Some(conn) = &self.conn {
                conn.set_peer_gone();
            }
            if let Some((code, ver)) = refusal {
                let mut writer = self.sink.next().unwrap();
                let response = Response::new_empty(StatusCode(code));
                response.raw_print(&mut writer, ver, &[], false, None).ok();
                writer.flush().ok();
                drop(writer);
                if let Some(conn) = &self.conn {
                    conn.linger();
                }
            }
            return None;
        }
    }
}

impl ClientConnection {
    /// Notes whether `rq` is the last request of the connection.
    fn keep_alive(&mut self, rq: Request) -> Request {
        // updating the status of the connection
        let connection_header = rq
            .headers()
            .iter()
            .find(|h| h.field.equiv("Connection"))
            .map(|h| h.value.as_str());

        let lowercase = connection_header.map(|h| h.to_ascii_lowercase());

        match lowercase {
            Some(ref val) if val.contains("close") => self.no_more_requests = true,
            Some(ref val) if val.contains("upgrade") => self.no_more_requests = true,
            Some(ref val)
                if !val.contains("keep-alive") && *rq.http_version() == HTTPVersion(1, 0) =>
            {
                self.no_more_requests = true
            }
            None if *rq.http_version() == HTTPVersion(1, 0) => self.no_more_requests = true,
            _ => (),
        };

        // returning the request
        rq
    }
}

/// Parses a "HTTP/1.1" string.
fn parse_http_version(version: &str) -> Result<HTTPVersion, ReadError> {
    let (major, minor) = match version {
        "HTTP/0.9" => (0, 9),
        "HTTP/1.0" => (1, 0),
        "HTTP/1.1" => (1, 1),
        "HTTP/2.0" => (2, 0),
        "HTTP/3.0" => (3, 0),
        _ => return Err(ReadError::WrongRequestLine),
    };

    Ok(HTTPVersion(major, minor))
}

/// Parses the request line of the request.
/// eg. GET / HTTP/1.1
fn parse_request_line(line: &str) -> Result<(Method, String, HTTPVersion), ReadError> {
    let mut parts = line.split(' ');

    let method = parts.next().and_then(|w| w.parse().ok());
    let path = parts.next().map(ToOwned::to_owned);
    let version = parts.next().and_then(|w| parse_http_version(w).ok());

    method
        .and_then(|method| Some((method, path?, version?)))
        .ok_or(ReadError::WrongRequestLine)
}

#[cfg(test)]
mod test {
    #[test]
    fn test_parse_request_line() {
        let (method, path, ver) = super::parse_request_line("GET /hello HTTP/1.1").unwrap();

        assert!(method == crate::Method::Get);
        assert!(path == "/hello");
        assert!(ver == crate::common::HTTPVersion(1, 1));

        assert!(super::parse_request_line("GET /hello").is_err());
        assert!(super::parse_request_line("qsd qsd qsd").is_err());
    }
}
