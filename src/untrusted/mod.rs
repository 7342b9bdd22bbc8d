//! Text from data made safe for the output that shows it.
//!
//! Anyone with an account can publish on data.gouv.fr, and the catalogue export, the API and a
//! colleague's manifest carry text that dglint quotes in its reports: titles, organisation
//! names, tags, descriptions, page URLs, file names, a manifest's own lines. Each kind of output
//! has one place here that every writer of that kind goes through:
//! - [`terminal`]: terminals and plain text, where control characters from data are shown
//!   (`\u{1b}`) instead of driving the terminal;
//! - [`markdown`]: Markdown, where data is text and never a link, an image or HTML;
//! - [`csv`]: spreadsheets, where a cell from data is never a formula;
//! - [`link`]: the URLs from data that may become links (HTML and Markdown): `http` and
//!   `https` only.
//!
//! The JSON report is data: it quotes what it read as it read it.

pub mod csv;
pub mod link;
pub mod markdown;
pub mod terminal;
