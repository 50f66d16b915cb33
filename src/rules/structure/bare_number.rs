//! A numbered item holding nothing but its number ("5." under "4. Rinse
//! the jar"): the step or the point the number announces was never
//! written. The test is on form alone: a line that is a number and its
//! list mark, right after a line opening with the previous number and
//! its text.

use crate::diagnostic::Span;
use crate::text::Document;

/// Most digits of a list number.
const MAX_DIGITS: usize = 3;

/// The number a line opens with as an ordered list's mark ("4." or
/// "4)"), with the rest of the line.
fn list_number(line: &str) -> Option<(u32, &str)> {
    let line = line.trim_start_matches([' ', '\t']);
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=MAX_DIGITS).contains(&digits) {
        return None;
    }
    let rest = line[digits..].strip_prefix(['.', ')'])?;
    Some((line[..digits].parse().ok()?, rest))
}

/// The spans of the lines that hold a bare list number right after the
/// line numbered just before it ("3." under "2. Sweat the leeks"), in
/// any markup: Markdown makes no block of an empty item, so the source's
/// lines are read, once, without allocating.
pub(super) fn bare_number_items<'a>(doc: &'a Document<'_>) -> impl Iterator<Item = Span> + 'a {
    let source = doc.source();
    let mut previous: Option<u32> = None;
    let mut offset = 0;
    source.split_inclusive('\n').filter_map(move |line| {
        let start = offset;
        offset += line.len();
        let content = line.trim_end();
        if content.is_empty() {
            return None;
        }
        let item = list_number(content);
        let expected = previous.map(|n| n + 1);
        previous = item.and_then(|(n, rest)| {
            (rest.starts_with([' ', '\t']) && !rest.trim().is_empty()).then_some(n)
        });
        let (number, rest) = item?;
        let lead = content.len() - content.trim_start().len();
        (rest.is_empty() && expected == Some(number))
            .then(|| Span::new(start + lead, start + content.len()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_numbers_are_read_with_their_mark() {
        assert_eq!(list_number("4. Rinse"), Some((4, " Rinse")));
        assert_eq!(list_number("12)"), Some((12, "")));
        assert_eq!(list_number("2025."), None);
        assert_eq!(list_number("4 apples"), None);
    }
}
