//! A JSON manifest or saved API data (JSON or JSON Lines): parsing, the span index, every
//! rule, both scores, locations.
#![no_main]

mod pipeline;

use dglint::document::{Syntax, parse_text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    if let Ok(text) = std::str::from_utf8(rest) {
        let (name, syntax) = if selector % 2 == 0 {
            ("fuzz.dataset.json", Syntax::Json)
        } else {
            ("fuzz.jsonl", Syntax::JsonLines)
        };
        let document = parse_text(std::path::Path::new(name), syntax, text.to_owned());
        pipeline::run(document, None);
    }
});
