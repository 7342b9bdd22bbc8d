//! Why a file operation failed, in the language of the work at hand.
//!
//! The system's own text (`No such file or directory (os error 2)`) is English whatever the
//! run's language; the failures a user meets reading inputs and writing reports have
//! messages of their own. Any other failure keeps the system's text.

use std::io::{Error, ErrorKind};

/// The reason `error` gives, in the run's language.
pub fn io_reason(error: &Error) -> String {
    match error.kind() {
        ErrorKind::NotFound => crate::msg!("io-not-found"),
        ErrorKind::PermissionDenied => crate::msg!("io-permission-denied"),
        ErrorKind::IsADirectory => crate::msg!("io-is-a-directory"),
        ErrorKind::NotADirectory => crate::msg!("io-not-a-directory"),
        ErrorKind::AlreadyExists => crate::msg!("io-already-exists"),
        ErrorKind::StorageFull => crate::msg!("io-storage-full"),
        ErrorKind::ReadOnlyFilesystem => crate::msg!("io-read-only"),
        _ => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, in_lang};

    #[test]
    fn a_missing_file_is_said_in_the_run_s_language_and_other_failures_as_the_system_says() {
        let missing = std::fs::File::open("/no/such/dglint/file").unwrap_err();
        assert_eq!(
            in_lang(Lang::En, || io_reason(&missing)),
            "no such file or directory"
        );
        assert_eq!(
            in_lang(Lang::Fr, || io_reason(&missing)),
            "fichier ou dossier introuvable"
        );
        let other = Error::other("disk on fire");
        assert_eq!(in_lang(Lang::Fr, || io_reason(&other)), "disk on fire");
    }
}
