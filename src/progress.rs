//! Progress bars on stderr for the long steps (fetching, link checking, scoring): with a
//! rate and an estimated time left, drawn only when stderr is a terminal, so logs and pipes
//! never see them.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

/// What a bar counts.
#[derive(Clone, Copy)]
pub enum Unit {
    /// Datasets fetched or scored.
    Datasets,
    /// Pages of an API listing.
    Pages,
    /// Discussions fetched.
    Discussions,
    /// URLs checked.
    Urls,
}

impl Unit {
    fn label(self) -> String {
        match self {
            Unit::Datasets => crate::msg!("unit-datasets"),
            Unit::Pages => crate::msg!("unit-pages"),
            Unit::Discussions => crate::msg!("unit-discussions"),
            Unit::Urls => crate::msg!("unit-urls"),
        }
    }
}

/// A bar of `length` steps; hidden when stderr is not a terminal or there is nothing to do.
pub fn bar(length: u64, unit: Unit) -> ProgressBar {
    if !std::io::stderr().is_terminal() || length == 0 {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(length);
    let template = format!(
        "{{spinner}} {{wide_bar}} {{pos}}/{{len}} {} ({{per_sec}}, {})",
        unit.label(),
        crate::msg!("progress-eta").replace("%eta%", "{eta}")
    );
    bar.set_style(
        ProgressStyle::with_template(&template).unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}
