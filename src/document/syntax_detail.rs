//! What the parsers say is wrong with a text, in the run's language.
//!
//! jsonc-parser names its errors with an enum: each variant has a message of its own in the
//! catalogues (`json-*`), so a new variant fails to compile here. saphyr names its errors with
//! English text only: the texts a manifest commonly hits have a message each (`yaml-*`, the
//! English one saphyr's words), matched on the exact text; the rarer ones (directives, tags,
//! byte order marks …) stay in saphyr's English. The tests hold an input for every text
//! matched, so a saphyr release that rewords one fails them instead of falling back unnoticed.

use jsonc_parser::ParseStringErrorKind;
use jsonc_parser::errors::ParseErrorKind;

use crate::msg;

/// Renders a message of the catalogues in the run's language.
type Message = fn() -> String;

/// saphyr's texts that dglint translates, each with its message.
const YAML_TEXTS: &[(&str, Message)] = &[
    ("mapping values are not allowed in this context", || {
        msg!("yaml-mapping-value-here")
    }),
    (
        "block sequence entries are not allowed in this context",
        || msg!("yaml-list-item-here"),
    ),
    ("while scanning a plain scalar, found a tab", || {
        msg!("yaml-tab-in-plain")
    }),
    (
        "tabs disallowed within this context (block indentation)",
        || msg!("yaml-tab-indentation"),
    ),
    (
        "while scanning a quoted scalar, found unexpected end of stream",
        || msg!("yaml-quoted-unterminated"),
    ),
    (
        "while parsing a quoted scalar, found unknown escape character",
        || msg!("yaml-unknown-escape"),
    ),
    (
        "invalid trailing content after double-quoted scalar",
        || msg!("yaml-after-quoted"),
    ),
    ("while parsing a flow sequence, expected ',' or ']'", || {
        msg!("yaml-flow-list-unclosed")
    }),
    (
        "while parsing a flow mapping, did not find expected ',' or '}'",
        || msg!("yaml-flow-mapping-unclosed"),
    ),
    ("while parsing node, found unknown anchor", || {
        msg!("unknown-anchor")
    }),
    (
        "while parsing a block collection, did not find expected '-' indicator",
        || msg!("yaml-list-dash-expected"),
    ),
    (
        "while parsing a block mapping, did not find expected key",
        || msg!("yaml-key-expected"),
    ),
    (
        "while parsing a node, did not find expected node content",
        || msg!("yaml-value-expected"),
    ),
    ("misplaced bracket", || msg!("yaml-misplaced-bracket")),
    ("invalid indentation", || msg!("yaml-invalid-indentation")),
    ("invalid indentation in quoted scalar", || {
        msg!("yaml-quoted-indentation")
    }),
    ("simple key expect ':'", || msg!("yaml-colon-expected")),
    ("illegal placement of ':' indicator", || {
        msg!("yaml-misplaced-colon")
    }),
    ("did not find expected <document start>", || {
        msg!("yaml-document-start")
    }),
];

/// saphyr's text for a character no token starts with: ``unexpected character: `@'``.
const UNEXPECTED_CHARACTER: (&str, &str) = ("unexpected character: `", "'");

/// saphyr's `info` in the run's language (as saphyr wrote it when dglint has no message for it).
pub fn yaml(info: &str) -> String {
    if let Some((_, message)) = YAML_TEXTS.iter().find(|(text, _)| *text == info) {
        return message();
    }
    let (before, after) = UNEXPECTED_CHARACTER;
    if let Some(character) = info
        .strip_prefix(before)
        .and_then(|rest| rest.strip_suffix(after))
    {
        return msg!("yaml-unexpected-character", character = character);
    }
    info.to_owned()
}

/// jsonc-parser's error in the run's language.
pub fn json(kind: &ParseErrorKind) -> String {
    use ParseErrorKind as Kind;
    match kind {
        Kind::BareDecimalPointNumbersNotAllowed => msg!("json-bare-decimal-point"),
        Kind::CommentsNotAllowed => msg!("json-comment"),
        Kind::ExpectedColonAfterObjectKey => msg!("json-colon-expected"),
        Kind::ExpectedObjectValue => msg!("json-value-expected"),
        Kind::ExpectedDigit => msg!("json-digit-expected"),
        Kind::ExpectedDigitFollowingNegativeSign => msg!("json-digit-after-minus"),
        Kind::ExpectedPlusMinusOrDigitInNumberLiteral => msg!("json-exponent-expected"),
        Kind::ExpectedStringObjectProperty => msg!("json-property-name-expected"),
        Kind::HexadecimalNumbersNotAllowed => msg!("json-hexadecimal"),
        Kind::ExpectedComma => msg!("json-comma-expected"),
        Kind::MultipleRootJsonValues => msg!("json-several-values"),
        Kind::NonFiniteNumbersNotAllowed => msg!("json-non-finite"),
        Kind::SingleQuotedStringsNotAllowed => msg!("json-single-quotes"),
        Kind::String(string) => json_string(string),
        Kind::TrailingCommasNotAllowed => msg!("json-trailing-comma"),
        Kind::UnaryPlusNumbersNotAllowed => msg!("json-unary-plus"),
        Kind::UnexpectedCloseBrace => msg!("json-unexpected-close-brace"),
        Kind::UnexpectedCloseBracket => msg!("json-unexpected-close-bracket"),
        Kind::UnexpectedColon => msg!("json-unexpected-colon"),
        Kind::UnexpectedComma => msg!("json-unexpected-comma"),
        Kind::UnexpectedWord => msg!("json-unexpected-word"),
        Kind::UnexpectedToken => msg!("json-unexpected-token"),
        Kind::UnexpectedTokenInObject => msg!("json-unexpected-token-in-object"),
        Kind::UnterminatedArray => msg!("json-unterminated-array"),
        Kind::UnterminatedCommentBlock => msg!("json-unterminated-comment"),
        Kind::UnterminatedObject => msg!("json-unterminated-object"),
        Kind::NestingDepthExceeded => msg!("json-too-deep"),
    }
}

fn json_string(kind: &ParseStringErrorKind) -> String {
    use ParseStringErrorKind as Kind;
    match kind {
        Kind::InvalidEscapeInSingleQuoteString => msg!("json-invalid-escape-single"),
        Kind::InvalidEscapeInDoubleQuoteString => msg!("json-invalid-escape-double"),
        Kind::InvalidEscape => msg!("json-invalid-escape"),
        Kind::ExpectedFourHexDigits => msg!("json-four-hex-digits"),
        Kind::ExpectedTwoHexDigits => msg!("json-two-hex-digits"),
        Kind::InvalidUnicodeEscapeSequence(sequence) => {
            msg!("json-invalid-unicode-escape", sequence = sequence)
        }
        Kind::UnterminatedStringLiteral => msg!("json-unterminated-string"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, in_lang};
    use saphyr_parser::Parser;

    /// A manifest for each of saphyr's texts that has a message.
    const YAML_SAMPLES: &[&str] = &[
        "title: a: b\n",
        "a: - b\n",
        "title: a\n\tb: c\n",
        "a:\n\t- b\n",
        "title: \"abc\n",
        "a: \"\\q\"\n",
        "a: \"x\" y\n",
        "tags: [a, b\n",
        "x: {a: 1\n",
        "a: *nope\n",
        "- a\nb: c\n",
        "a: b\n c: d\n",
        "a:\n  b: c\n  - d\n",
        "- [a\n",
        "a: ]\n",
        "a: ,\n",
        "a: [\n]x\n",
        "a: \"x\n# c\n  y\"\n",
        "- - a\n  b\n",
        "a: [a\nb: c\n",
        "  a: 1\nb: 2\n",
    ];

    fn saphyr_text(yaml: &str) -> Option<String> {
        Parser::new_from_str(yaml)
            .find_map(Result::err)
            .map(|error| error.info().to_owned())
    }

    #[test]
    fn every_saphyr_text_with_a_message_is_still_what_saphyr_writes() {
        let written: Vec<String> = YAML_SAMPLES.iter().filter_map(|y| saphyr_text(y)).collect();
        for (text, _) in YAML_TEXTS {
            assert!(
                written.iter().any(|seen| seen == text),
                "no sample makes saphyr write `{text}`; it wrote {written:#?}"
            );
        }
    }

    #[test]
    fn a_translated_text_reads_in_french_and_an_unknown_one_stays_as_written() {
        for (text, _) in YAML_TEXTS {
            let english = in_lang(Lang::En, || yaml(text));
            let french = in_lang(Lang::Fr, || yaml(text));
            assert_ne!(english, french, "{text}");
        }
        let character = saphyr_text("a: @x\n").unwrap();
        assert_eq!(in_lang(Lang::En, || yaml(&character)), character);
        assert!(in_lang(Lang::Fr, || yaml(&character)).contains("`@`"));
        let rare = "while scanning a YAML directive, found extremely long version number";
        assert_eq!(in_lang(Lang::Fr, || yaml(rare)), rare);
    }

    #[test]
    fn english_json_messages_are_jsonc_parser_s_own_words() {
        use ParseErrorKind as Kind;
        use ParseStringErrorKind as StringKind;
        let strings = [
            StringKind::InvalidEscapeInSingleQuoteString,
            StringKind::InvalidEscapeInDoubleQuoteString,
            StringKind::ExpectedFourHexDigits,
            StringKind::ExpectedTwoHexDigits,
            StringKind::InvalidUnicodeEscapeSequence("d800".to_owned()),
            StringKind::InvalidEscape,
            StringKind::UnterminatedStringLiteral,
        ];
        let kinds = [
            Kind::BareDecimalPointNumbersNotAllowed,
            Kind::CommentsNotAllowed,
            Kind::ExpectedColonAfterObjectKey,
            Kind::ExpectedObjectValue,
            Kind::ExpectedDigit,
            Kind::ExpectedDigitFollowingNegativeSign,
            Kind::ExpectedPlusMinusOrDigitInNumberLiteral,
            Kind::ExpectedStringObjectProperty,
            Kind::HexadecimalNumbersNotAllowed,
            Kind::ExpectedComma,
            Kind::MultipleRootJsonValues,
            Kind::NonFiniteNumbersNotAllowed,
            Kind::SingleQuotedStringsNotAllowed,
            Kind::TrailingCommasNotAllowed,
            Kind::UnaryPlusNumbersNotAllowed,
            Kind::UnexpectedCloseBrace,
            Kind::UnexpectedCloseBracket,
            Kind::UnexpectedColon,
            Kind::UnexpectedComma,
            Kind::UnexpectedWord,
            Kind::UnexpectedToken,
            Kind::UnexpectedTokenInObject,
            Kind::UnterminatedArray,
            Kind::UnterminatedCommentBlock,
            Kind::UnterminatedObject,
            Kind::NestingDepthExceeded,
        ];
        for kind in kinds
            .into_iter()
            .chain(strings.into_iter().map(Kind::String))
        {
            let kind = &kind;
            assert_eq!(in_lang(Lang::En, || json(kind)), kind.to_string());
            assert_ne!(in_lang(Lang::Fr, || json(kind)), kind.to_string());
        }
    }
}
