//! JSON pointer (RFC 6901) helpers.

/// Escapes one reference token: `~` becomes `~0`, `/` becomes `~1`.
pub fn escape(token: &str) -> std::borrow::Cow<'_, str> {
    if token.contains(['~', '/']) {
        token.replace('~', "~0").replace('/', "~1").into()
    } else {
        token.into()
    }
}

/// Reverses [`escape`].
pub fn unescape(token: &str) -> std::borrow::Cow<'_, str> {
    if token.contains('~') {
        token.replace("~1", "/").replace("~0", "~").into()
    } else {
        token.into()
    }
}

/// The pointer of a child named `token` (an object key or an array index) of `parent`.
pub fn child(parent: &str, token: &str) -> String {
    let escaped = escape(token);
    let mut out = String::with_capacity(parent.len() + 1 + escaped.len());
    out.push_str(parent);
    out.push('/');
    out.push_str(&escaped);
    out
}

/// The pointer of the item at `index` of the array at `parent`.
pub fn item(parent: &str, index: usize) -> String {
    format!("{parent}/{index}")
}

/// The parent pointer, or `None` for the root (`""`).
pub fn parent(pointer: &str) -> Option<&str> {
    pointer.rfind('/').map(|slash| &pointer[..slash])
}

/// The last reference token, unescaped (`None` for the root).
pub fn last_token(pointer: &str) -> Option<std::borrow::Cow<'_, str>> {
    pointer
        .rfind('/')
        .map(|slash| unescape(&pointer[slash + 1..]))
}

/// Whether `pointer` is `ancestor` itself or lies below it.
pub fn is_within(pointer: &str, ancestor: &str) -> bool {
    pointer == ancestor
        || (pointer.starts_with(ancestor) && pointer.as_bytes().get(ancestor.len()) == Some(&b'/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_unescapes_round_trip() {
        assert_eq!(child("", "a/b~c"), "/a~1b~0c");
        assert_eq!(last_token("/a~1b~0c").unwrap(), "a/b~c");
    }

    #[test]
    fn parents_and_ancestry() {
        assert_eq!(parent("/resources/0/url"), Some("/resources/0"));
        assert_eq!(parent("/title"), Some(""));
        assert_eq!(parent(""), None);
        assert!(is_within("/resources/0/url", "/resources/0"));
        assert!(is_within("/resources/0", "/resources/0"));
        assert!(!is_within("/resources/01", "/resources/0"));
        assert!(is_within("/title", ""));
    }
}
