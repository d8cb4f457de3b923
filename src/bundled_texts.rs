//! The bundled texts (`samples/`, `tests/text/`), for tests that check a fast path or a screen
//! against the general code over real prose: one reader, so every such test reads the same
//! texts in the same order.

use std::path::{Path, PathBuf};

/// Each bundled text with its path, in path order. A missing directory reads as empty; the
/// assertion says so rather than letting a test pass over nothing.
pub(crate) fn bundled_texts() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts: Vec<(PathBuf, String)> = ["samples", "tests/text"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root.join(dir)).into_iter().flatten().flatten())
        .map(|entry| {
            let body = std::fs::read_to_string(entry.path()).unwrap_or_default();
            (entry.path(), body)
        })
        .collect();
    crate::sort::stable(&mut texts);
    assert!(texts.len() >= 5, "only {} bundled texts under {}", texts.len(), root.display());
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_article_is_among_the_bundled_texts() {
        let texts = bundled_texts();
        assert!(texts
            .iter()
            .any(|(path, body)| path.starts_with(Path::new(env!("CARGO_MANIFEST_DIR")).join("samples"))
                && !body.is_empty()));
        assert!(texts.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
