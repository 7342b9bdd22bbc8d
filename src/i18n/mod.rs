//! The language of what dglint tells people: finding messages, advice and summaries.
//!
//! Texts live in two catalogues, `src/i18n/en.toml` and `src/i18n/fr.toml` (to which
//! `build.rs` adds the `[messages]` and `[fr.messages]` of each rule file), keyed by a
//! message id (`description-too-short`) with `{name}` placeholders, and plural choices
//! `{name|one|other}` (the word that agrees with the number `name`, by the language's rule:
//! English singular for 1, French for 0 and 1). The French catalogue follows French
//! typography: its texts are written with plain spaces, and a narrow no-break space replaces
//! the one before `:`, `;`, `?`, `!` and inside « » when it is loaded. Code writes
//! `msg!("description-too-short", length = n, minimum = m)`, which renders in the run's
//! language. The language is chosen once, at start-up (`--lang`, else `LANG`), by
//! [`set_lang`]; it is English until then. Codes, rule names and the structure of the
//! machine formats never change with the language; only the texts do.

use std::cell::Cell;
use std::collections::HashMap;
use std::fmt::{Display, Write};
use std::sync::{LazyLock, OnceLock};

/// A language dglint speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// English.
    En,
    /// French.
    Fr,
}

impl Lang {
    /// French when `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set) names it, else English.
    pub fn from_environment() -> Lang {
        let french = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .is_some_and(|value| value.to_ascii_lowercase().starts_with("fr"));
        if french { Lang::Fr } else { Lang::En }
    }
}

static RUN_LANG: OnceLock<Lang> = OnceLock::new();

/// Sets the language of the run; the first call wins (the CLI makes it at start-up).
pub fn set_lang(lang: Lang) {
    let _ = RUN_LANG.set(lang);
}

thread_local! {
    /// The language of the work [`in_lang`] runs on this thread, if any.
    static SCOPED_LANG: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language of the run: the one [`in_lang`] gives the current work, else the one
/// [`set_lang`] chose, else English.
pub fn lang() -> Lang {
    SCOPED_LANG
        .with(Cell::get)
        .or_else(|| RUN_LANG.get().copied())
        .unwrap_or(Lang::En)
}

/// Runs `work` on this thread in `lang`, whatever the run's language (the messages of a
/// rule's examples in each language, for instance); the language before is restored after,
/// even if `work` panics.
pub fn in_lang<T>(lang: Lang, work: impl FnOnce() -> T) -> T {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            SCOPED_LANG.with(|scoped| scoped.set(self.0));
        }
    }
    let _restore = Restore(SCOPED_LANG.with(|scoped| scoped.replace(Some(lang))));
    work()
}

/// Whether `count` takes the plural in the run's language (English: all but 1; French: 2
/// and more).
pub fn is_plural(count: usize) -> bool {
    is_plural_in(lang(), count)
}

/// Whether `count` takes the plural in `lang`.
pub fn is_plural_in(lang: Lang, count: usize) -> bool {
    match lang {
        Lang::En => count != 1,
        Lang::Fr => count > 1,
    }
}

/// The English catalogue: `en.toml` and the rule files' `[messages]` (merged by `build.rs`).
pub const ENGLISH_SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/messages-en.toml"));
/// The French catalogue: `fr.toml` and the rule files' `[fr.messages]` (merged by `build.rs`).
pub const FRENCH_SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/messages-fr.toml"));

/// Message id → template; looked up for every message (foldhash rather than SipHash).
type Catalogue = HashMap<String, String, foldhash::fast::RandomState>;

fn parse(source: &str, name: &str) -> Catalogue {
    toml::from_str(source)
        .unwrap_or_else(|error| panic!("the {name} catalogue is invalid: {error}"))
}

static ENGLISH: LazyLock<Catalogue> = LazyLock::new(|| parse(ENGLISH_SOURCE, "English"));
static FRENCH: LazyLock<Catalogue> = LazyLock::new(|| {
    let mut catalogue = parse(FRENCH_SOURCE, "French");
    for template in catalogue.values_mut() {
        *template = french_typography(template);
    }
    catalogue
});

/// The narrow no-break space French puts before `:`, `;`, `?`, `!` and inside « ».
pub const NARROW_NO_BREAK_SPACE: char = '\u{202F}';

/// French typography on a text written with plain spaces: a narrow no-break space before
/// `:`, `;`, `?`, `!` and `»` and after `«`. Code between backticks is left as written.
pub fn french_typography(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut in_code = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '`' => {
                in_code = !in_code;
                out.push(c);
            }
            ' ' if !in_code && matches!(chars.peek(), Some(':' | ';' | '?' | '!' | '»')) => {
                out.push(NARROW_NO_BREAK_SPACE);
            }
            '«' if !in_code && chars.peek() == Some(&' ') => {
                chars.next();
                out.push('«');
                out.push(NARROW_NO_BREAK_SPACE);
            }
            _ => out.push(c),
        }
    }
    out
}

/// A number as `lang` writes it: `1.5` in English, `1,5` in French.
pub fn decimal(value: f64, places: usize, lang: Lang) -> String {
    let text = format!("{value:.places$}");
    match lang {
        Lang::En => text,
        Lang::Fr => text.replace('.', ","),
    }
}

/// A number in the run's language, with `places` decimals.
pub fn number(value: f64, places: usize) -> String {
    decimal(value, places, lang())
}

/// The template of a message id in `lang` (English when the id is missing in `lang`).
pub fn template(id: &str, lang: Lang) -> Option<&'static str> {
    let catalogue: &'static Catalogue = match lang {
        Lang::En => &ENGLISH,
        Lang::Fr => &FRENCH,
    };
    catalogue
        .get(id)
        .or_else(|| ENGLISH.get(id))
        .map(String::as_str)
}

/// Renders message `id` in the run's language, replacing each `{name}` with its argument.
/// An unknown id renders as itself with its arguments, so nothing is lost (a test checks
/// that every id used in the code is in both catalogues).
pub fn render(id: &str, args: &[(&str, &dyn Display)]) -> String {
    render_in(lang(), id, args)
}

/// Renders message `id` in `lang`.
pub fn render_in(lang: Lang, id: &str, args: &[(&str, &dyn Display)]) -> String {
    let Some(template) = template(id, lang) else {
        let mut text = id.to_owned();
        for (name, value) in args {
            let _ = write!(text, " {name}={value}");
        }
        return text;
    };
    let mut text = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)) {
            Some((name, close)) if is_placeholder(name) => {
                match args.iter().find(|(arg, _)| *arg == name) {
                    Some((_, value)) => {
                        let _ = write!(text, "{value}");
                    }
                    None => text.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            Some((choice, close)) if let Some((name, one, other)) = plural_choice(choice) => {
                let count = args
                    .iter()
                    .find(|(arg, _)| *arg == name)
                    .and_then(|(_, value)| value.to_string().parse::<usize>().ok());
                match count {
                    Some(count) if !is_plural_in(lang, count) => text.push_str(one),
                    Some(_) => text.push_str(other),
                    None => text.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            _ => {
                text.push('{');
                rest = after;
            }
        }
    }
    text.push_str(rest);
    text
}

/// A plural choice `name|one|other`: the number's name and the two words.
pub fn plural_choice(text: &str) -> Option<(&str, &str, &str)> {
    let mut parts = text.splitn(3, '|');
    let (name, one, other) = (parts.next()?, parts.next()?, parts.next()?);
    (is_placeholder(name) && !other.contains('|')).then_some((name, one, other))
}

/// Whether `{name}` is a placeholder rather than literal braces.
pub fn is_placeholder(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Renders a message of the catalogues in the run's language:
/// `msg!("id", name = value, ...)`; each value is anything that implements `Display`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::render($id, &[$((stringify!($name), &$value as &dyn ::std::fmt::Display)),*])
    };
}

/// Renders a message of the catalogues in a given language:
/// `msg_in!(lang, "id", name = value, ...)`.
#[macro_export]
macro_rules! msg_in {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::render_in(
            $lang,
            $id,
            &[$((stringify!($name), &$value as &dyn ::std::fmt::Display)),*],
        )
    };
}

/// The language given with `--lang`, if any (the HTML report is French unless told).
pub fn explicit_lang() -> Option<Lang> {
    EXPLICIT_LANG.get().copied()
}

static EXPLICIT_LANG: OnceLock<Lang> = OnceLock::new();

/// Records that the user chose `lang` with `--lang`.
pub fn set_explicit_lang(lang: Lang) {
    let _ = EXPLICIT_LANG.set(lang);
}

#[cfg(test)]
mod tests;
