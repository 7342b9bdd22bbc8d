//! `dglint.toml`: parsing, then every setting derived from it (rule selection, scores,
//! links), as a run reads them.
#![no_main]

use dglint::config::Config;
use dglint::rules::Registry;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(config) = Config::parse(std::path::Path::new("dglint.toml"), text.to_owned()) else {
        return;
    };
    let registry = Registry::embedded().expect("the embedded rules load");
    let _ = config.settings(registry, &Default::default());
    let _ = config.score_settings();
    let _ = config.link_settings();
    let _ = config.instance();
});
