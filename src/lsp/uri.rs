//! Document URIs → the paths that choose configuration and format.
//!
//! Only `file:` URIs name a file. Buffers that were never saved
//! (`untitled:`) still get linted: they stand for a file in the server's
//! working directory whose extension follows the editor's language id, so
//! Markdown buffers are parsed as Markdown.

use lsp_types::Uri;
use std::path::{Path, PathBuf};

/// The path a document stands for.
pub fn document_path(uri: &Uri, language_id: &str, cwd: &Path) -> PathBuf {
    if let Some(path) = file_path(uri.as_str()) {
        return path;
    }
    let extension = if language_id.eq_ignore_ascii_case("markdown") {
        "md"
    } else {
        "txt"
    };
    cwd.join(format!("untitled.{extension}"))
}

/// The local path of a `file:` URI, percent-decoded; `None` for other
/// schemes and for files on another host.
pub fn file_path(uri: &str) -> Option<PathBuf> {
    let scheme_end = uri.find(':')?;
    if !uri[..scheme_end].eq_ignore_ascii_case("file") {
        return None;
    }
    let rest = &uri[scheme_end + 1..];
    let path = match rest.strip_prefix("//") {
        Some(after) => {
            let authority_end = after.find('/').unwrap_or(after.len());
            let authority = &after[..authority_end];
            if !(authority.is_empty() || authority.eq_ignore_ascii_case("localhost")) {
                return None;
            }
            &after[authority_end..]
        }
        None => rest,
    };
    // Query and fragment are not part of a file's path.
    let path = path.split(['?', '#']).next().unwrap_or("");
    let decoded = percent_decode(path)?;
    local_path(decoded)
}

#[cfg(unix)]
fn local_path(bytes: Vec<u8>) -> Option<PathBuf> {
    use std::os::unix::ffi::OsStringExt;
    Some(PathBuf::from(std::ffi::OsString::from_vec(bytes)))
}

#[cfg(not(unix))]
fn local_path(bytes: Vec<u8>) -> Option<PathBuf> {
    let text = String::from_utf8(bytes).ok()?;
    // `file:///C:/dir` has the path `/C:/dir`.
    let trimmed = match text.as_bytes() {
        [b'/', drive, b':', ..] if drive.is_ascii_alphabetic() => &text[1..],
        _ => &text[..],
    };
    Some(PathBuf::from(trimmed))
}

fn percent_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(unix)]
    fn file_uris_are_decoded() {
        assert_eq!(
            file_path("file:///home/ana/Brouillons/%C3%A9t%C3%A9%202024.md"),
            Some(PathBuf::from("/home/ana/Brouillons/été 2024.md"))
        );
        assert_eq!(
            file_path("file://localhost/tmp/a.md"),
            Some(PathBuf::from("/tmp/a.md"))
        );
        assert_eq!(
            file_path("FILE:///tmp/a.md"),
            Some(PathBuf::from("/tmp/a.md"))
        );
    }

    #[test]
    fn other_schemes_and_hosts_are_not_files() {
        assert_eq!(file_path("untitled:Untitled-1"), None);
        assert_eq!(file_path("file://server/share/a.md"), None);
        assert_eq!(file_path("file:///tmp/bad%zz.md"), None);
    }

    #[test]
    fn untitled_buffers_follow_their_language() {
        let cwd = Path::new("/work");
        let uri: Uri = "untitled:Untitled-1".parse().unwrap();
        assert_eq!(
            document_path(&uri, "markdown", cwd),
            cwd.join("untitled.md")
        );
        assert_eq!(
            document_path(&uri, "plaintext", cwd),
            cwd.join("untitled.txt")
        );
    }
}
