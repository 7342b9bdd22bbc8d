//! DG603 `duplicate-file-name`: two resources have the same file name.
//!
//! Its rule file: `rules/naming/DG603-duplicate-file-name.toml`.

use super::file_names;
use crate::finding::Hit;
use crate::rules::native::{CheckContext, NoParams};
use std::collections::HashMap;

/// DG603: two resources with the same file name.
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let mut seen: HashMap<String, String> = HashMap::new();
    for (name, pointer) in file_names(&ctx.dataset.resources().unwrap_or_default()) {
        let key = name.to_lowercase();
        match seen.get(&key) {
            Some(first) => hits.push(Hit::value(
                pointer.clone(),
                crate::msg!("file-name-duplicate", name = name, first = first),
            )),
            None => {
                seen.insert(key, pointer);
            }
        }
    }
}
