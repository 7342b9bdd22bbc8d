//! The `dglint` command.

fn main() -> std::process::ExitCode {
    dglint::cli::main()
}
