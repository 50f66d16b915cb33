//! What a project's packs may add to a configuration.
//!
//! A pack comes from the repository, and a small one can cost a lot: 28 KB
//! of `\w{1,40}` patterns compiled to 1 GB in 11 s, and 3 MB of phrases
//! built a matcher of 700 MB. So the packs of one configuration share a
//! budget: their text, their number of rules, and the memory their compiled
//! matchers take, measured as each rule is compiled. A pack that goes over
//! it fails to load with the rule's line, like any error in it. The
//! built-in packs are ours, and have no budget.

/// Text of all the packs of one configuration.
pub const MAX_TEXT_BYTES: usize = 1024 * 1024;
/// Rules of all the packs of one configuration.
pub const MAX_RULES: usize = 1_000;
/// Memory of the compiled matchers of all the packs of one configuration.
pub const MAX_MATCHER_BYTES: usize = 64 * 1024 * 1024;

/// What is left of a configuration's budget.
#[derive(Debug, Clone)]
pub struct PackBudget {
    text_left: usize,
    rules_left: usize,
    memory_left: usize,
}

impl Default for PackBudget {
    fn default() -> Self {
        PackBudget {
            text_left: MAX_TEXT_BYTES,
            rules_left: MAX_RULES,
            memory_left: MAX_MATCHER_BYTES,
        }
    }
}

impl PackBudget {
    /// Takes a pack's text.
    pub fn take_text(&mut self, bytes: usize) -> Result<(), String> {
        self.text_left = self.text_left.checked_sub(bytes).ok_or_else(|| {
            format!(
                "the packs of this configuration are larger than {} KiB in all; split the configuration, or shorten the packs",
                MAX_TEXT_BYTES / 1024
            )
        })?;
        Ok(())
    }

    /// The memory one more matcher may take.
    pub fn memory_left(&self) -> usize {
        self.memory_left
    }

    /// Takes one compiled rule and the memory its matcher takes.
    pub fn take_rule(&mut self, name: &str, memory: usize) -> Result<(), String> {
        self.rules_left = self.rules_left.checked_sub(1).ok_or_else(|| {
            format!(
                "rule `{name}`: the packs of this configuration have more than {MAX_RULES} rules"
            )
        })?;
        self.memory_left = self.memory_left.checked_sub(memory).ok_or_else(|| {
            format!(
                "rule `{name}`: the rules of this configuration's packs take more than {} MiB once compiled; \
                 simplify the patterns (bounded repetitions such as `\\w{{1,40}}` multiply) or use fewer phrases",
                MAX_MATCHER_BYTES / (1024 * 1024)
            )
        })?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_bound_is_kept() {
        let mut budget = PackBudget::default();
        assert!(budget.take_text(MAX_TEXT_BYTES).is_ok());
        assert!(budget.take_text(1).is_err());
        let mut budget = PackBudget::default();
        for _ in 0..MAX_RULES {
            budget.take_rule("a", 0).unwrap();
        }
        assert!(budget.take_rule("a", 0).unwrap_err().contains("1000 rules"));
        let mut budget = PackBudget::default();
        let err = budget.take_rule("a", MAX_MATCHER_BYTES + 1).unwrap_err();
        assert!(err.contains("64 MiB"), "{err}");
    }
}
