//! A language's spell checker: its dictionaries and a cache of answers, so
//! each distinct word is looked up in the dictionaries once per run, and
//! its suggestions computed once.
//!
//! Every thread asks about every distinct word of every file, so the cache
//! of answers is on the hot path of a run on many cores. One map behind one
//! lock made the threads queue on it (even a read lock writes to a shared
//! counter, and that cache line travels between cores at each lookup).
//! Answers are therefore cached twice:
//!
//! - per thread, without any lock: a thread asks about the same common
//!   words file after file;
//! - shared, in [`SHARDS`] maps each behind its own lock, reached only
//!   when a thread meets a word for the first time, so that the
//!   dictionaries are asked once per word, not once per word and thread.

use super::Dictionary;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::thread::LocalKey;
use std::time::Duration;

/// A word and the number of suggestions asked for.
type SuggestionKey = (Box<str>, usize);

type WordHasher = foldhash::fast::FixedState;
type Answers = HashMap<Box<str>, bool, WordHasher>;

/// Shared maps: enough that threads rarely meet on one.
const SHARDS: usize = 64;

/// A thread forgets its answers past this many words; the shared maps
/// still have them. Word frequencies fall off fast (a few thousand words
/// make most of any text), so a small cache per thread catches nearly
/// every lookup without holding the whole vocabulary once per thread (and
/// a long-lived language server sees new words for ever).
const THREAD_CACHE_WORDS: usize = 1 << 14;

/// Checkers a thread keeps answers for (a run has one per language).
const THREAD_CHECKERS: usize = 4;

/// Tells checkers apart in the per-thread caches.
static NEXT_ID: AtomicU64 = AtomicU64::new(0);

/// Per checker (by id): a thread's answers.
type ThreadCache = RefCell<Vec<(u64, Answers)>>;

thread_local! {
    /// Per checker (by id; a run has one or two): this thread's answers.
    static THREAD_ANSWERS: ThreadCache = const { RefCell::new(Vec::new()) };
    /// Per checker: this thread's verdicts of [`SpellChecker::remembered`].
    static THREAD_VERDICTS: ThreadCache = const { RefCell::new(Vec::new()) };
}

/// `word`'s answer for checker `id` in a thread's cache.
fn cached(cache: &'static LocalKey<ThreadCache>, id: u64, word: &str) -> Option<bool> {
    cache.with_borrow(|answers| {
        answers
            .iter()
            .find(|(checker, _)| *checker == id)
            .and_then(|(_, answers)| answers.get(word).copied())
    })
}

fn remember(cache: &'static LocalKey<ThreadCache>, id: u64, word: &str, known: bool) {
    cache.with_borrow_mut(|answers| {
        let answers = match answers.iter().position(|(checker, _)| *checker == id) {
            Some(at) => &mut answers[at].1,
            None => {
                // A long-lived language server replaces its checkers
                // when the configuration changes: the oldest go.
                if answers.len() >= THREAD_CHECKERS {
                    answers.remove(0);
                }
                answers.push((id, Answers::default()));
                &mut answers.last_mut().expect("pushed above").1
            }
        };
        if answers.len() >= THREAD_CACHE_WORDS {
            answers.clear();
        }
        answers.insert(word.into(), known);
    });
}

pub struct SpellChecker {
    /// A word is correct when any of these knows it.
    dictionaries: Vec<Arc<dyn Dictionary>>,
    id: u64,
    known: Box<[RwLock<Answers>]>,
    /// By word and number asked for: a suggester that stops once it has
    /// `max` may answer differently for another `max`, and the answer must
    /// not depend on which call came first.
    suggestions: Mutex<HashMap<SuggestionKey, Arc<[String]>>>,
}

impl SpellChecker {
    pub fn new(dictionaries: Vec<Arc<dyn Dictionary>>) -> Self {
        SpellChecker {
            dictionaries,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            known: (0..SHARDS).map(|_| RwLock::default()).collect(),
            suggestions: Mutex::new(HashMap::new()),
        }
    }

    pub fn check(&self, word: &str) -> bool {
        if let Some(known) = cached(&THREAD_ANSWERS, self.id, word) {
            return known;
        }
        let known = self.shared_answer(word);
        remember(&THREAD_ANSWERS, self.id, word, known);
        known
    }

    /// `verdict()`, remembered on this thread for this checker and `word`:
    /// for a judgement built on this checker's answers that costs more
    /// than a lookup (a word known as prefix + word, unless it is a slip
    /// for a dictionary word: `spelling::is_known`), and that depends on
    /// nothing else than the word and what is fixed with the checker (the
    /// configuration's word lists). Common words come back file after file
    /// and sentence after sentence; their verdict is worked out once.
    pub fn remembered(&self, word: &str, verdict: impl FnOnce() -> bool) -> bool {
        if let Some(known) = cached(&THREAD_VERDICTS, self.id, word) {
            return known;
        }
        let known = verdict();
        remember(&THREAD_VERDICTS, self.id, word, known);
        known
    }

    /// From the shared maps, or from the dictionaries the first time.
    fn shared_answer(&self, word: &str) -> bool {
        let shard = &self.known[WordHasher::default().hash_one(word) as usize % SHARDS];
        if let Some(&known) = shard.read().unwrap_or_else(|e| e.into_inner()).get(word) {
            return known;
        }
        let known = self.dictionaries.iter().any(|d| d.check(word));
        shard
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(word.into(), known);
        known
    }

    /// Whether some thread has asked the dictionaries about `word`: for
    /// tests of which words a rule looks up.
    #[cfg(test)]
    pub fn has_looked_up(&self, word: &str) -> bool {
        let shard = &self.known[WordHasher::default().hash_one(word) as usize % SHARDS];
        shard
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .contains_key(word)
    }

    /// Like [`SpellChecker::check`], without remembering the answer: for
    /// the many made-up candidates a search for a nearby word tries, which
    /// would otherwise fill the cache of a whole run.
    pub fn check_uncached(&self, word: &str) -> bool {
        self.dictionaries.iter().any(|d| d.check(word))
    }

    /// Up to `max` suggestions from the first dictionary that has some,
    /// within `budget` per dictionary.
    pub fn suggest(&self, word: &str, max: usize, budget: Duration) -> Arc<[String]> {
        if let Some(s) = self
            .suggestions
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&(Box::from(word), max))
        {
            return Arc::clone(s);
        }
        let found: Arc<[String]> = self
            .dictionaries
            .iter()
            .map(|d| d.suggest(word, max, budget))
            .find(|s| !s.is_empty())
            .unwrap_or_default()
            .into();
        self.suggestions
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert((word.into(), max), Arc::clone(&found));
        found
    }
}

impl SpellChecker {
    /// Suggestions of every dictionary, the first's first (not remembered):
    /// [`SpellChecker::suggest`] stops at the first dictionary that has
    /// some, so a British slip (`neighbourhod`) only gets the American
    /// word two edits away (`neighborhood`); a check for a one-edit slip
    /// asks the British dictionary too.
    pub fn suggest_from_each(&self, word: &str, max: usize, budget: Duration) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        for dictionary in &self.dictionaries {
            for suggestion in dictionary.suggest(word, max, budget) {
                if !found.contains(&suggestion) {
                    found.push(suggestion);
                }
            }
        }
        found
    }
}

impl Drop for SpellChecker {
    /// Forgets this checker's answers on the dropping thread (other threads
    /// drop them when they fill up or meet newer checkers: see
    /// [`THREAD_CACHE_WORDS`] and [`THREAD_CHECKERS`]).
    fn drop(&mut self) {
        for cache in [&THREAD_ANSWERS, &THREAD_VERDICTS] {
            let _ = cache.try_with(|answers| {
                if let Ok(mut answers) = answers.try_borrow_mut() {
                    answers.retain(|(id, _)| *id != self.id);
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    /// Knows words of even length; counts the questions it is asked.
    struct Counting(AtomicUsize);

    impl Dictionary for Counting {
        fn check(&self, word: &str) -> bool {
            self.0.fetch_add(1, Ordering::SeqCst);
            word.len().is_multiple_of(2)
        }
        fn suggest(&self, _: &str, _: usize, _: Duration) -> Vec<String> {
            Vec::new()
        }
    }

    /// A verdict is worked out once per word on a thread, for its checker
    /// only: another checker (another configuration) works out its own.
    #[test]
    fn a_verdict_is_worked_out_once_per_word_and_checker() {
        let dictionary = || Arc::new(Counting(AtomicUsize::new(0))) as Arc<dyn Dictionary>;
        let (first, second) = (
            SpellChecker::new(vec![dictionary()]),
            SpellChecker::new(vec![dictionary()]),
        );
        let worked = AtomicUsize::new(0);
        let verdict = |checker: &SpellChecker, word: &str| {
            checker.remembered(word, || {
                worked.fetch_add(1, Ordering::SeqCst);
                word.len() > 3
            })
        };
        for _ in 0..3 {
            assert!(verdict(&first, "mots"));
            assert!(!verdict(&first, "mot"));
        }
        assert_eq!(worked.load(Ordering::SeqCst), 2);
        assert!(verdict(&second, "mots"));
        assert_eq!(worked.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn each_word_reaches_the_dictionaries_once_whatever_the_threads() {
        let dictionary = Arc::new(Counting(AtomicUsize::new(0)));
        let checker = SpellChecker::new(vec![dictionary.clone() as Arc<dyn Dictionary>]);
        let words: Vec<String> = (0..300)
            .map(|i| "x".repeat(1 + i % 30) + &i.to_string())
            .collect();
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    for _ in 0..3 {
                        for w in &words {
                            assert_eq!(checker.check(w), w.len().is_multiple_of(2));
                        }
                    }
                });
            }
        });
        // A word may reach the dictionary twice if two threads meet it at
        // the same moment; never once per thread and pass.
        let asked = dictionary.0.load(Ordering::SeqCst);
        assert!(
            (300..=330).contains(&asked),
            "{asked} questions for 300 words"
        );
    }

    #[test]
    fn a_thread_keeps_answers_for_a_few_checkers_only() {
        let checkers: Vec<SpellChecker> = (0..10)
            .map(|_| SpellChecker::new(vec![Arc::new(Counting(AtomicUsize::new(0))) as _]))
            .collect();
        // Run on a thread of its own, so that other tests' checkers are
        // not counted.
        std::thread::scope(|s| {
            s.spawn(|| {
                for checker in &checkers {
                    checker.check("word");
                }
                let kept = THREAD_ANSWERS.with_borrow(Vec::len);
                assert_eq!(kept, THREAD_CHECKERS);
            });
        });
    }

    #[test]
    fn two_checkers_on_one_thread_keep_their_answers_apart() {
        struct Knows(&'static str);
        impl Dictionary for Knows {
            fn check(&self, word: &str) -> bool {
                word == self.0
            }
            fn suggest(&self, _: &str, _: usize, _: Duration) -> Vec<String> {
                Vec::new()
            }
        }
        let a = SpellChecker::new(vec![Arc::new(Knows("un")) as Arc<dyn Dictionary>]);
        let b = SpellChecker::new(vec![Arc::new(Knows("one")) as Arc<dyn Dictionary>]);
        assert!(a.check("un") && !a.check("one"));
        assert!(b.check("one") && !b.check("un"));
    }
}
