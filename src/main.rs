//! The `dglint` command.

/// mimalloc: the linter allocates many small values from several threads at once, where the
/// system allocator spends much of the run on locks and fragmentation.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    dglint::cli::main()
}
