//! A hostile catalogue: the real export's first records (`tests/data/`), their titles,
//! organisations and page URLs replaced by tricks against Markdown, spreadsheets, browsers
//! and terminals (`tests/untrusted_text.rs`, `tests/html_report_browser.rs`).

use std::path::{Path, PathBuf};

use super::corpus;

/// The chunk of the real export whose records are made hostile.
const CHUNK: &str = "export-dataset-20260116-chunk83.csv";

/// Titles, each a trick for Markdown or a spreadsheet and one for a terminal.
pub const TITLES: [&str; 10] = [
    "[cliquez ici](https://evil.example/phish) \u{1b}[2J\u{1b}[H",
    "![pixel](https://tracker.example/p.gif) \u{1b}]0;pwned\u{7}",
    "<img src=x onerror=\"document.title='PWNED'\"> \u{9b}31m rouge",
    "<script>document.title='PWNED'</script> \u{202e}exe.vdc",
    "=HYPERLINK(\"https://evil.example\",\"cliquez\")",
    "=cmd|' /C calc'!A0 \u{7f}\u{8}",
    "@SUM(1+1) `code` **gras** ~~barré~~ | a | b |",
    "[[imbriqué](https://a.example)](https://b.example) [ref][x]\n\n[x]: https://evil.example",
    "https://evil.example/auto www.evil.example contact@evil.example &lt;b&gt; &#x3C;script&#x3E;",
    "+33 1 23 45 67 89 zéro\u{200b}largeur\u{2066}isolé\r\n- fausse ligne",
];

/// Organisation names.
pub const ORGANISATIONS: [&str; 10] = [
    "-2+3",
    "\t=1+1",
    "\r=1+1",
    "Ville <b>de</b> \u{1b}[31mRouge",
    "@organisation",
    "=1+1",
    "Ville de Marseille",
    "[org](https://evil.example)",
    "+org",
    "org \"citée\"",
];

/// Page URLs: only those on data.gouv.fr are web pages.
pub const PAGES: [&str; 10] = [
    "javascript:document.title='PWNED'",
    " JaVaScRiPt:document.title='PWNED'",
    "data:text/html,<script>document.title='PWNED'</script>",
    "https://www.data.gouv.fr/datasets/page-1",
    "vbscript:msgbox(1)",
    "https://www.data.gouv.fr/datasets/x\"onmouseover=\"document.title='PWNED'",
    "//evil.example/relative",
    "https://www.data.gouv.fr/datasets/page-2?a=(b)|c",
    "java\tscript:document.title='PWNED'",
    "",
];

/// Where a link made from data may point: the pages above that are web pages.
pub const LINK_PREFIX: &str = "https://www.data.gouv.fr/datasets/";

/// Writes the hostile catalogue into `dir`: the chunk's first records with [`TITLES`],
/// [`ORGANISATIONS`] and [`PAGES`]; returns its path.
pub fn hostile_catalogue(dir: &Path) -> PathBuf {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path(corpus(CHUNK))
        .unwrap();
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|field| field == name).unwrap();
    let (title, organisation, page) = (column("title"), column("organization"), column("url"));
    let path = dir.join("hostile-export.csv");
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .quote_style(csv::QuoteStyle::Always)
        .from_path(&path)
        .unwrap();
    writer.write_record(&header).unwrap();
    for (index, record) in reader.records().take(TITLES.len()).enumerate() {
        let mut fields: Vec<String> = record.unwrap().iter().map(str::to_owned).collect();
        fields[title] = TITLES[index].to_owned();
        fields[organisation] = ORGANISATIONS[index].to_owned();
        fields[page] = PAGES[index].to_owned();
        writer.write_record(&fields).unwrap();
    }
    writer.flush().unwrap();
    path
}
