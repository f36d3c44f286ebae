//! The front end: Python source to pyaot IR.
//!
//! `parse.rs` is the only module that touches `rustpython-parser`;
//! `scope.rs` resolves names; `builder.rs`, `stmt.rs` and `expr.rs` lower
//! the AST into a [`pyaot_ir::Module`]. Errors are plain data
//! ([`Diagnostic`]) rendered by the driver.

mod asyncs;
mod builder;
mod expr;
mod fstrlit;
mod imports;
mod iterclose;
mod mangle;
mod parse;
mod pattern;
mod positions;
mod scope;
mod stdlib;
mod stmt;
mod strlit;
mod trystar;
mod unparse;

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

/// The main source file of a program, as read by the front end.
pub struct Source {
    pub text: String,
}

/// Whether `name` is a module the runtime implements (it is not looked up
/// as a file beside the program).
pub fn is_runtime_module(name: &str) -> bool {
    name == "builtins" || pyaot_ir::NATIVE_MODULES.contains(&name)
}

/// Parse and lower the program whose main file is `path`, following its
/// imports; also returns the main file's source text (for tracebacks).
pub fn lower_program_with_source(path: &Path) -> Result<(Module, Source), Diagnostic> {
    let shown = path.display().to_string();
    let text = read_source(path, &shown)?;
    // Tracebacks show the absolute path, as CPython does.
    let display_path = abs_path(path).unwrap_or_else(|| shown.clone());
    let root = path.parent().map(|p| p.to_path_buf()).unwrap_or_default();
    let mut m = builder::ModuleCtx::new(&display_path);
    let mut body = parse::parse_module(&text, &shown)?;
    trystar::inject_helper(&mut body, &text, "__main__");
    let mut queue = Vec::new();
    imports::discover(
        &body,
        "__main__",
        false,
        &parse::LineIndex::new(&text),
        &shown,
        &mut queue,
    );
    lower_module(&mut m, &body, &text, &display_path, &shown, "__main__")?;
    let mut done: std::collections::HashSet<String> = std::collections::HashSet::new();
    while let Some(req) = queue.pop() {
        for name in imports::with_parents(&req.module) {
            if done.contains(&name) || is_runtime_module(&name) {
                continue;
            }
            done.insert(name.clone());
            let (mshown, mtext, mdisplay, is_package, own) =
                match imports::find_module(&root, &name) {
                    Some((file, is_package)) => {
                        let mshown = file.display().to_string();
                        let mtext = read_source(&file, &mshown)?;
                        let mdisplay = abs_path(&file).unwrap_or_else(|| mshown.clone());
                        (mshown, mtext, mdisplay, is_package, true)
                    }
                    None => match stdlib::find(&name) {
                        Some((is_package, src)) => {
                            let stem = name.replace('.', "/");
                            let shown = if is_package {
                                format!("<pyaot-stdlib>/{stem}/__init__.py")
                            } else {
                                format!("<pyaot-stdlib>/{stem}.py")
                            };
                            (shown.clone(), src.to_string(), shown, is_package, false)
                        }
                        None => {
                            if req.in_try || !req.required {
                                continue;
                            }
                            return Err(Diagnostic {
                                file: req.file.clone(),
                                line: req.line,
                                col: 1,
                                message: format!("ModuleNotFoundError: No module named '{name}'"),
                            });
                        }
                    },
                };
            let mut mbody = parse::parse_module(&mtext, &mshown)?;
            trystar::inject_helper(&mut mbody, &mtext, &name);
            imports::discover(
                &mbody,
                &name,
                is_package,
                &parse::LineIndex::new(&mtext),
                &mshown,
                &mut queue,
            );
            let id = lower_module(&mut m, &mbody, &mtext, &mdisplay, &mshown, &name)?;
            m.module.modules.push(pyaot_ir::ModuleInfo {
                name: name.clone(),
                body: id,
                is_package,
                file: mdisplay,
                source: if own { mtext.clone() } else { String::new() },
            });
        }
    }
    Ok((m.module, Source { text }))
}

fn abs_path(p: &Path) -> Option<String> {
    std::fs::canonicalize(p)
        .ok()
        .map(|p| p.display().to_string())
}

fn read_source(path: &Path, shown: &str) -> Result<String, Diagnostic> {
    std::fs::read_to_string(path).map_err(|e| Diagnostic {
        file: shown.to_string(),
        line: 0,
        col: 0,
        message: format!("cannot read '{}': {}", shown, io_reason(&e)),
    })
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

/// Lower one module's body into a new function of `m`.
fn lower_module(
    m: &mut builder::ModuleCtx,
    body: &[parse::ast::Stmt],
    text: &str,
    file: &str,
    shown: &str,
    modname: &str,
) -> Result<pyaot_ir::FuncId, Diagnostic> {
    let lines = parse::LineIndex::new(text);
    m.future_annotations = body.iter().any(|s| match s {
        parse::ast::Stmt::ImportFrom(i) => {
            i.module.as_ref().map(|m| m.as_str()) == Some("__future__")
                && i.names.iter().any(|a| a.name.as_str() == "annotations")
        }
        _ => false,
    });
    let (body, originals) = mangle::mangle_module(body);
    let body = &body[..];
    m.unmangled = originals;
    let id = m.reserve_function();
    let spec = stmt::FnSpec {
        name: "<module>",
        qualname: "<module>".into(),
        module: modname,
        file,
        first_line: 1,
        args: None,
        kind: builder::ScopeKind::Module,
        scope: scope::ScopeInfo::default(),
        enclosing: vec![],
        comp_params: vec![],
        is_async: false,
    };
    stmt::build_function(m, &lines, id, spec, stmt::BodyRef::Stmts(body)).map_err(|e| {
        Diagnostic {
            file: shown.to_string(),
            line: e.line,
            col: 1,
            message: e.message,
        }
    })?;
    Ok(id)
}
