//! `pyaot`: an ahead-of-time compiler from Python 3.11 to native code.
//!
//! Command line: `pyaot build FILE.py [-o OUT] [--emit ir] [--vm]
//! [--keep-obj]` and `pyaot run FILE.py [--vm] [ARGS...]`. Errors are
//! printed as `file:line:col: error: message` (compile errors) or
//! `pyaot: error: message`, with exit code 1.

mod codegen;
mod driver;
mod frontend;
mod link;

use clap::{Parser, Subcommand, ValueEnum};
use driver::{BuildOptions, Error};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "pyaot",
    version,
    about = "Ahead-of-time compiler from Python 3.11 to native executables"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Emit {
    /// The pyaot IR, as text.
    Ir,
}

#[derive(Subcommand)]
enum Cmd {
    /// Compile a Python program into a native executable.
    Build {
        /// The main Python file of the program.
        file: PathBuf,
        /// Output executable (default: the file's stem, in the current directory).
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<PathBuf>,
        /// Print an intermediate form to stdout instead of building an executable.
        #[arg(long, value_name = "WHAT")]
        emit: Option<Emit>,
        /// Emit no native code: every function runs in the runtime's interpreter (VM).
        #[arg(long)]
        vm: bool,
        /// Keep the generated object file, as OUT.o (for debugging the back end).
        #[arg(long)]
        keep_obj: bool,
    },
    /// Build a Python program into a temporary directory, run it, and exit with its exit code.
    Run {
        /// Emit no native code: every function runs in the runtime's interpreter (VM).
        #[arg(long)]
        vm: bool,
        /// The main Python file of the program.
        file: PathBuf,
        /// Arguments passed to the program (sys.argv[1:]).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

fn report(e: Error, input: &std::path::Path) -> ExitCode {
    match e {
        Error::Diag(d) => {
            let file = if d.file.is_empty() {
                input.display().to_string()
            } else {
                d.file
            };
            if d.line == 0 {
                eprintln!("{file}: error: {}", d.message);
            } else {
                eprintln!("{file}:{}:{}: error: {}", d.line, d.col, d.message);
            }
        }
        Error::Msg(m) => eprintln!("pyaot: error: {m}"),
    }
    ExitCode::from(1)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Build {
            file,
            output,
            emit,
            vm,
            keep_obj,
        } => {
            if emit == Some(Emit::Ir) {
                return match driver::emit_ir(&file) {
                    Ok(text) => {
                        print!("{text}");
                        ExitCode::SUCCESS
                    }
                    Err(e) => report(e, &file),
                };
            }
            let out = output.unwrap_or_else(|| driver::default_output(&file));
            match driver::build(&file, &out, BuildOptions { vm, keep_obj }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => report(e, &file),
            }
        }
        Cmd::Run { vm, file, args } => match driver::run(
            &file,
            &args,
            BuildOptions {
                vm,
                keep_obj: false,
            },
        ) {
            Ok(code) => ExitCode::from(code as u8),
            Err(e) => report(e, &file),
        },
    }
}
