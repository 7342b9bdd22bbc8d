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

/// Which of several disjoint roots (the datasets of a document) holds a pointer, in time
/// proportional to the pointer's depth rather than to the number of roots.
pub struct Roots<'a> {
    index: std::collections::HashMap<&'a str, usize, foldhash::fast::RandomState>,
    count: usize,
}

impl<'a> Roots<'a> {
    /// Indexes `roots` by position.
    pub fn new(roots: impl IntoIterator<Item = &'a str>) -> Roots<'a> {
        let mut index = std::collections::HashMap::default();
        let mut count = 0;
        for (position, root) in roots.into_iter().enumerate() {
            index.entry(root).or_insert(position);
            count = position + 1;
        }
        Roots { index, count }
    }

    /// The position of the root `pointer` is within (see [`is_within`]), if any.
    pub fn owner(&self, pointer: &str) -> Option<usize> {
        // One dataset at the root (a manifest, a catalogue record) holds every pointer.
        if self.count == 1 && self.index.contains_key("") {
            return Some(0);
        }
        let mut at = pointer;
        loop {
            if let Some(&position) = self.index.get(at) {
                return Some(position);
            }
            if at.is_empty() {
                return None;
            }
            at = &at[..at.rfind('/').unwrap_or(0)];
        }
    }

    /// `items` grouped by the root their pointer is within (`roots` order); items outside
    /// every root are dropped.
    pub fn group<'p, T>(&self, items: impl IntoIterator<Item = (&'p str, T)>) -> Vec<Vec<T>> {
        let mut groups: Vec<Vec<T>> = (0..self.count).map(|_| Vec::new()).collect();
        for (pointer, item) in items {
            if let Some(position) = self.owner(pointer) {
                groups[position].push(item);
            }
        }
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_find_the_dataset_holding_a_pointer_as_is_within_does() {
        let roots = Roots::new(["/0", "/1", "/10"]);
        for (pointer, expected) in [
            ("/0", Some(0)),
            ("/0/title", Some(0)),
            ("/1/resources/3/url", Some(1)),
            ("/10/a~1b", Some(2)),
            ("/100", None),
            ("", None),
        ] {
            assert_eq!(roots.owner(pointer), expected, "{pointer}");
            let by_is_within = ["/0", "/1", "/10"]
                .iter()
                .position(|root| is_within(pointer, root));
            assert_eq!(roots.owner(pointer), by_is_within, "{pointer}");
        }
        assert_eq!(Roots::new([""]).owner("/anything/below"), Some(0));
    }

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
