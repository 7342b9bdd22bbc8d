//! Resolution of plain YAML scalars with the YAML 1.2 core schema.

use serde_json::{Number, Value};

/// Resolves a plain (unquoted) scalar: null, booleans, integers and floats of the core schema;
/// everything else, dates included, stays a string.
pub fn resolve_plain(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    if let Some(number) = resolve_int(text) {
        return Value::Number(number);
    }
    if let Some(number) = resolve_float(text) {
        return number;
    }
    Value::String(text.to_owned())
}

/// Resolves a scalar explicitly tagged with a core-schema tag (`!!str`, `!!int`, ...).
pub fn resolve_tagged(text: &str, suffix: &str) -> Value {
    match suffix {
        "str" => Value::String(text.to_owned()),
        "null" | "bool" | "int" | "float" => resolve_plain(text),
        _ => Value::String(text.to_owned()),
    }
}

fn resolve_int(text: &str) -> Option<Number> {
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let magnitude = if let Some(octal) = digits.strip_prefix("0o") {
        i64::from_str_radix(octal, 8).ok()?
    } else if let Some(hex) = digits.strip_prefix("0x") {
        i64::from_str_radix(hex, 16).ok()?
    } else if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse::<i64>().ok()?
    } else {
        return None;
    };
    Some(Number::from(if negative { -magnitude } else { magnitude }))
}

fn resolve_float(text: &str) -> Option<Value> {
    let lowered = text.trim_start_matches(['+', '-']);
    if matches!(lowered, ".inf" | ".Inf" | ".INF" | ".nan" | ".NaN" | ".NAN") {
        // JSON has no infinities or NaN: keep the text so a type rule can report it.
        return Some(Value::String(text.to_owned()));
    }
    let looks_numeric = text
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'))
        && text.bytes().any(|b| b.is_ascii_digit());
    if !looks_numeric {
        return None;
    }
    let parsed: f64 = text.parse().ok()?;
    Number::from_f64(parsed).map(Value::Number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn core_schema_values() {
        assert_eq!(resolve_plain("~"), Value::Null);
        assert_eq!(resolve_plain("True"), json!(true));
        assert_eq!(resolve_plain("42"), json!(42));
        assert_eq!(resolve_plain("-0x1F"), json!(-31));
        assert_eq!(resolve_plain("1.5e3"), json!(1500.0));
        assert_eq!(resolve_plain("2025-01-31"), json!("2025-01-31"));
        assert_eq!(resolve_plain("yes"), json!("yes"));
        assert_eq!(resolve_plain("1.2.3"), json!("1.2.3"));
        assert_eq!(resolve_tagged("12", "str"), json!("12"));
    }
}
