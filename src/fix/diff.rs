//! What `--diff` prints: a unified diff of each file a fix would change.

/// The unified diff from `before` to `after` of the file shown as `path` (`--- a/path`,
/// `+++ b/path`, three lines of context).
pub fn unified(path: &str, before: &str, after: &str) -> String {
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}
