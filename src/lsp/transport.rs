//! JSON-RPC over stdio: `Content-Length` framed messages.
//!
//! `lsp-server` provides the message types, but its stdio reader stops at
//! the first frame whose body is not a valid message, which ends the
//! session. A frame with intact headers but a broken body is recoverable:
//! the next frame starts right after it. So we read frames ourselves, answer
//! a broken body with the JSON-RPC error the specification prescribes
//! (`-32700` parse error, `-32600` invalid request) and carry on. Only
//! broken headers, where the stream cannot be resynchronised, end the
//! session.
//!
//! Two more things a client can send that `lsp-server` cannot take:
//!
//! - a frame announcing more than [`MAX_FRAME`] bytes: its body is read and
//!   thrown away as it comes, never held, and answered with an invalid
//!   request error (its id is unknown: `null`);
//! - a request id that is neither a string nor a 32-bit integer (JSON-RPC
//!   allows any number, and `null`): `lsp-server` would take the request
//!   for a notification and never answer. Such an id travels through the
//!   server as a string that spells it ([`ID_SURROGATE`]) and is put back
//!   as it was in the response.

use lsp_server::{ErrorCode, Message};
use serde_json::{Value, json};
use std::io::{self, BufRead, Write};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};

/// What the reader hands to the server loop.
#[derive(Debug)]
pub enum Incoming {
    Message(Message),
    /// A frame whose body was not a JSON-RPC message: the error reply to send.
    Malformed(Value),
}

/// The largest frame body read: a document of the largest size the server
/// lints (16 MiB) as JSON, escapes included, fits several times over.
pub const MAX_FRAME: usize = 64 << 20;

/// Starts a string id that stands for another JSON id (see the module
/// documentation); the rest of the string is that id as JSON text. A NUL
/// byte keeps it apart from the ids clients make (and a client's string id
/// that starts with it anyway is wrapped too, so every id comes back as
/// it came).
pub const ID_SURROGATE: &str = "\u{0}draftlint-id:";

/// One frame's body, or the size of one too large to read.
#[derive(Debug, PartialEq)]
pub enum Frame {
    Body(Vec<u8>),
    TooLarge(usize),
}

/// Reads one frame; `Ok(None)` at the end of the input.
pub fn read_frame(input: &mut impl BufRead) -> io::Result<Option<Frame>> {
    let mut length = None;
    let mut line = String::new();
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return if length.is_none() {
                Ok(None)
            } else {
                Err(invalid("the input ended inside a frame's headers"))
            };
        }
        let header = line.trim_end_matches(['\r', '\n']);
        if header.is_empty() {
            break;
        }
        let (name, value) = header
            .split_once(':')
            .ok_or_else(|| invalid(format!("malformed header {header:?}")))?;
        if name.trim().eq_ignore_ascii_case("Content-Length") {
            let value = value.trim();
            length = Some(
                value
                    .parse::<usize>()
                    .map_err(|_| invalid(format!("bad Content-Length {value:?}")))?,
            );
        }
    }
    let length = length.ok_or_else(|| invalid("a frame without Content-Length"))?;
    if length > MAX_FRAME {
        let mut body = io::Read::take(&mut *input, length as u64);
        let skipped = io::copy(&mut body, &mut io::sink())?;
        if skipped < length as u64 {
            return Err(invalid("the input ended inside a frame's body"));
        }
        return Ok(Some(Frame::TooLarge(length)));
    }
    let mut body = vec![0; length];
    input.read_exact(&mut body)?;
    Ok(Some(Frame::Body(body)))
}

/// What the reader hands on for a frame.
pub fn parse_frame(frame: &Frame) -> Incoming {
    match frame {
        Frame::Body(body) => parse_body(body),
        Frame::TooLarge(length) => Incoming::Malformed(error_reply(
            Value::Null,
            ErrorCode::InvalidRequest,
            &format!(
                "a message of {length} bytes is over the limit of {} MiB; it was skipped",
                MAX_FRAME >> 20
            ),
        )),
    }
}

/// Parses a frame's body, or gives the error reply for it.
pub fn parse_body(body: &[u8]) -> Incoming {
    let value: Value = match serde_json::from_slice(body) {
        Ok(value) => value,
        Err(e) => {
            return Incoming::Malformed(error_reply(
                Value::Null,
                ErrorCode::ParseError,
                &format!("parse error: {e}"),
            ));
        }
    };
    let id = value.get("id").cloned().unwrap_or(Value::Null);
    let mut value = value;
    if let Some(slot) = value.get_mut("id") {
        wrap_id(slot);
    }
    match serde_json::from_value::<Message>(value) {
        Ok(message) => Incoming::Message(message),
        Err(e) => Incoming::Malformed(error_reply(
            id,
            ErrorCode::InvalidRequest,
            &format!("invalid request: {e}"),
        )),
    }
}

/// Replaces an id `lsp-server` cannot hold by a surrogate string.
fn wrap_id(id: &mut Value) {
    let representable = match &*id {
        Value::Number(n) => n.as_i64().is_some_and(|n| i32::try_from(n).is_ok()),
        Value::String(s) => !s.starts_with(ID_SURROGATE),
        _ => false,
    };
    if !representable {
        *id = Value::String(format!("{ID_SURROGATE}{id}"));
    }
}

/// Puts back the id a surrogate stands for.
fn unwrap_id(id: &mut Value) {
    if let Some(original) = id
        .as_str()
        .and_then(|s| s.strip_prefix(ID_SURROGATE))
        .and_then(|json| serde_json::from_str::<Value>(json).ok())
    {
        *id = original;
    }
}

pub fn error_reply(id: Value, code: ErrorCode, message: &str) -> Value {
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": code as i32, "message": message}})
}

/// A message as the JSON text of a frame body.
pub fn encode(message: &Message) -> Value {
    let mut value = serde_json::to_value(message).expect("LSP messages always serialise");
    if let Value::Object(map) = &mut value {
        map.insert("jsonrpc".into(), Value::from("2.0"));
        if matches!(message, Message::Response(_))
            && let Some(id) = map.get_mut("id")
        {
            unwrap_id(id);
        }
    }
    value
}

pub fn write_frame(output: &mut impl Write, body: &Value) -> io::Result<()> {
    let text = body.to_string();
    write!(output, "Content-Length: {}\r\n\r\n", text.len())?;
    output.write_all(text.as_bytes())?;
    output.flush()
}

/// The reading and writing threads of a session over stdin and stdout.
pub struct Stdio {
    pub incoming: Receiver<Incoming>,
    pub outgoing: Sender<Value>,
    writer: JoinHandle<io::Result<()>>,
}

impl Stdio {
    pub fn start() -> Stdio {
        let (incoming_tx, incoming) = mpsc::channel();
        // The reader is never joined: it may be blocked on stdin when the
        // session ends, and the process exits anyway.
        thread::Builder::new()
            .name("lsp-reader".into())
            .spawn(move || read_loop(&mut io::stdin().lock(), &incoming_tx))
            .expect("spawning a thread");
        let (outgoing, outgoing_rx) = mpsc::channel::<Value>();
        let writer = thread::Builder::new()
            .name("lsp-writer".into())
            .spawn(move || {
                let mut stdout = io::stdout().lock();
                for body in outgoing_rx {
                    write_frame(&mut stdout, &body)?;
                }
                Ok(())
            })
            .expect("spawning a thread");
        Stdio {
            incoming,
            outgoing,
            writer,
        }
    }

    /// Waits until every queued message is written.
    pub fn finish(self) -> io::Result<()> {
        drop(self.outgoing);
        self.writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the writer thread panicked")))
    }
}

fn read_loop(input: &mut impl BufRead, incoming: &Sender<Incoming>) {
    loop {
        match read_frame(input) {
            Ok(Some(frame)) => {
                if incoming.send(parse_frame(&frame)).is_err() {
                    return;
                }
            }
            Ok(None) => return,
            Err(e) => {
                // Dropping the sender tells the server loop the client is gone.
                eprintln!("draftlint lsp: unreadable input, stopping: {e}");
                return;
            }
        }
    }
}

fn invalid(message: impl Into<String>) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &str) -> Vec<io::Result<Option<Frame>>> {
        let mut reader = io::BufReader::new(input.as_bytes());
        let mut out = Vec::new();
        loop {
            let frame = read_frame(&mut reader);
            let stop = !matches!(frame, Ok(Some(_)));
            out.push(frame);
            if stop {
                return out;
            }
        }
    }

    #[test]
    fn frames_are_split_by_content_length() {
        let input = "Content-Length: 2\r\nContent-Type: x\r\n\r\n{}Content-Length: 4\r\n\r\nnull";
        let got = frames(input);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].as_ref().unwrap(), &Some(Frame::Body(b"{}".to_vec())));
        assert_eq!(
            got[1].as_ref().unwrap(),
            &Some(Frame::Body(b"null".to_vec()))
        );
        assert!(matches!(got[2], Ok(None)));
    }

    #[test]
    fn a_frame_over_the_limit_is_skipped_unread_and_the_next_one_read() {
        let length = MAX_FRAME + 1;
        let mut input = format!("Content-Length: {length}\r\n\r\n").into_bytes();
        input.resize(input.len() + length, b' ');
        input.extend_from_slice(b"Content-Length: 2\r\n\r\n{}");
        let mut reader = io::BufReader::new(&input[..]);
        let frame = read_frame(&mut reader).unwrap().unwrap();
        assert_eq!(frame, Frame::TooLarge(length));
        let Incoming::Malformed(reply) = parse_frame(&frame) else {
            panic!("a frame over the limit was parsed");
        };
        assert_eq!(reply["error"]["code"], -32600);
        assert_eq!(reply["id"], Value::Null);
        let next = read_frame(&mut reader).unwrap().unwrap();
        assert_eq!(next, Frame::Body(b"{}".to_vec()));
    }

    #[test]
    fn any_json_id_comes_back_as_it_came() {
        for id in [
            json!(7),
            json!("abc"),
            json!(1u64 << 40),
            json!(1.5),
            json!(-3),
            json!(null),
            json!(format!("{ID_SURROGATE}5")),
        ] {
            let body = json!({"jsonrpc": "2.0", "id": id, "method": "shutdown"}).to_string();
            let Incoming::Message(Message::Request(request)) = parse_body(body.as_bytes()) else {
                panic!("id {id} did not make a request");
            };
            let response = encode(&Message::Response(lsp_server::Response::new_ok(
                request.id,
                (),
            )));
            assert_eq!(response["id"], id);
        }
    }

    #[test]
    fn broken_headers_are_errors() {
        assert!(frames("Content-Length: x\r\n\r\n")[0].is_err());
        assert!(frames("no colon here\r\n\r\n")[0].is_err());
        assert!(frames("Content-Type: y\r\n\r\n")[0].is_err());
        assert!(frames("Content-Length: 10\r\n\r\n{}")[0].is_err());
    }

    #[test]
    fn a_broken_body_gets_a_parse_error_with_a_null_id() {
        let Incoming::Malformed(reply) = parse_body(b"{\"jsonrpc\": \"2.0\", \"id\": 3,") else {
            panic!("a truncated body parsed");
        };
        assert_eq!(reply["error"]["code"], -32700);
        assert_eq!(reply["id"], Value::Null);
    }

    #[test]
    fn a_json_body_that_is_no_message_gets_invalid_request_with_its_id() {
        let Incoming::Malformed(reply) = parse_body(br#"{"jsonrpc": "2.0", "id": 7}"#) else {
            panic!("a message without a method parsed");
        };
        assert_eq!(reply["error"]["code"], -32600);
        assert_eq!(reply["id"], 7);
    }

    #[test]
    fn encoded_messages_carry_the_jsonrpc_version() {
        let message = Message::Response(lsp_server::Response::new_ok(1.into(), ()));
        let value = encode(&message);
        assert_eq!(value["jsonrpc"], "2.0");
        assert_eq!(value["result"], Value::Null);
    }
}
