//! Parallel work, results in input order, memory bounded.
//!
//! `check` lints files on every core but must write their outputs in the
//! order the files were found (the output is deterministic). It used to
//! lint 256 files in parallel, wait for the slowest of them, write the
//! 256, and start again: at each chunk's end all cores but one sat idle.
//!
//! Here worker threads take the next file as soon as they are free, and
//! the calling thread writes each result as soon as it and every result
//! before it are ready (a reassembly buffer). Memory stays bounded: a
//! worker does not start file `i` while file `i - window` is unwritten, so
//! one huge or slow file early on makes the workers wait rather than pile
//! up finished outputs behind it.
//!
//! Workers are plain threads, one per thread of rayon's pool (so
//! `RAYON_NUM_THREADS` sets both); rayon's pool stays free for the
//! parallel work inside a file (spelling suggestions). Rayon tasks must
//! not block waiting for each other, which these workers do.

use std::collections::VecDeque;
use std::sync::{Condvar, Mutex, MutexGuard};

/// What the workers and the writer share.
struct State<R> {
    /// The next item a worker will take.
    next_to_start: usize,
    /// The next item to hand to the sink; `pending[0]` is its result.
    next_to_write: usize,
    /// Results of items `next_to_write..`, `None` while in progress.
    pending: VecDeque<Option<R>>,
    /// The sink failed (say, a broken pipe) or a worker panicked: stop.
    stopped: bool,
}

struct Shared<R> {
    state: Mutex<State<R>>,
    /// Signalled whenever a result is stored, one is written, or the run
    /// stops.
    changed: Condvar,
}

impl<R> Shared<R> {
    fn lock(&self) -> MutexGuard<'_, State<R>> {
        // A worker that panicked holds no invariant half-done: the state
        // is updated in single assignments.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn wait<'g>(&self, guard: MutexGuard<'g, State<R>>) -> MutexGuard<'g, State<R>> {
        self.changed.wait(guard).unwrap_or_else(|e| e.into_inner())
    }

    fn stop(&self) {
        self.lock().stopped = true;
        self.changed.notify_all();
    }
}

/// Stops the run when a worker unwinds, so the writer does not wait for a
/// result that will never come; the panic then reaches the caller when the
/// threads are joined.
struct StopOnPanic<'s, R>(&'s Shared<R>);

impl<R> Drop for StopOnPanic<'_, R> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.stop();
        }
    }
}

/// Runs `work(i, &items[i])` for every item on `threads` worker threads and
/// hands the results to `sink` in order, on the calling thread. At most
/// `window` items are in progress or waiting to be written at any time.
/// The first error of `sink` stops the workers (items in progress finish)
/// and is returned.
pub fn for_each_ordered<T, R, E>(
    items: &[T],
    threads: usize,
    window: usize,
    work: impl Fn(usize, &T) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Sync,
    R: Send,
{
    let window = window.max(1);
    let shared = Shared {
        state: Mutex::new(State {
            next_to_start: 0,
            next_to_write: 0,
            pending: VecDeque::with_capacity(window),
            stopped: false,
        }),
        changed: Condvar::new(),
    };
    std::thread::scope(|scope| {
        for _ in 0..threads.clamp(1, items.len().max(1)) {
            scope.spawn(|| {
                let _stop_on_panic = StopOnPanic(&shared);
                loop {
                    let i = {
                        let mut state = shared.lock();
                        while !state.stopped
                            && state.next_to_start < items.len()
                            && state.next_to_start - state.next_to_write >= window
                        {
                            state = shared.wait(state);
                        }
                        if state.stopped || state.next_to_start >= items.len() {
                            return;
                        }
                        state.next_to_start += 1;
                        state.pending.push_back(None);
                        state.next_to_start - 1
                    };
                    let result = work(i, &items[i]);
                    let mut state = shared.lock();
                    let slot = i - state.next_to_write;
                    state.pending[slot] = Some(result);
                    drop(state);
                    shared.changed.notify_all();
                }
            });
        }

        // The writer: this thread.
        let outcome = loop {
            let result = {
                let mut state = shared.lock();
                loop {
                    if state.next_to_write == items.len() {
                        break None;
                    }
                    if let Some(Some(_)) = state.pending.front() {
                        let result = state.pending.pop_front().flatten();
                        state.next_to_write += 1;
                        break result;
                    }
                    if state.stopped {
                        break None;
                    }
                    state = shared.wait(state);
                }
            };
            let Some(result) = result else {
                break Ok(());
            };
            // Room for one more item in the window.
            shared.changed.notify_all();
            if let Err(e) = sink(result) {
                break Err(e);
            }
        };
        shared.stop();
        outcome
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    #[test]
    fn results_come_in_input_order() {
        let items: Vec<usize> = (0..500).collect();
        let mut seen = Vec::new();
        for_each_ordered(
            &items,
            4,
            8,
            |i, &item| {
                // Later items finish first now and then.
                if i % 7 == 0 {
                    std::thread::sleep(Duration::from_micros(300));
                }
                item * 2
            },
            |r| {
                seen.push(r);
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert_eq!(seen, items.iter().map(|i| i * 2).collect::<Vec<_>>());
    }

    /// A slow first item holds the window: while item 0 runs, the others
    /// go as far as item `window - 1` and no further, so finished results
    /// cannot pile up behind it.
    #[test]
    fn a_slow_item_bounds_how_far_the_others_run_ahead() {
        use std::sync::atomic::AtomicBool;
        use std::time::Instant;
        let items: Vec<usize> = (0..100).collect();
        let window = 5;
        let first_done = AtomicBool::new(false);
        let furthest = AtomicUsize::new(0);
        for_each_ordered(
            &items,
            4,
            window,
            |i, _| {
                if !first_done.load(Ordering::SeqCst) {
                    furthest.fetch_max(i, Ordering::SeqCst);
                }
                if i == 0 {
                    // Until the others have filled the window (5 s at most
                    // on a loaded machine), then a little longer: a worker
                    // that ran past the window would show.
                    let start = Instant::now();
                    while furthest.load(Ordering::SeqCst) < window - 1
                        && start.elapsed() < Duration::from_secs(5)
                    {
                        std::thread::sleep(Duration::from_millis(1));
                    }
                    std::thread::sleep(Duration::from_millis(30));
                    first_done.store(true, Ordering::SeqCst);
                }
                i
            },
            |_| Ok::<(), ()>(()),
        )
        .unwrap();
        assert_eq!(furthest.load(Ordering::SeqCst), window - 1);
    }

    #[test]
    fn a_sink_error_stops_the_workers() {
        let items: Vec<usize> = (0..10_000).collect();
        let done = AtomicUsize::new(0);
        let result = for_each_ordered(
            &items,
            2,
            16,
            |i, _| {
                done.fetch_add(1, Ordering::SeqCst);
                i
            },
            |r| if r == 3 { Err("broken pipe") } else { Ok(()) },
        );
        assert_eq!(result, Err("broken pipe"));
        assert!(done.load(Ordering::SeqCst) < 100);
    }

    #[test]
    fn a_panicking_worker_ends_the_run_with_its_panic() {
        let items: Vec<usize> = (0..50).collect();
        let run = std::panic::catch_unwind(|| {
            for_each_ordered(
                &items,
                3,
                4,
                |i, _| {
                    assert_ne!(i, 10, "item 10 fails");
                    i
                },
                |_| Ok::<(), ()>(()),
            )
        });
        assert!(run.is_err());
    }

    #[test]
    fn no_items_no_work() {
        let items: Vec<usize> = Vec::new();
        let mut calls = 0;
        for_each_ordered(
            &items,
            4,
            8,
            |_, _| 1,
            |_| {
                calls += 1;
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert_eq!(calls, 0);
    }
}
