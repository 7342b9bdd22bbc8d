//! Charts drawn as inline SVG: no script, no external file, readable by screen readers
//! through their title and description (which list every value).

use std::fmt::Write as _;

use super::markup::escape;

/// One bar: its label, its value, and the text shown at its end.
pub struct Bar {
    /// What it counts.
    pub label: String,
    /// Its length, in the chart's unit.
    pub value: f64,
    /// The text at its end (`87 %`, `1 204`).
    pub shown: String,
}

/// Horizontal bars, one per line, scaled to `max` (the largest value when `None`).
pub fn horizontal(id: &str, title: &str, bars: &[Bar], max: Option<f64>) -> String {
    const LABEL: f64 = 260.0;
    const WIDTH: f64 = 720.0;
    const LINE: f64 = 24.0;
    let largest = max
        .unwrap_or_else(|| bars.iter().map(|bar| bar.value).fold(0.0, f64::max))
        .max(f64::MIN_POSITIVE);
    let height = LINE * bars.len() as f64 + 8.0;
    let mut svg = open(id, title, bars, WIDTH, height);
    for (index, bar) in bars.iter().enumerate() {
        let y = 4.0 + LINE * index as f64;
        // Room after the longest bar for a value with its denominator ("100 % (423/423)").
        let length = (WIDTH - LABEL - 140.0) * bar.value / largest;
        let _ = write!(
            svg,
            "<text x=\"{:.0}\" y=\"{:.0}\" text-anchor=\"end\" class=\"label\">{}</text>\
             <rect x=\"{LABEL:.0}\" y=\"{:.0}\" width=\"{length:.1}\" height=\"16\" class=\"bar\"/>\
             <text x=\"{:.1}\" y=\"{:.0}\" class=\"value\">{}</text>",
            LABEL - 8.0,
            y + 13.0,
            escape(&bar.label),
            y + 1.0,
            LABEL + length + 6.0,
            y + 13.0,
            escape(&bar.shown),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Vertical bars over labelled columns (a histogram).
pub fn columns(id: &str, title: &str, bars: &[Bar]) -> String {
    const WIDTH: f64 = 720.0;
    const HEIGHT: f64 = 220.0;
    const BASE: f64 = 190.0;
    let largest = bars
        .iter()
        .map(|bar| bar.value)
        .fold(0.0, f64::max)
        .max(f64::MIN_POSITIVE);
    let slot = WIDTH / bars.len().max(1) as f64;
    let mut svg = open(id, title, bars, WIDTH, HEIGHT);
    for (index, bar) in bars.iter().enumerate() {
        let height = (BASE - 24.0) * bar.value / largest;
        let x = slot * index as f64;
        let _ = write!(
            svg,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{height:.1}\" class=\"bar\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" class=\"value\">{}</text>\
             <text x=\"{:.1}\" y=\"{:.0}\" text-anchor=\"middle\" class=\"label\">{}</text>",
            x + slot * 0.15,
            BASE - height,
            slot * 0.7,
            x + slot / 2.0,
            BASE - height - 5.0,
            escape(&bar.shown),
            x + slot / 2.0,
            BASE + 18.0,
            escape(&bar.label),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// The opening tag, with the title and a description listing every value.
fn open(id: &str, title: &str, bars: &[Bar], width: f64, height: f64) -> String {
    let description: Vec<String> = bars
        .iter()
        .map(|bar| format!("{}: {}", bar.label, bar.shown))
        .collect();
    format!(
        "<svg role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {width:.0} \
         {height:.0}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(&description.join(" ; ")),
    )
}
