//! What the catalogues hold, known when the crate compiles: every message id and the
//! variables it uses (`build.rs` reads them from the Fluent sources), so that `msg!` can
//! refuse an unknown id or wrong arguments with a compile error instead of a test.

include!(concat!(env!("OUT_DIR"), "/message_variables.rs"));

/// Stops the compilation (when called in a `const`, as `msg!` does) unless `id` is a message
/// of the English catalogue whose variables are exactly `arguments`.
pub const fn check(id: &str, arguments: &[&str]) {
    let mut index = 0;
    while index < ENGLISH.len() {
        let (known, variables) = ENGLISH[index];
        if same(known, id) {
            assert!(
                all_in(arguments, variables),
                "msg!: an argument is not a variable of this message in the catalogue"
            );
            assert!(
                all_in(variables, arguments),
                "msg!: a variable of this message in the catalogue has no argument"
            );
            return;
        }
        index += 1;
    }
    panic!("msg!: this message id is not in the catalogues (src/i18n/en.ftl, rule files)");
}

/// Whether every name of `names` is in `among`.
const fn all_in(names: &[&str], among: &[&str]) -> bool {
    let mut index = 0;
    while index < names.len() {
        if !contains(among, names[index]) {
            return false;
        }
        index += 1;
    }
    true
}

const fn contains(names: &[&str], name: &str) -> bool {
    let mut index = 0;
    while index < names.len() {
        if same(names[index], name) {
            return true;
        }
        index += 1;
    }
    false
}

/// String equality, in a `const fn`.
const fn same(left: &str, right: &str) -> bool {
    let (left, right) = (left.as_bytes(), right.as_bytes());
    if left.len() != right.len() {
        return false;
    }
    let mut index = 0;
    while index < left.len() {
        if left[index] != right[index] {
            return false;
        }
        index += 1;
    }
    true
}
