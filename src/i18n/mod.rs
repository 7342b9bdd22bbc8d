//! The language of what dglint tells people: finding messages, advice and summaries.
//!
//! Texts are [Fluent](https://projectfluent.org/fluent/guide/) messages in two catalogues,
//! `src/i18n/en.ftl` and `src/i18n/fr.ftl`, to which `build.rs` adds the `[messages]` and
//! `[fr.messages]` of each rule file. A message has an id (`description-too-short`),
//! variables (`{ $length }`) and, where words agree with a number, a choice by the
//! language's plural rule (`{ $count -> [one] file *[other] files }`: English singular for 1,
//! French for 0 and 1). The French catalogue follows French typography: its texts are written
//! with plain spaces, and a narrow no-break space replaces the one before `:`, `;`, `?`, `!`
//! and inside « » when it is loaded. Code writes
//! `msg!("description-too-short", length = n, minimum = m)`; the compiler checks that the id
//! is in the catalogue and that the arguments are its variables ([`catalogue::check`]). The
//! message renders in the language of the work at hand ([`in_lang`]), English outside any.
//! Codes, rule names and the structure of the machine formats never change with the
//! language; only the texts do.

use std::cell::Cell;
use std::fmt::{Display, Write};
use std::sync::LazyLock;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;

pub mod catalogue;
mod io_reason;

pub use io_reason::io_reason;

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

thread_local! {
    /// The language of the work [`in_lang`] runs on this thread (or that it [`speak`]s), if any.
    static SCOPED_LANG: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language of the work at hand: the one [`in_lang`] gives it, else English.
pub fn lang() -> Lang {
    SCOPED_LANG.with(Cell::get).unwrap_or(Lang::En)
}

/// Runs `work` on this thread in `lang`: the commands run in the language the user chose,
/// the threads that work for them in the language of the work they were given, a rule's
/// examples in each language in turn. The language before is restored after, even if `work`
/// panics.
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

/// The English catalogue: `en.ftl` and the rule files' `[messages]` (merged by `build.rs`).
pub const ENGLISH_SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/messages-en.ftl"));
/// The French catalogue: `fr.ftl` and the rule files' `[fr.messages]` (merged by `build.rs`).
pub const FRENCH_SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/messages-fr.ftl"));

fn resource(source: String, name: &str) -> FluentResource {
    FluentResource::try_new(source)
        .unwrap_or_else(|(_, errors)| panic!("the {name} catalogue is invalid: {errors:?}"))
}

static ENGLISH: LazyLock<FluentResource> =
    LazyLock::new(|| resource(ENGLISH_SOURCE.to_owned(), "English"));
static FRENCH: LazyLock<FluentResource> =
    LazyLock::new(|| resource(french_typography(FRENCH_SOURCE), "French"));

/// A language's messages, ready to format (one per thread: a bundle caches the language's
/// plural rules without locking).
type Bundle = FluentBundle<&'static FluentResource>;

fn bundle(lang: Lang) -> Bundle {
    let (tag, resource) = match lang {
        Lang::En => ("en", &*ENGLISH),
        Lang::Fr => ("fr", &*FRENCH),
    };
    let mut bundle = FluentBundle::new(vec![tag.parse().expect("a language tag")]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .expect("build.rs refuses an id defined twice");
    bundle
}

thread_local! {
    /// This thread's bundles, English then French.
    static BUNDLES: [Bundle; 2] = [bundle(Lang::En), bundle(Lang::Fr)];
}

/// Makes `lang` the language of this thread's work from now on: each worker thread starts with
/// the run's (`Run::prepare` builds the pool), so every parallel loop of the run speaks it
/// without being told.
pub fn speak(lang: Lang) {
    SCOPED_LANG.with(|scoped| scoped.set(Some(lang)));
}

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

/// A number in the language of the work at hand, with `places` decimals.
pub fn number(value: f64, places: usize) -> String {
    decimal(value, places, lang())
}

/// Renders message `id` in the language of the work at hand.
pub fn render(id: &str, args: &[(&str, &dyn Display)]) -> String {
    render_in(lang(), id, args)
}

/// Renders message `id` in `lang` with `args`, each a variable's name and value; a value a
/// plural choice depends on is passed as a number. An id missing from the catalogues renders
/// as itself with its arguments, so nothing is lost (`msg!` refuses such an id when the
/// crate compiles).
pub fn render_in(lang: Lang, id: &str, args: &[(&str, &dyn Display)]) -> String {
    BUNDLES.with(|bundles| {
        let bundle = &bundles[lang as usize];
        let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
            let mut text = id.to_owned();
            for (name, value) in args {
                let _ = write!(text, " {name}={value}");
            }
            return text;
        };
        let mut values = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let text = value.to_string();
            let number = || text.parse::<f64>().ok();
            let value = match selects_on(pattern, name).then(number).flatten() {
                Some(number) => FluentValue::from(number),
                None => FluentValue::from(text),
            };
            values.set(*name, value);
        }
        let mut text = String::with_capacity(64);
        let mut errors = Vec::new();
        let _ = bundle.write_pattern(&mut text, pattern, Some(&values), &mut errors);
        text
    })
}

/// Whether a choice of `pattern` depends on the variable `name` (the plural of a count).
fn selects_on(pattern: &ast::Pattern<&str>, name: &str) -> bool {
    pattern.elements.iter().any(|element| {
        matches!(
            element,
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select {
                    selector: ast::InlineExpression::VariableReference { id },
                    ..
                },
            } if id.name == name
        )
    })
}

/// Renders a message of the catalogues in the language of the work at hand:
/// `msg!("id", name = value, ...)`; each value is anything that implements `Display`. The
/// crate does not compile when the id is not in the catalogues or the names are not the
/// message's variables.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        const _: () = $crate::i18n::catalogue::check($id, &[$(stringify!($name)),*]);
        $crate::i18n::render($id, &[$((stringify!($name), &$value as &dyn ::std::fmt::Display)),*])
    }};
}

/// Renders a message of the catalogues in a given language:
/// `msg_in!(lang, "id", name = value, ...)`.
#[macro_export]
macro_rules! msg_in {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        const _: () = $crate::i18n::catalogue::check($id, &[$(stringify!($name)),*]);
        $crate::i18n::render_in(
            $lang,
            $id,
            &[$((stringify!($name), &$value as &dyn ::std::fmt::Display)),*],
        )
    }};
}

#[cfg(test)]
mod tests;
