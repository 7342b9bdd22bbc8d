//! Where an organisation publishes dglint's manual, so that findings link to their rule's page.

use crate::i18n::Lang;

/// The base URL of a published manual (`mdbook build docs`): a rule's page is
/// `rules/<code>.html` under it, in French `fr/rules/<code>.html`. Set by `docs-url` in
/// `dglint.toml`; without it no finding carries a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocsUrl(String);

impl DocsUrl {
    /// The base URL `text`, when it is an absolute `http` or `https` URL (a `/` is added at its
    /// end when missing, so that pages resolve under it).
    pub fn parse(text: &str) -> Option<DocsUrl> {
        let url = url::Url::parse(text).ok()?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
            return None;
        }
        let mut base = String::from(url);
        if !base.ends_with('/') {
            base.push('/');
        }
        Some(DocsUrl(base))
    }

    /// The manual's home page: the base itself.
    pub fn home(&self) -> &str {
        &self.0
    }

    /// The page of rule `code` in `lang`. A user rule's code gets the same form: its
    /// organisation publishes its pages beside the built-in ones, or not at all.
    pub fn rule(&self, code: &str, lang: Lang) -> String {
        format!("{}{}/{code}.html", self.0, rule_folder(lang))
    }
}

/// The folder of the manual's rule pages in `lang`, relative to its root (`docs/`, and the
/// published book built from it).
pub fn rule_folder(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "rules",
        Lang::Fr => "fr/rules",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_page_is_under_the_base_in_each_language() {
        let base = DocsUrl::parse("https://intranet.example.org/dglint").unwrap();
        assert_eq!(
            base.rule("DG201", Lang::En),
            "https://intranet.example.org/dglint/rules/DG201.html"
        );
        assert_eq!(
            base.rule("DG201", Lang::Fr),
            "https://intranet.example.org/dglint/fr/rules/DG201.html"
        );
        assert_eq!(
            DocsUrl::parse("https://intranet.example.org/dglint/"),
            Some(base)
        );
    }

    #[test]
    fn only_web_addresses_are_bases() {
        for refused in [
            "docs/",
            "file:///srv/docs/",
            "javascript:alert(1)",
            "https://",
            "",
        ] {
            assert_eq!(DocsUrl::parse(refused), None, "{refused}");
        }
    }
}
