//! The front end: Python source to pyaot IR.
//!
//! `parse.rs` is the only module that touches `rustpython-parser`;
//! `scope.rs` resolves names; `builder.rs`, `stmt.rs` and `expr.rs` lower
//! the AST into a [`pyaot_ir::Module`]. Errors are plain data
//! ([`Diagnostic`]) rendered by the driver.

mod builder;
mod expr;
mod parse;
mod scope;
mod stmt;

use pyaot_ir::Module;
use std::path::Path;

/// A compile error with its location, rendered as `file:line:col: message`.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub file: String,
    pub line: u32,
    pub col: u32,
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.col, self.message
        )
    }
}

/// An error found while lowering (converted to a Diagnostic with the file).
#[derive(Debug, Clone)]
pub struct LowerError {
    pub line: u32,
    pub message: String,
}

/// The main source file of a program, as read by `lower_program`.
pub struct Source {
    pub display_path: String,
    pub text: String,
}

/// Parse and lower the program whose main file is `path`.
pub fn lower_program(path: &Path) -> Result<Module, Diagnostic> {
    lower_program_with_source(path).map(|(m, _)| m)
}

/// Like `lower_program`, also returning the main file's source text.
pub fn lower_program_with_source(path: &Path) -> Result<(Module, Source), Diagnostic> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| Diagnostic {
        file: shown.clone(),
        line: 0,
        col: 0,
        message: format!("cannot read '{}': {}", shown, io_reason(&e)),
    })?;
    // Tracebacks show the absolute path, as CPython does.
    let display_path = std::fs::canonicalize(path)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| shown.clone());
    let module = lower_source(&text, &display_path, &shown)?;
    Ok((module, Source { display_path, text }))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}

/// Lower one source text as the `__main__` module.
pub fn lower_source(text: &str, file: &str, shown: &str) -> Result<Module, Diagnostic> {
    let body = parse::parse_module(text, shown)?;
    let lines = parse::LineIndex::new(text);
    let mut m = builder::ModuleCtx::new(file);
    let id = m.reserve_function();
    let spec = stmt::FnSpec {
        name: "<module>",
        qualname: "<module>".into(),
        module: "__main__",
        file,
        first_line: 1,
        args: None,
        kind: builder::ScopeKind::Module,
        scope: scope::ScopeInfo::default(),
        enclosing: vec![],
        comp_params: vec![],
    };
    stmt::build_function(&mut m, &lines, id, spec, stmt::BodyRef::Stmts(&body)).map_err(|e| {
        Diagnostic {
            file: shown.to_string(),
            line: e.line,
            col: 1,
            message: e.message,
        }
    })?;
    Ok(m.module)
}
