//! DG701 `portal-drift`: a field of the manifest differs from the dataset the portal
//! publishes.
//!
//! Its rule file: `rules/portal/DG701-portal-drift.toml`.

use serde_json::Value;

use super::published;
use crate::document::pointer;
use crate::finding::Hit;
use crate::model::drift::{DERIVED, Drift, DriftKind, compare};
use crate::model::published::Published;
use crate::rules::native::{CheckContext, NoParams};

/// The longest excerpt of a portal value a message quotes, in characters.
const EXCERPT: usize = 120;

/// DG701: each field that differs, on its line (or on the nearest node written).
pub fn check(ctx: &CheckContext<'_>, _: &NoParams, hits: &mut Vec<Hit>) {
    let Some(Published::Live(live)) = published(ctx) else {
        return;
    };
    let manifest = ctx.dataset.value();
    for drift in compare(manifest, live, ctx.as_of) {
        if !DERIVED.contains(&drift.pointer.as_str()) {
            hits.push(hit(manifest, &drift));
        }
    }
}

fn hit(manifest: &Value, drift: &Drift) -> Hit {
    let field = field_name(&drift.pointer);
    let portal = drift.portal.as_ref().map(excerpt).unwrap_or_default();
    let message = match drift.kind {
        DriftKind::Differs => crate::msg!("drift-differs", field = field, portal = portal),
        DriftKind::OnlyOnPortal => {
            crate::msg!("drift-only-on-portal", field = field, portal = portal)
        }
        DriftKind::OnlyInManifest => crate::msg!("drift-only-in-manifest", field = field),
        DriftKind::ResourceOnlyInManifest => crate::msg!("drift-resource-only-in-manifest"),
        DriftKind::ResourceOnlyOnPortal => {
            let resource = drift.portal.as_ref();
            let name = |key: &str| resource.and_then(|r| r.get(key)).and_then(Value::as_str);
            let described = match (name("title"), name("url")) {
                (Some(title), Some(url)) => format!("{} ({url})", Value::from(title)),
                (Some(title), None) => Value::from(title).to_string(),
                (None, url) => url.unwrap_or_default().to_owned(),
            };
            crate::msg!("drift-resource-only-on-portal", portal = described)
        }
    };
    // On the node when the manifest writes it, else under the key of its nearest ancestor
    // that it writes.
    if manifest.pointer(&drift.pointer).is_some() {
        return Hit::value(drift.pointer.clone(), message);
    }
    let mut at = drift.pointer.as_str();
    while let Some(parent) = pointer::parent(at) {
        at = parent;
        if manifest.pointer(at).is_some() {
            break;
        }
    }
    Hit::key(at, message)
}

/// A pointer as people name the field: `resources[1].title`.
fn field_name(at: &str) -> String {
    let mut name = String::new();
    for token in at.split('/').skip(1) {
        let token = pointer::unescape(token);
        if token.bytes().all(|byte| byte.is_ascii_digit()) {
            name.push_str(&format!("[{token}]"));
        } else {
            if !name.is_empty() {
                name.push('.');
            }
            name.push_str(&token);
        }
    }
    name
}

/// The portal's value as a message quotes it: compact JSON (text on one line), cut after
/// [`EXCERPT`] characters.
fn excerpt(value: &Value) -> String {
    let text = match value {
        Value::String(text) => {
            Value::from(text.split_whitespace().collect::<Vec<_>>().join(" ")).to_string()
        }
        other => other.to_string(),
    };
    if text.chars().count() <= EXCERPT {
        return text;
    }
    let mut cut: String = text.chars().take(EXCERPT).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_named_as_people_name_them() {
        assert_eq!(field_name("/resources/1/title"), "resources[1].title");
        assert_eq!(field_name("/tags"), "tags");
        assert_eq!(field_name("/spatial/zones"), "spatial.zones");
    }

    #[test]
    fn long_text_is_cut() {
        let long = Value::from("a ".repeat(200));
        let quoted = excerpt(&long);
        assert!(quoted.ends_with('…') && quoted.chars().count() == EXCERPT + 1);
        assert_eq!(excerpt(&serde_json::json!(["a", 1])), "[\"a\",1]");
    }
}
