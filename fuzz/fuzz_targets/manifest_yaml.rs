//! A YAML manifest: parsing, the span index, every rule, both scores, locations.
#![no_main]

mod pipeline;

use dglint::document::{Syntax, parse_text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let document = parse_text(
            std::path::Path::new("fuzz.dataset.yaml"),
            Syntax::Yaml,
            text.to_owned(),
        );
        pipeline::run(document, None);
    }
});
