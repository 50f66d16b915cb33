use std::alloc::{GlobalAlloc, Layout};
use std::sync::Once;

// The system allocator spent a fifth of a short run in malloc and free
// (the many small vectors and strings of the rules); mimalloc's
// thread-local free lists cost a fraction of that (docs/performance.md,
// part 14).
// (`--features system-allocator` leaves it out, for heap profilers.)
#[cfg_attr(not(feature = "system-allocator"), global_allocator)]
#[cfg_attr(feature = "system-allocator", allow(dead_code))]
static ALLOCATOR: Allocator = Allocator;

/// mimalloc, with its options set before its first allocation.
#[cfg_attr(feature = "system-allocator", allow(dead_code))]
struct Allocator;

/// mimalloc's options, by their place in `mi_option_t` of the mimalloc v3
/// that libmimalloc-sys 0.1.49 builds (`c_src/mimalloc/v3/include/mimalloc.h`;
/// the crate's own constants follow v2's numbering). Cargo.lock pins it.
const ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

static OPTIONS: Once = Once::new();

/// By default mimalloc commits its first arena eagerly and gives freed
/// memory back to the system seconds later: what parsing the dictionaries
/// frees stays resident for the whole run (85 MB peak on a 5 KB draft, 39
/// MB with the system allocator). Committing on demand and giving back at
/// once keeps the peak where it was, for the same instructions. The arena
/// is made at the first allocation, before `main`: the options are set
/// then.
fn set_options() {
    OPTIONS.call_once(|| {
        // SAFETY: setters of process-wide options; they allocate nothing.
        unsafe {
            libmimalloc_sys::mi_option_set(ARENA_EAGER_COMMIT, 0);
            libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
        }
    });
}

// SAFETY: every call is mimalloc's, whose `GlobalAlloc` is sound; setting
// its options first allocates nothing.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        set_options();
        // SAFETY: the caller's contract, passed on.
        unsafe { mimalloc::MiMalloc.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        set_options();
        // SAFETY: the caller's contract, passed on.
        unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract, passed on.
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) }
    }
}

fn main() -> std::process::ExitCode {
    draftlint::cli::main()
}
