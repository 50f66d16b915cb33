//! The session: handshake, dispatch, debounced linting, shutdown.
//!
//! Everything runs on one thread, in the order messages arrive; a lint of a
//! 2,000-word draft takes milliseconds, so nothing needs to run beside it.
//! Edits are linted once the document has been quiet for [`QUIET`] (or at
//! the latest [`MAX_DELAY`] after the first unlinted edit, so continuous
//! typing still gets feedback). A request about a document with unlinted
//! edits (hover, code action) lints it first, so answers always match the
//! text the editor shows.

use super::code_actions::{ADD_WORD_COMMAND, AddWordArgs, code_actions};
use super::config_reload::ConfigWatch;
use super::documents::{DocumentStore, OpenDocument};
use super::hover::hover;
use super::lint::lint_document;
use super::position::{PositionEncoding, PositionIndex};
use super::transport::{Incoming, encode};
use super::uri::{document_path, file_path};
use super::word_list::{self, Target};
use crate::panic_guard;
use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionParams, CodeActionProviderCapability,
    DidChangeTextDocumentParams, DidChangeWatchedFilesRegistrationOptions,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, DidSaveTextDocumentParams,
    ExecuteCommandOptions, ExecuteCommandParams, FileSystemWatcher, GlobPattern, HoverParams,
    HoverProviderCapability, InitializeParams, InitializeResult, MarkupKind, MessageType,
    PublishDiagnosticsParams, Registration, RegistrationParams, ServerCapabilities, ServerInfo,
    ShowMessageParams, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, Uri,
};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

/// How long a document must go without edits before it is linted.
pub const QUIET: Duration = Duration::from_millis(75);
/// The longest an edit waits for its lint while typing goes on.
pub const MAX_DELAY: Duration = Duration::from_millis(400);
/// How often configuration files are checked for changes when idle, for
/// clients that do not report file changes.
pub const CONFIG_POLL: Duration = Duration::from_secs(2);

/// Exit codes, as the protocol asks: 0 after `shutdown`, 1 otherwise.
pub const EXIT_AFTER_SHUTDOWN: u8 = 0;
pub const EXIT_WITHOUT_SHUTDOWN: u8 = 1;

/// Runs a session until `exit` or until the client goes away.
pub fn serve(incoming: &Receiver<Incoming>, outgoing: Sender<Value>) -> u8 {
    let Some((id, params)) = wait_for_initialize(incoming, &outgoing) else {
        return EXIT_WITHOUT_SHUTDOWN;
    };
    let mut server = match Server::new(&params, outgoing.clone()) {
        Ok(server) => server,
        Err(message) => {
            let response = Response::new_err(id, ErrorCode::InternalError as i32, message);
            let _ = outgoing.send(encode(&response.into()));
            return EXIT_WITHOUT_SHUTDOWN;
        }
    };
    server.send(Response::new_ok(id, server.initialize_result()).into());
    server.run(incoming)
}

/// Answers everything before `initialize` as the protocol says: requests
/// with "server not initialized", notifications dropped, `exit` obeyed.
fn wait_for_initialize(
    incoming: &Receiver<Incoming>,
    outgoing: &Sender<Value>,
) -> Option<(RequestId, InitializeParams)> {
    loop {
        match incoming.recv().ok()? {
            Incoming::Malformed(reply) => {
                let _ = outgoing.send(reply);
            }
            Incoming::Message(Message::Request(request)) if request.method == "initialize" => {
                match serde_json::from_value::<InitializeParams>(request.params) {
                    Ok(params) => return Some((request.id, params)),
                    Err(e) => {
                        let response = Response::new_err(
                            request.id,
                            ErrorCode::InvalidParams as i32,
                            format!("invalid initialize parameters: {e}"),
                        );
                        let _ = outgoing.send(encode(&response.into()));
                    }
                }
            }
            Incoming::Message(Message::Request(request)) => {
                let response = Response::new_err(
                    request.id,
                    ErrorCode::ServerNotInitialized as i32,
                    "the server is not initialized".into(),
                );
                let _ = outgoing.send(encode(&response.into()));
            }
            Incoming::Message(Message::Notification(n)) if n.method == "exit" => return None,
            Incoming::Message(_) => {}
        }
    }
}

pub struct Server {
    outgoing: Sender<Value>,
    encoding: PositionEncoding,
    markdown_hover: bool,
    watch_files: bool,
    documents: DocumentStore,
    configs: ConfigWatch,
    cwd: PathBuf,
    shutdown_requested: bool,
    next_request_id: i32,
    /// Errors already shown in a message window, to show each only once.
    shown_errors: HashSet<String>,
    last_config_check: Instant,
}

impl Server {
    fn new(params: &InitializeParams, outgoing: Sender<Value>) -> Result<Server, String> {
        let caps = &params.capabilities;
        let encoding = PositionEncoding::negotiate(
            caps.general
                .as_ref()
                .and_then(|g| g.position_encodings.as_deref()),
        );
        let markdown_hover = caps
            .text_document
            .as_ref()
            .and_then(|t| t.hover.as_ref())
            .and_then(|h| h.content_format.as_ref())
            .is_none_or(|formats| formats.contains(&MarkupKind::Markdown));
        let watch_files = caps
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files)
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false);
        let builtin = crate::rules::Catalogue::builtin().map_err(|e| e.to_string())?;
        Ok(Server {
            outgoing,
            encoding,
            markdown_hover,
            watch_files,
            documents: DocumentStore::default(),
            configs: ConfigWatch::new(builtin).map_err(|e| e.to_string())?,
            cwd: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
            shutdown_requested: false,
            next_request_id: 0,
            shown_errors: HashSet::new(),
            last_config_check: Instant::now(),
        })
    }

    fn initialize_result(&self) -> InitializeResult {
        InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(self.encoding.kind()),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                        ..TextDocumentSyncOptions::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                        ..CodeActionOptions::default()
                    },
                )),
                execute_command_provider: Some(ExecuteCommandOptions {
                    commands: vec![ADD_WORD_COMMAND.into()],
                    ..ExecuteCommandOptions::default()
                }),
                ..ServerCapabilities::default()
            },
            server_info: Some(ServerInfo {
                name: "draftlint".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
        }
    }

    fn run(&mut self, incoming: &Receiver<Incoming>) -> u8 {
        loop {
            let wait = self.next_wakeup().saturating_duration_since(Instant::now());
            match incoming.recv_timeout(wait) {
                Ok(Incoming::Message(message)) => {
                    if let Some(code) = self.handle(message) {
                        return code;
                    }
                }
                Ok(Incoming::Malformed(reply)) => {
                    let _ = self.outgoing.send(reply);
                }
                Err(RecvTimeoutError::Timeout) => {}
                // The client closed the stream without `exit`.
                Err(RecvTimeoutError::Disconnected) => {
                    return if self.shutdown_requested {
                        EXIT_AFTER_SHUTDOWN
                    } else {
                        EXIT_WITHOUT_SHUTDOWN
                    };
                }
            }
            self.run_due(Instant::now());
        }
    }

    /// The earliest moment something is due: a debounced lint or a
    /// configuration check.
    fn next_wakeup(&self) -> Instant {
        let config_check = self.last_config_check + CONFIG_POLL;
        self.documents
            .iter()
            .filter_map(|doc| {
                doc.pending
                    .map(|(first, last)| (last + QUIET).min(first + MAX_DELAY))
            })
            .min()
            .map_or(config_check, |due| due.min(config_check))
    }

    fn run_due(&mut self, now: Instant) {
        let due: Vec<Uri> = self
            .documents
            .iter()
            .filter(|doc| {
                doc.pending
                    .is_some_and(|(first, last)| now >= last + QUIET || now >= first + MAX_DELAY)
            })
            .map(|doc| doc.uri.clone())
            .collect();
        if !due.is_empty() || now >= self.last_config_check + CONFIG_POLL {
            // A changed configuration re-lints everything, due or not.
            if self.check_config() {
                return;
            }
        }
        for uri in due {
            self.lint_and_publish(&uri);
        }
    }

    /// Reloads configuration if a file it depends on changed, and then
    /// re-lints every open document; says whether it did.
    fn check_config(&mut self) -> bool {
        self.last_config_check = Instant::now();
        let paths: Vec<PathBuf> = self.documents.iter().map(|d| d.path.clone()).collect();
        if !self.configs.refresh(paths.iter().map(PathBuf::as_path)) {
            return false;
        }
        // Errors of the previous configuration may be fixed or come back.
        self.shown_errors.clear();
        for uri in self.documents.uris() {
            self.lint_and_publish(&uri);
        }
        true
    }

    fn lint_and_publish(&mut self, uri: &Uri) {
        let Some(doc) = self.documents.get_mut(uri) else {
            return;
        };
        let version = doc.version;
        let outcome = panic_guard::catch(|| lint_document(doc, &self.configs, self.encoding));
        match outcome {
            Ok(outcome) => {
                self.publish(uri.clone(), outcome.diagnostics, Some(version));
                if let Some(error) = outcome.error {
                    self.show_once(MessageType::ERROR, error);
                }
            }
            // A bug costs this document its findings, not the session: no
            // finding is published (old ones would point at text that has
            // changed), the user is told, and every other document and
            // request is still served.
            Err(message) => {
                if let Some(doc) = self.documents.get_mut(uri) {
                    doc.pending = None;
                    doc.diagnostics.clear();
                }
                self.publish(uri.clone(), Vec::new(), Some(version));
                let path = self
                    .documents
                    .get(uri)
                    .map(|d| d.path.display().to_string());
                self.show_once(
                    MessageType::ERROR,
                    format!(
                        "draftlint: {}: {}",
                        path.unwrap_or_default(),
                        panic_guard::file_error(&message)
                    ),
                );
            }
        }
    }

    /// Lints a document now if it has unlinted edits.
    fn flush(&mut self, uri: &Uri) {
        if self.documents.get(uri).is_some_and(|d| d.pending.is_some()) {
            self.lint_and_publish(uri);
        }
    }

    /// Handles one message; `Some(code)` ends the session.
    fn handle(&mut self, message: Message) -> Option<u8> {
        match message {
            Message::Request(request) => {
                self.handle_request(request);
                None
            }
            Message::Notification(n) if n.method == "exit" => Some(if self.shutdown_requested {
                EXIT_AFTER_SHUTDOWN
            } else {
                EXIT_WITHOUT_SHUTDOWN
            }),
            Message::Notification(n) => {
                self.handle_notification(n);
                None
            }
            // Replies to our registrations; nothing depends on them.
            Message::Response(_) => None,
        }
    }

    fn handle_request(&mut self, request: Request) {
        let id = request.id.clone();
        if self.shutdown_requested {
            return self.reply_error(id, ErrorCode::InvalidRequest, "the server is shutting down");
        }
        let method = request.method.clone();
        // A bug while answering (hover, code action) costs this request an
        // error reply, not the session.
        let result = panic_guard::catch(|| self.answer(request)).unwrap_or_else(|message| {
            Err((
                ErrorCode::InternalError,
                format!("internal error while answering {method}: {message}; please report it"),
            ))
        });
        match result {
            Ok(value) => self.send(Response::new_ok(id, value).into()),
            Err((code, message)) => self.reply_error(id, code, &message),
        }
    }

    fn answer(&mut self, request: Request) -> Result<Value, (ErrorCode, String)> {
        match request.method.clone().as_str() {
            "shutdown" => {
                self.shutdown_requested = true;
                Ok(Value::Null)
            }
            "initialize" => Err((ErrorCode::InvalidRequest, "already initialized".to_string())),
            "textDocument/hover" => params(request).map(|p| self.hover(p)),
            "textDocument/codeAction" => params(request).map(|p| self.code_action(p)),
            "workspace/executeCommand" => params(request).and_then(|p| self.execute_command(p)),
            method => Err((
                ErrorCode::MethodNotFound,
                format!("unhandled method {method}"),
            )),
        }
    }

    fn handle_notification(&mut self, notification: Notification) {
        let method = notification.method.clone();
        let now = Instant::now();
        match method.as_str() {
            "initialized" => self.register_watchers(),
            "textDocument/didOpen" => {
                if let Some(p) = notification_params::<DidOpenTextDocumentParams>(notification) {
                    let item = p.text_document;
                    let path = document_path(&item.uri, &item.language_id, &self.cwd);
                    let uri = item.uri.clone();
                    self.documents
                        .open(OpenDocument::new(item.uri, path, item.version, item.text));
                    if !self.check_config() {
                        self.lint_and_publish(&uri);
                    }
                }
            }
            "textDocument/didChange" => {
                if let Some(p) = notification_params::<DidChangeTextDocumentParams>(notification) {
                    let encoding = self.encoding;
                    if let Some(doc) = self.documents.get_mut(&p.text_document.uri) {
                        doc.apply_changes(
                            p.text_document.version,
                            p.content_changes,
                            encoding,
                            now,
                        );
                    }
                }
            }
            "textDocument/didSave" => {
                if let Some(p) = notification_params::<DidSaveTextDocumentParams>(notification)
                    && !self.check_config()
                {
                    self.flush(&p.text_document.uri);
                }
            }
            "textDocument/didClose" => {
                if let Some(p) = notification_params::<DidCloseTextDocumentParams>(notification)
                    && self.documents.close(&p.text_document.uri).is_some()
                {
                    self.publish(p.text_document.uri, Vec::new(), None);
                }
            }
            "workspace/didChangeWatchedFiles" => {
                self.check_config();
            }
            _ => {}
        }
    }

    fn hover(&mut self, params: HoverParams) -> Value {
        let position = params.text_document_position_params;
        let uri = position.text_document.uri;
        self.flush(&uri);
        let Some(doc) = self.documents.get(&uri) else {
            return Value::Null;
        };
        let Ok(config) = self.configs.for_path(&doc.path) else {
            return Value::Null;
        };
        let index = PositionIndex::new(&doc.text, self.encoding);
        let offset = index.offset(position.position);
        let answer = hover(
            &doc.diagnostics,
            offset,
            &config.catalogue,
            doc.language,
            &index,
            self.markdown_hover,
        );
        serde_json::to_value(answer).expect("plain data always serialises")
    }

    fn code_action(&mut self, params: CodeActionParams) -> Value {
        let uri = params.text_document.uri;
        self.flush(&uri);
        let Some(doc) = self.documents.get(&uri) else {
            return Value::Null;
        };
        let index = PositionIndex::new(&doc.text, self.encoding);
        let span = index.span(params.range);
        let actions = code_actions(&uri, &doc.text, &doc.diagnostics, span, &index);
        serde_json::to_value(actions).expect("plain data always serialises")
    }

    fn execute_command(
        &mut self,
        params: ExecuteCommandParams,
    ) -> Result<Value, (ErrorCode, String)> {
        if params.command != ADD_WORD_COMMAND {
            return Err((
                ErrorCode::InvalidParams,
                format!("unknown command {}", params.command),
            ));
        }
        let args: AddWordArgs = params
            .arguments
            .into_iter()
            .next()
            .and_then(|a| serde_json::from_value(a).ok())
            .ok_or((
                ErrorCode::InvalidParams,
                format!("{ADD_WORD_COMMAND} takes {{uri, word}}"),
            ))?;
        let (path, language) = match self.documents.get(&args.uri) {
            Some(doc) => (doc.path.clone(), doc.language),
            None => (
                file_path(args.uri.as_str()).ok_or((
                    ErrorCode::InvalidParams,
                    format!("not a file: {}", args.uri.as_str()),
                ))?,
                None,
            ),
        };
        let config = self.configs.for_path(&path).map_err(|e| {
            (
                ErrorCode::RequestFailed,
                format!("configuration not loaded: {e}"),
            )
        })?;
        let word = crate::spelling::word_list_file::valid_word(&args.word)
            .map_err(|e| (ErrorCode::InvalidParams, e))?;
        let (list, note) = match word_list::target(&config, language) {
            Target::NoConfig => {
                self.show(
                    MessageType::WARNING,
                    format!(
                        "draftlint: no draftlint.toml applies to {}, so there is no word list to add `{word}` to. \
                         Run `draftlint init` at the project's root, then name a word list under [spelling] word-lists.",
                        path.display()
                    ),
                );
                return Ok(Value::Null);
            }
            Target::Listed(list) => (list, None),
            Target::Unlisted { list, config_file } => {
                let note = format!(
                    "draftlint: added `{word}` to {}. draftlint reads it once {} names it: \
                     [spelling] word-lists = [\"{}\"]",
                    list.display(),
                    config_file.display(),
                    word_list::DEFAULT_WORD_LIST
                );
                (list, Some(note))
            }
        };
        word_list::add_word(&config, &list, word).map_err(|e| {
            // Shown too: editors often drop the error of a command.
            self.show(MessageType::ERROR, format!("draftlint: {e}"));
            (ErrorCode::RequestFailed, e)
        })?;
        if let Some(note) = note {
            self.show(MessageType::INFO, note);
        }
        // The list changed on disk: configuration reloads, findings refresh.
        self.check_config();
        Ok(Value::Null)
    }

    fn register_watchers(&mut self) {
        if !self.watch_files {
            return;
        }
        let watchers = [
            "**/draftlint.toml",
            &format!("**/{}", word_list::DEFAULT_WORD_LIST),
        ]
        .into_iter()
        .map(|glob| FileSystemWatcher {
            glob_pattern: GlobPattern::String(glob.to_string()),
            kind: None,
        })
        .collect();
        let registration = Registration {
            id: "draftlint-config-files".into(),
            method: "workspace/didChangeWatchedFiles".into(),
            register_options: Some(
                serde_json::to_value(DidChangeWatchedFilesRegistrationOptions { watchers })
                    .expect("plain data always serialises"),
            ),
        };
        self.next_request_id += 1;
        let request = Request::new(
            RequestId::from(format!("draftlint-{}", self.next_request_id)),
            "client/registerCapability".into(),
            RegistrationParams {
                registrations: vec![registration],
            },
        );
        self.send(request.into());
    }

    fn publish(&self, uri: Uri, diagnostics: Vec<lsp_types::Diagnostic>, version: Option<i32>) {
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        };
        self.send(Notification::new("textDocument/publishDiagnostics".into(), params).into());
    }

    fn show_once(&mut self, typ: MessageType, message: String) {
        if self.shown_errors.insert(message.clone()) {
            self.show(typ, message);
        }
    }

    fn show(&self, typ: MessageType, message: String) {
        let params = ShowMessageParams { typ, message };
        self.send(Notification::new("window/showMessage".into(), params).into());
    }

    fn reply_error(&self, id: RequestId, code: ErrorCode, message: &str) {
        self.send(Response::new_err(id, code as i32, message.to_string()).into());
    }

    fn send(&self, message: Message) {
        // A closed stdout means the client is gone; the read side notices.
        let _ = self.outgoing.send(encode(&message));
    }
}

fn params<P: DeserializeOwned>(request: Request) -> Result<P, (ErrorCode, String)> {
    serde_json::from_value(request.params).map_err(|e| {
        (
            ErrorCode::InvalidParams,
            format!("invalid parameters for {}: {e}", request.method),
        )
    })
}

fn notification_params<P: DeserializeOwned>(notification: Notification) -> Option<P> {
    match serde_json::from_value(notification.params) {
        Ok(p) => Some(p),
        Err(e) => {
            eprintln!("draftlint lsp: ignoring {}: {e}", notification.method);
            None
        }
    }
}
