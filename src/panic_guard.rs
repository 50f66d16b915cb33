//! One file can never stop a run or a language server session.
//!
//! draftlint is fuzzed and its invariants are checked, but a bug left in a
//! rule must cost one file, not the whole run: `check` reports the file as
//! an internal error (exit code 2, like an unreadable file) and lints the
//! others; the language server tells the user and keeps serving. This
//! module runs a piece of work under [`std::panic::catch_unwind`] and turns
//! a panic into a one-line message naming where it happened.
//!
//! The default panic hook would also print the panic, with a backtrace
//! hint, to standard error: noise next to a per-file error that already
//! says it all. So a hook installed on first use stays quiet for panics
//! caught here (it records their location instead) and hands every other
//! panic to the hook that was there before.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// How many guards are running on this thread.
    static GUARDS: Cell<usize> = const { Cell::new(0) };
    /// The message and location of the last panic caught on this thread.
    static CAUGHT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `work`; a panic inside it becomes `Err` with its message and
/// location (`message (at src/file.rs:12:5)`).
///
/// `work` must leave nothing it shares half-updated when it panics: the
/// callers give it one file's data, and throw that away on `Err`.
pub fn catch<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    install_hook();
    GUARDS.set(GUARDS.get() + 1);
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    GUARDS.set(GUARDS.get() - 1);
    result.map_err(|payload| {
        // A panic raised on another thread (a rayon job inside the work)
        // reaches us with its payload but was not recorded here.
        CAUGHT
            .take()
            .unwrap_or_else(|| payload_message(payload.as_ref()).to_string())
    })
}

/// The per-file error for a panic caught while linting a file.
pub fn file_error(message: &str) -> String {
    format!("internal error while linting this file: {message}; please report it")
}

fn install_hook() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if GUARDS.get() == 0 {
                return previous(info);
            }
            let message = payload_message(info.payload());
            let described = match info.location() {
                Some(at) => format!("{message} (at {}:{}:{})", at.file(), at.line(), at.column()),
                None => message.to_string(),
            };
            CAUGHT.set(Some(described));
        }));
    });
}

fn payload_message(payload: &(dyn std::any::Any + Send)) -> &str {
    if let Some(text) = payload.downcast_ref::<&str>() {
        text
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text
    } else {
        "a panic without a message"
    }
}

/// The environment variable of [`inject_fault`].
pub const FAULT_INJECTION_VARIABLE: &str = "DRAFTLINT_TEST_PANIC_ON";

/// Fault injection for the tests of these guards, in debug builds only
/// (every test runs one): linting a file whose path ends with the value of
/// `DRAFTLINT_TEST_PANIC_ON` panics, as a bug in a rule would. Once every
/// known panic is fixed, the guards have no other way to be tested end to
/// end through the real binary. Release builds have no such switch.
#[cfg(debug_assertions)]
pub fn inject_fault(path: &std::path::Path) {
    if let Some(suffix) = std::env::var_os(FAULT_INJECTION_VARIABLE)
        && !suffix.is_empty()
        && path
            .as_os_str()
            .as_encoded_bytes()
            .ends_with(suffix.as_encoded_bytes())
    {
        panic!("fault injected by {FAULT_INJECTION_VARIABLE} for a test");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_its_message_and_location() {
        let error = catch(|| -> u8 { panic!("rule broke on {}", 42) }).unwrap_err();
        assert!(
            error.starts_with("rule broke on 42 (at src/panic_guard.rs:"),
            "{error}"
        );
        assert_eq!(catch(|| 7).unwrap(), 7);
    }

    #[test]
    fn guards_nest_and_a_slice_panic_is_caught() {
        let outer = catch(|| {
            let inner = catch(|| {
                let text = "été";
                text[1..].len()
            });
            assert!(
                inner
                    .unwrap_err()
                    .contains("byte index 1 is not a char boundary")
            );
            "after"
        });
        assert_eq!(outer.unwrap(), "after");
    }

    #[test]
    fn the_file_error_says_what_to_do() {
        assert_eq!(
            file_error("boom (at src/x.rs:1:2)"),
            "internal error while linting this file: boom (at src/x.rs:1:2); please report it"
        );
    }
}
