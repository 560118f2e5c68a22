//! "Did you mean …?": the likely intended word for a misspelt one (a key, a
//! value, a profile, a rule id). A text utility at the bottom of the
//! layers, so every stage that names what it expected can use it.

/// The closest of `candidates` to `word`, if one is close enough to be a
/// likely typo.
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(word, c), *c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_suggests_typos_only() {
        assert_eq!(closest("cokies", &["cookies", "legal"]), Some("cookies"));
        assert_eq!(closest("zzz", &["cookies", "legal"]), None);
    }
}
