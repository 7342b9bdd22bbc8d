//! Charts drawn as inline SVG: no script, no external file, readable by screen readers
//! through their title and description (which list every value).

use maud::{Markup, html};

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
pub fn horizontal(id: &str, title: &str, bars: &[Bar], max: Option<f64>) -> Markup {
    const LABEL: f64 = 260.0;
    const WIDTH: f64 = 720.0;
    const LINE: f64 = 24.0;
    let largest = max
        .unwrap_or_else(|| bars.iter().map(|bar| bar.value).fold(0.0, f64::max))
        .max(f64::MIN_POSITIVE);
    let height = LINE * bars.len() as f64 + 8.0;
    let lines = html! {
        @for (index, bar) in bars.iter().enumerate() {
            @let y = 4.0 + LINE * index as f64;
            // Room after the longest bar for a value with its denominator ("100 % (423/423)").
            @let length = (WIDTH - LABEL - 140.0) * bar.value / largest;
            text x=(fixed(LABEL - 8.0, 0)) y=(fixed(y + 13.0, 0)) text-anchor="end" class="label" {
                (bar.label)
            }
            rect x=(fixed(LABEL, 0)) y=(fixed(y + 1.0, 0)) width=(fixed(length, 1)) height="16"
                class="bar" {}
            text x=(fixed(LABEL + length + 6.0, 1)) y=(fixed(y + 13.0, 0)) class="value" {
                (bar.shown)
            }
        }
    };
    chart(id, title, bars, (WIDTH, height), lines)
}

/// Vertical bars over labelled columns (a histogram).
pub fn columns(id: &str, title: &str, bars: &[Bar]) -> Markup {
    const WIDTH: f64 = 720.0;
    const HEIGHT: f64 = 220.0;
    const BASE: f64 = 190.0;
    let largest = bars
        .iter()
        .map(|bar| bar.value)
        .fold(0.0, f64::max)
        .max(f64::MIN_POSITIVE);
    let slot = WIDTH / bars.len().max(1) as f64;
    let columns = html! {
        @for (index, bar) in bars.iter().enumerate() {
            @let height = (BASE - 24.0) * bar.value / largest;
            @let x = slot * index as f64;
            rect x=(fixed(x + slot * 0.15, 1)) y=(fixed(BASE - height, 1))
                width=(fixed(slot * 0.7, 1)) height=(fixed(height, 1)) class="bar" {}
            text x=(fixed(x + slot / 2.0, 1)) y=(fixed(BASE - height - 5.0, 1))
                text-anchor="middle" class="value" { (bar.shown) }
            text x=(fixed(x + slot / 2.0, 1)) y=(fixed(BASE + 18.0, 0)) text-anchor="middle"
                class="label" { (bar.label) }
        }
    };
    chart(id, title, bars, (WIDTH, HEIGHT), columns)
}

/// A number with `places` decimals, as SVG coordinates are written.
fn fixed(value: f64, places: usize) -> String {
    format!("{value:.places$}")
}

/// The chart: its title, a description listing every value, then `shapes`.
fn chart(
    id: &str,
    title: &str,
    bars: &[Bar],
    (width, height): (f64, f64),
    shapes: Markup,
) -> Markup {
    let description: Vec<String> = bars
        .iter()
        .map(|bar| format!("{}: {}", bar.label, bar.shown))
        .collect();
    html! {
        svg role="img" aria-labelledby={ (id) "-title " (id) "-desc" }
            viewBox={ "0 0 " (fixed(width, 0)) " " (fixed(height, 0)) } width="100%"
            preserveAspectRatio="xMinYMin meet" {
            title id={ (id) "-title" } { (title) }
            desc id={ (id) "-desc" } { (description.join(" ; ")) }
            (shapes)
        }
    }
}
