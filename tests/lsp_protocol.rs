//! `draftlint lsp` at the protocol level: the real binary, driven with
//! `Content-Length` framed JSON-RPC over its stdin and stdout, as an editor
//! would. The framing here is written independently of the server's own.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(10);

struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    messages: Receiver<Value>,
    /// Messages read while waiting for something else.
    backlog: Vec<Value>,
    next_id: i64,
}

impl Client {
    fn spawn(cwd: &Path) -> Client {
        Client::spawn_with_env(cwd, &[])
    }

    fn spawn_with_env(cwd: &Path, env: &[(&str, &str)]) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_draftlint"))
            .arg("lsp")
            .current_dir(cwd)
            .envs(env.iter().copied())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the binary starts");
        let stdout = child.stdout.take().unwrap();
        let (tx, messages) = mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(body) = read_frame(&mut reader) {
                let value: Value = serde_json::from_slice(&body).expect("the server writes JSON");
                if tx.send(value).is_err() {
                    return;
                }
            }
        });
        Client {
            stdin: child.stdin.take(),
            child,
            messages,
            backlog: Vec::new(),
            next_id: 0,
        }
    }

    /// Spawns and completes the handshake with these client capabilities.
    fn initialized(cwd: &Path, capabilities: Value) -> (Client, Value) {
        Client::initialized_with_env(cwd, capabilities, &[])
    }

    fn initialized_with_env(
        cwd: &Path,
        capabilities: Value,
        env: &[(&str, &str)],
    ) -> (Client, Value) {
        let mut client = Client::spawn_with_env(cwd, env);
        let result = client.request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": capabilities}),
        );
        client.notify("initialized", json!({}));
        (client, result)
    }

    fn send_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin is open");
        stdin.write_all(bytes).unwrap();
        stdin.flush().unwrap();
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        self.send_raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns its whole response.
    fn request_raw(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait_for(|m| m["id"] == id && m.get("method").is_none())
    }

    /// Sends a request and returns its result, failing on an error.
    fn request(&mut self, method: &str, params: Value) -> Value {
        let response = self.request_raw(method, params);
        assert!(
            response.get("error").is_none(),
            "{method} failed: {response}"
        );
        response["result"].clone()
    }

    /// The first message (in the backlog or to come) that matches.
    fn wait_for(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.backlog.iter().position(&wanted) {
            return self.backlog.remove(i);
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let message = self
                .messages
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("no matching message; got {:#?}", self.backlog));
            if wanted(&message) {
                return message;
            }
            self.backlog.push(message);
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Value {
        let uri = uri.to_string();
        self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        })["params"]
            .clone()
    }

    fn open(&mut self, uri: &str, language_id: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language_id, "version": 1, "text": text}}),
        );
    }

    fn close_stdin(&mut self) {
        self.stdin = None;
    }

    fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "the server did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn shutdown(mut self) -> ExitStatus {
        assert_eq!(self.request("shutdown", Value::Null), Value::Null);
        self.notify("exit", Value::Null);
        self.wait_exit()
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read_frame(reader: &mut impl BufRead) -> Option<Vec<u8>> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length: ") {
            length = Some(value.parse::<usize>().expect("a numeric Content-Length"));
        }
    }
    let mut body = vec![0; length.expect("every frame has a Content-Length")];
    reader.read_exact(&mut body).ok()?;
    Some(body)
}

fn file_uri(path: &Path) -> String {
    // Test paths are plain ASCII temp paths: no escaping needed.
    format!("file://{}", path.display())
}

/// A project whose drafts are French, so language detection on short
/// texts plays no part.
fn project(config: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("draftlint.toml"), config).unwrap();
    dir
}

fn codes(published: &Value) -> Vec<String> {
    published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_string())
        .collect()
}

fn find<'a>(published: &'a Value, code: &str) -> &'a Value {
    published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {published:#}"))
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

// Characters that are 1, 2, 3 and 4 bytes long, and 2 UTF-16 units for the
// last: UTF-8, UTF-16 and character columns all differ after it.
const PREFIX: &str = "L’œuvre 😀 est ";
const DRAFT: &str = "L’œuvre 😀 est le le sujet du jour.\n";

#[test]
fn diagnostics_are_published_on_open_in_utf16_by_default() {
    let dir = project("language = \"fr\"\n");
    let (mut client, result) = Client::initialized(dir.path(), json!({}));
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(result["serverInfo"]["name"], "draftlint");
    let uri = file_uri(&dir.path().join("draft.md"));
    client.open(&uri, "markdown", DRAFT);
    let published = client.diagnostics(&uri);
    assert_eq!(published["version"], 1);
    let doubled = find(&published, "repetition.doubled-word");
    let start = utf16_len(PREFIX) + "le ".len();
    assert_eq!(
        doubled["range"]["start"],
        json!({"line": 0, "character": start})
    );
    assert_eq!(
        doubled["range"]["end"],
        json!({"line": 0, "character": start + 2})
    );
    assert_eq!(doubled["source"], "draftlint");
    assert_eq!(doubled["severity"], 2);
    let related = &doubled["relatedInformation"][0];
    assert_eq!(
        related["location"]["range"]["start"]["character"],
        utf16_len(PREFIX)
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn utf8_positions_when_the_client_offers_them() {
    let dir = project("language = \"fr\"\n");
    let capabilities = json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}});
    let (mut client, result) = Client::initialized(dir.path(), capabilities);
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-8");
    let uri = file_uri(&dir.path().join("draft.md"));
    client.open(&uri, "markdown", DRAFT);
    let published = client.diagnostics(&uri);
    let doubled = find(&published, "repetition.doubled-word");
    let start = PREFIX.len() + "le ".len();
    assert_eq!(doubled["range"]["start"]["character"], start);
}

#[test]
fn incremental_edits_are_relinted() {
    let dir = project("language = \"fr\"\n");
    let (mut client, _) = Client::initialized(dir.path(), json!({}));
    let uri = file_uri(&dir.path().join("draft.md"));
    let clean = "L’œuvre 😀 est le sujet du jour.\n";
    client.open(&uri, "markdown", clean);
    assert_eq!(codes(&client.diagnostics(&uri)), Vec::<String>::new());

    // Type `le ` after `le `, one keystroke a notification, as editors do.
    let at = utf16_len("L’œuvre 😀 est le ");
    for (i, ch) in ["l", "e", " "].iter().enumerate() {
        client.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": uri, "version": 2 + i},
                "contentChanges": [{
                    "range": {"start": {"line": 0, "character": at + i}, "end": {"line": 0, "character": at + i}},
                    "text": ch
                }]
            }),
        );
    }
    let published = client.diagnostics(&uri);
    // The three keystrokes were linted once, at the last version.
    assert_eq!(published["version"], 4);
    assert_eq!(codes(&published), ["repetition.doubled-word"]);

    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(codes(&client.diagnostics(&uri)), Vec::<String>::new());
}

#[test]
fn hover_explains_the_rule_and_code_actions_fix_it() {
    let dir = project("language = \"fr\"\n");
    let (mut client, _) = Client::initialized(dir.path(), json!({}));
    let uri = file_uri(&dir.path().join("draft.md"));
    client.open(&uri, "markdown", DRAFT);
    let published = client.diagnostics(&uri);
    let doubled = find(&published, "repetition.doubled-word").clone();
    let inside = doubled["range"]["start"].clone();

    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": inside}),
    );
    assert_eq!(hover["contents"]["kind"], "markdown");
    let text = hover["contents"]["value"].as_str().unwrap();
    assert!(text.starts_with("**repetition.doubled-word**"), "{text}");
    assert_eq!(hover["range"], doubled["range"]);

    let nothing = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(nothing, Value::Null);

    let actions = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": doubled["range"], "context": {"diagnostics": [doubled]}}),
    );
    let action = &actions[0];
    assert_eq!(action["kind"], "quickfix");
    assert_eq!(action["title"], "Delete `le`");
    let edit = &action["edit"]["changes"][&uri][0];
    assert_eq!(edit["newText"], "");
    // The edit removes ` le`: from the end of the first `le` to the end of the second.
    assert_eq!(edit["range"]["start"]["character"], utf16_len(PREFIX) + 2);
    assert_eq!(edit["range"]["end"], doubled["range"]["end"]);
}

#[test]
fn a_malformed_frame_gets_a_parse_error_and_the_session_goes_on() {
    let dir = project("language = \"fr\"\n");
    let (mut client, _) = Client::initialized(dir.path(), json!({}));
    client.send_raw(b"Content-Length: 19\r\n\r\n{\"jsonrpc\": \"2.0\", ");
    let reply = client.wait_for(|m| m.get("error").is_some());
    assert_eq!(reply["error"]["code"], -32700);
    assert_eq!(reply["id"], Value::Null);

    // Valid JSON that is no message: invalid request, with its id.
    client.send(json!({"jsonrpc": "2.0", "id": 99}));
    let reply = client.wait_for(|m| m["id"] == 99);
    assert_eq!(reply["error"]["code"], -32600);

    // An unknown method is refused by name; the server still works after.
    let reply = client.request_raw("textDocument/unknownThing", json!({}));
    assert_eq!(reply["error"]["code"], -32601);
    let uri = file_uri(&dir.path().join("draft.md"));
    client.open(&uri, "markdown", DRAFT);
    assert_eq!(
        codes(&client.diagnostics(&uri)),
        ["repetition.doubled-word"]
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn a_broken_header_ends_the_session_instead_of_hanging() {
    let dir = project("");
    let (mut client, _) = Client::initialized(dir.path(), json!({}));
    client.send_raw(b"this is not a header\r\n\r\n{}");
    assert_eq!(client.wait_exit().code(), Some(1));
}

#[test]
fn a_client_that_exits_without_shutdown() {
    let dir = project("");
    // It closes the pipe.
    let (mut client, _) = Client::initialized(dir.path(), json!({}));
    client.open(
        &file_uri(&dir.path().join("a.md")),
        "markdown",
        "Un texte.\n",
    );
    client.close_stdin();
    assert_eq!(client.wait_exit().code(), Some(1));

    // It sends `exit` without `shutdown`.
    let (mut client, _) = Client::initialized(dir.path(), json!({}));
    client.notify("exit", Value::Null);
    assert_eq!(client.wait_exit().code(), Some(1));
}

#[test]
fn requests_before_initialize_and_after_shutdown_are_refused() {
    let dir = project("");
    let mut client = Client::spawn(dir.path());
    let reply = client.request_raw("textDocument/hover", json!({}));
    assert_eq!(reply["error"]["code"], -32002);
    client.request("initialize", json!({"capabilities": {}}));
    client.request("shutdown", Value::Null);
    let reply = client.request_raw("textDocument/hover", json!({}));
    assert_eq!(reply["error"]["code"], -32600);
    client.notify("exit", Value::Null);
    assert_eq!(client.wait_exit().code(), Some(0));
}

const DISABLE_DOUBLED: &str =
    "language = \"fr\"\n\n[rules.\"repetition.doubled-word\"]\nenabled = false\n";

#[test]
fn an_edited_configuration_is_reloaded_when_the_client_reports_it() {
    let dir = project("language = \"fr\"\n");
    let capabilities =
        json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}});
    let (mut client, _) = Client::initialized(dir.path(), capabilities);
    let registration = client.wait_for(|m| m["method"] == "client/registerCapability");
    let registered = &registration["params"]["registrations"][0];
    assert_eq!(registered["method"], "workspace/didChangeWatchedFiles");
    client.send(json!({"jsonrpc": "2.0", "id": registration["id"], "result": null}));

    let uri = file_uri(&dir.path().join("draft.md"));
    client.open(&uri, "markdown", DRAFT);
    assert_eq!(
        codes(&client.diagnostics(&uri)),
        ["repetition.doubled-word"]
    );
    let config = dir.path().join("draftlint.toml");
    std::fs::write(&config, DISABLE_DOUBLED).unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": file_uri(&config), "type": 2}]}),
    );
    assert_eq!(codes(&client.diagnostics(&uri)), Vec::<String>::new());
}

#[test]
fn an_edited_configuration_is_reloaded_when_the_client_does_not_report_it() {
    let dir = project("language = \"fr\"\n");
    let (mut client, _) = Client::initialized(dir.path(), json!({}));
    let uri = file_uri(&dir.path().join("draft.md"));
    client.open(&uri, "markdown", DRAFT);
    assert_eq!(
        codes(&client.diagnostics(&uri)),
        ["repetition.doubled-word"]
    );
    std::fs::write(dir.path().join("draftlint.toml"), DISABLE_DOUBLED).unwrap();
    // Noticed by the server's own check, within a few seconds.
    assert_eq!(codes(&client.diagnostics(&uri)), Vec::<String>::new());
}

#[test]
fn a_broken_configuration_is_reported_on_the_draft() {
    let dir = project("language = \"fr\"\nunknown-key = 1\n");
    let (mut client, _) = Client::initialized(dir.path(), json!({}));
    let uri = file_uri(&dir.path().join("draft.md"));
    client.open(&uri, "markdown", DRAFT);
    let published = client.diagnostics(&uri);
    let error = find(&published, "config");
    assert_eq!(error["severity"], 1);
    let message = error["message"].as_str().unwrap();
    assert!(message.contains("draftlint.toml:2"), "{message}");
    let shown = client.wait_for(|m| m["method"] == "window/showMessage");
    assert_eq!(shown["params"]["type"], 1);
}

#[test]
fn a_spelling_finding_is_added_to_the_word_list_and_disappears() {
    let dir = project("language = \"fr\"\n[spelling]\nword-lists = [\"mots.txt\"]\n");
    std::fs::write(dir.path().join("mots.txt"), "# mots du projet\n").unwrap();
    let (mut client, result) = Client::initialized(dir.path(), json!({}));
    assert_eq!(
        result["capabilities"]["executeCommandProvider"]["commands"],
        json!(["draftlint.addWord"])
    );
    let uri = file_uri(&dir.path().join("draft.md"));
    // An invented word no dictionary knows.
    client.open(&uri, "markdown", "Le chantier du glorbex avance vite.\n");
    let published = client.diagnostics(&uri);
    let unknown = find(&published, "spelling.unknown-word").clone();

    let actions = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": unknown["range"], "context": {"diagnostics": [unknown]}}),
    );
    let add = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Add `glorbex` to the word list")
        .unwrap_or_else(|| panic!("no add-word action in {actions:#}"));
    // The client runs the command the action carries, as editors do.
    let command = &add["command"];
    assert_eq!(command["command"], "draftlint.addWord");
    client.request(
        "workspace/executeCommand",
        json!({"command": command["command"], "arguments": command["arguments"]}),
    );
    let list = std::fs::read_to_string(dir.path().join("mots.txt")).unwrap();
    assert_eq!(list, "# mots du projet\nglorbex\n");
    // The word list changed: the document is linted again, and the word is known.
    let published = client.diagnostics(&uri);
    assert!(
        !codes(&published).contains(&"spelling.unknown-word".to_string()),
        "{published:#}"
    );
}

#[test]
fn add_word_without_a_word_list_creates_one_and_says_so() {
    let dir = project("language = \"fr\"\n");
    let (mut client, _) = Client::initialized(dir.path(), json!({}));
    let uri = file_uri(&dir.path().join("draft.md"));
    client.open(&uri, "markdown", DRAFT);
    client.request(
        "workspace/executeCommand",
        json!({"command": "draftlint.addWord", "arguments": [{"uri": uri, "word": "Glorbex"}]}),
    );
    let list = std::fs::read_to_string(dir.path().join("draftlint-words.txt")).unwrap();
    assert_eq!(list, "Glorbex\n");
    let shown = client.wait_for(|m| m["method"] == "window/showMessage");
    let message = shown["params"]["message"].as_str().unwrap();
    assert!(
        message.contains("word-lists = [\"draftlint-words.txt\"]"),
        "{message}"
    );

    let reply = client.request_raw(
        "workspace/executeCommand",
        json!({"command": "draftlint.other", "arguments": []}),
    );
    assert_eq!(reply["error"]["code"], -32602);
}

/// A Markdown table whose rows leave more cells empty than pulldown-cmark
/// fills in: its last row comes back twice, which used to panic.
fn table_past_the_empty_cell_limit() -> String {
    let columns = 1000;
    let mut md = format!("|{}\n|{}\n", "a|".repeat(columns), "-|".repeat(columns));
    md.push_str(&"|x|\n".repeat(263));
    md
}

#[test]
fn a_table_past_the_parsers_cell_limit_does_not_kill_the_server() {
    let dir = project("language = \"fr\"\n");
    let (mut client, _) = Client::initialized(dir.path(), json!({}));
    let table = file_uri(&dir.path().join("table.md"));
    client.open(&table, "markdown", &table_past_the_empty_cell_limit());
    assert_eq!(codes(&client.diagnostics(&table)), Vec::<String>::new());
    let uri = file_uri(&dir.path().join("draft.md"));
    client.open(&uri, "markdown", DRAFT);
    assert_eq!(
        codes(&client.diagnostics(&uri)),
        ["repetition.doubled-word"]
    );
    // Linted, not caught as an internal error: nothing was shown.
    assert!(
        !client
            .backlog
            .iter()
            .any(|m| m["method"] == "window/showMessage"),
        "{:#?}",
        client.backlog
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn a_panic_while_linting_one_document_is_shown_and_the_session_goes_on() {
    let dir = project("language = \"fr\"\n");
    let (mut client, _) = Client::initialized_with_env(
        dir.path(),
        json!({}),
        &[("DRAFTLINT_TEST_PANIC_ON", "boom.md")],
    );
    let boom = file_uri(&dir.path().join("boom.md"));
    client.open(&boom, "markdown", DRAFT);
    // No finding for it (old ones would point at changed text) ...
    assert_eq!(codes(&client.diagnostics(&boom)), Vec::<String>::new());
    // ... and the user is told which file and what to do.
    let shown = client.wait_for(|m| m["method"] == "window/showMessage");
    let message = shown["params"]["message"].as_str().unwrap();
    assert!(message.contains("boom.md"), "{message}");
    assert!(
        message.contains("internal error while linting this file: fault injected"),
        "{message}"
    );
    assert!(message.ends_with("please report it"), "{message}");
    assert_eq!(shown["params"]["type"], 1);

    // Requests about it are answered, other documents are linted.
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": boom}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(hover, Value::Null);
    let uri = file_uri(&dir.path().join("draft.md"));
    client.open(&uri, "markdown", DRAFT);
    assert_eq!(
        codes(&client.diagnostics(&uri)),
        ["repetition.doubled-word"]
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn requests_are_answered_whatever_their_json_id() {
    let dir = project("language = \"fr\"\n");
    let (mut client, _) = Client::initialized(dir.path(), json!({}));
    let uri = file_uri(&dir.path().join("draft.md"));
    client.open(&uri, "markdown", DRAFT);
    client.diagnostics(&uri);
    // JSON-RPC ids are strings or any number; LSP clients use both.
    for id in [json!("req-1"), json!(1u64 << 40), json!(2.5), json!(-7)] {
        client.send(json!({
            "jsonrpc": "2.0",
            "id": id,
            "method": "textDocument/hover",
            "params": {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}
        }));
        let reply = client.wait_for(|m| m["id"] == id && m.get("method").is_none());
        assert_eq!(reply["result"], Value::Null, "{reply}");
    }
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn a_message_over_64_mib_is_skipped_with_an_error_and_the_session_goes_on() {
    let dir = project("language = \"fr\"\n");
    let (mut client, _) = Client::initialized(dir.path(), json!({}));
    let uri = file_uri(&dir.path().join("huge.md"));
    let text = "Le chat dort. ".repeat((64 << 20) / 14 + 1);
    client.open(&uri, "markdown", &text);
    let reply = client.wait_for(|m| m.get("error").is_some());
    assert_eq!(reply["error"]["code"], -32600);
    assert_eq!(reply["id"], Value::Null);
    let message = reply["error"]["message"].as_str().unwrap();
    assert!(message.contains("over the limit of 64 MiB"), "{message}");

    let draft = file_uri(&dir.path().join("draft.md"));
    client.open(&draft, "markdown", DRAFT);
    assert_eq!(
        codes(&client.diagnostics(&draft)),
        ["repetition.doubled-word"]
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn a_document_over_16_mib_is_reported_not_linted() {
    let dir = project("language = \"fr\"\n");
    let (mut client, _) = Client::initialized(dir.path(), json!({}));
    let uri = file_uri(&dir.path().join("big.md"));
    let text = "Le le chat. ".repeat((16 << 20) / 12 + 1);
    client.open(&uri, "markdown", &text);
    let published = client.diagnostics(&uri);
    let diagnostics = published["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1, "{published:#}");
    let message = diagnostics[0]["message"].as_str().unwrap();
    assert!(
        message.starts_with(
            "not linted: the document is too large to lint (16 MiB; the limit is 16 MiB)"
        ),
        "{message}"
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn a_change_of_many_edits_is_applied_in_order() {
    let dir = project("language = \"fr\"\n");
    let (mut client, _) = Client::initialized(dir.path(), json!({}));
    let uri = file_uri(&dir.path().join("draft.md"));
    let lines = 2_000;
    client.open(&uri, "markdown", &"Le chat dort.\n".repeat(lines));
    client.diagnostics(&uri);
    // Typing at the end of the text, one character a change, all in one
    // notification (the time it takes is tested in `lsp::documents`).
    let typed = format!("{}le le", "ab cd ".repeat(500));
    let changes: Vec<Value> = typed
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let at = json!({"line": lines, "character": i});
            json!({"range": {"start": at, "end": at}, "text": c.to_string()})
        })
        .collect();
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": changes}),
    );
    let published = client.diagnostics(&uri);
    assert_eq!(published["version"], 2);
    let doubled = find(&published, "repetition.doubled-word");
    assert_eq!(
        doubled["range"]["start"],
        json!({"line": lines, "character": typed.len() - 2})
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
#[cfg(unix)]
fn add_word_stays_inside_the_project_and_adds_only_words() {
    let outside = tempfile::tempdir().unwrap();
    let rc = outside.path().join("shellrc");
    std::fs::write(&rc, "alias ll='ls -l'\n").unwrap();
    // A project without a word list, whose default list is a committed
    // link to a shell start-up file.
    let dir = project("language = \"fr\"\n");
    std::os::unix::fs::symlink(&rc, dir.path().join("draftlint-words.txt")).unwrap();
    let (mut client, _) = Client::initialized(dir.path(), json!({}));
    let uri = file_uri(&dir.path().join("draft.md"));
    client.open(&uri, "markdown", DRAFT);
    let reply = client.request_raw(
        "workspace/executeCommand",
        json!({"command": "draftlint.addWord", "arguments": [{"uri": uri, "word": "Glorbex"}]}),
    );
    let message = reply["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("outside"), "{reply:#}");
    assert_eq!(std::fs::read_to_string(&rc).unwrap(), "alias ll='ls -l'\n");

    // Text that is not one word would add lines of its own.
    std::fs::remove_file(dir.path().join("draftlint-words.txt")).unwrap();
    for bad in ["Glorbex\nrm -rf ~", "deux mots", "bip\u{7}"] {
        let reply = client.request_raw(
            "workspace/executeCommand",
            json!({"command": "draftlint.addWord", "arguments": [{"uri": uri, "word": bad}]}),
        );
        assert_eq!(reply["error"]["code"], -32602, "{bad:?}: {reply:#}");
    }
    assert!(!dir.path().join("draftlint-words.txt").exists());
}
