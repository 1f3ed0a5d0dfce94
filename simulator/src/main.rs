//! `spotcheck-sim`: see the crate docs and `spotcheck-sim --help`.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let status =
        spotcheck_sim::cli::main_with(&args, &mut std::io::stdout(), &mut std::io::stderr());
    std::process::exit(status);
}
