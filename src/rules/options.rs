//! Reading rule options from `draftlint.toml` tables, with messages that say
//! what type was expected.

/// A TOML array of strings.
pub fn string_list(value: &toml::Value) -> Option<Vec<String>> {
    value
        .as_array()?
        .iter()
        .map(|v| v.as_str().map(str::to_string))
        .collect()
}

/// A non-negative integer option.
pub fn count(key: &str, value: &toml::Value) -> Result<usize, String> {
    value
        .as_integer()
        .and_then(|i| usize::try_from(i).ok())
        .ok_or_else(|| format!("option `{key}` must be a non-negative integer"))
}

/// A floating-point option (integers accepted).
pub fn number(key: &str, value: &toml::Value) -> Result<f64, String> {
    value
        .as_float()
        .or_else(|| value.as_integer().map(|i| i as f64))
        .ok_or_else(|| format!("option `{key}` must be a number"))
}

/// A boolean option.
pub fn flag(key: &str, value: &toml::Value) -> Result<bool, String> {
    value
        .as_bool()
        .ok_or_else(|| format!("option `{key}` must be true or false"))
}

/// One of a fixed set of string values, e.g. `prefer = "majority"`.
pub fn choice<T: Copy>(key: &str, value: &toml::Value, choices: &[(&str, T)]) -> Result<T, String> {
    let found = value
        .as_str()
        .and_then(|v| choices.iter().find(|(name, _)| *name == v));
    found.map(|&(_, t)| t).ok_or_else(|| {
        let names: Vec<String> = choices
            .iter()
            .map(|(name, _)| format!("\"{name}\""))
            .collect();
        let (last, rest) = names.split_last().expect("at least one choice");
        if rest.is_empty() {
            format!("option `{key}` must be {last}")
        } else {
            format!("option `{key}` must be {} or {last}", rest.join(", "))
        }
    })
}

/// The error for an option a rule does not have.
pub fn unknown(rule: &str, key: &str, accepted: &[&str]) -> String {
    let list = accepted
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    format!("rule `{rule}` has no option `{key}`; it accepts {list}, `severity` and `enabled`")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_name_every_accepted_value() {
        let value = toml::Value::String("curly".into());
        let err = choice(
            "prefer",
            &value,
            &[("majority", 0), ("typographic", 1), ("straight", 2)],
        )
        .unwrap_err();
        assert_eq!(
            err,
            "option `prefer` must be \"majority\", \"typographic\" or \"straight\""
        );
        let ok = toml::Value::String("straight".into());
        assert_eq!(
            choice("prefer", &ok, &[("majority", 0), ("straight", 2)]),
            Ok(2)
        );
    }
}
