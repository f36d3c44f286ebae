//! Finding the program's own modules: every `import` statement names a
//! module that is either native to the runtime or a file beside the main
//! program (`a/b.py` or `a/b/__init__.py`); relative imports are resolved
//! against the importing module's package at compile time.

use super::parse::ast::{self, Stmt};
use super::parse::LineIndex;
use super::scope;
use std::path::{Path, PathBuf};

/// A module some import statement asks for.
pub struct Request {
    pub module: String,
    pub file: String,
    pub line: u32,
    /// Inside a `try` body: a missing module is a run-time ImportError.
    pub in_try: bool,
    /// False for guesses (`from pkg import name` where name may be an
    /// attribute rather than a submodule).
    pub required: bool,
}

/// `a.b.c` -> [`a`, `a.b`, `a.b.c`].
pub fn with_parents(name: &str) -> Vec<String> {
    let parts: Vec<&str> = name.split('.').collect();
    (1..=parts.len()).map(|i| parts[..i].join(".")).collect()
}

pub fn find_module(root: &Path, name: &str) -> Option<(PathBuf, bool)> {
    let rel: PathBuf = name.split('.').collect();
    let file = root.join(&rel).with_extension("py");
    if file.is_file() {
        return Some((file, false));
    }
    let init = root.join(&rel).join("__init__.py");
    if init.is_file() {
        return Some((init, true));
    }
    None
}

/// The absolute module a relative import refers to.
pub fn resolve_relative(
    importer: &str,
    is_package: bool,
    module: &str,
    level: u32,
) -> Option<String> {
    if level == 0 {
        return Some(module.to_string());
    }
    let mut parts: Vec<&str> = importer.split('.').collect();
    if !is_package {
        parts.pop();
    }
    for _ in 1..level {
        parts.pop()?;
    }
    if parts.is_empty() || importer == "__main__" {
        return None;
    }
    let base = parts.join(".");
    Some(if module.is_empty() {
        base
    } else {
        format!("{base}.{module}")
    })
}

/// Collect the imports of a module body (including those in functions and
/// classes).
pub fn discover(
    body: &[Stmt],
    importer: &str,
    is_package: bool,
    lines: &LineIndex,
    file: &str,
    out: &mut Vec<Request>,
) {
    for st in body {
        visit(st, importer, is_package, lines, file, false, out);
    }
}

fn visit(
    st: &Stmt,
    importer: &str,
    is_pkg: bool,
    lines: &LineIndex,
    file: &str,
    in_try: bool,
    out: &mut Vec<Request>,
) {
    let line = lines.line(ast::Ranged::range(st).start());
    let mut req = |module: String, required: bool| {
        out.push(Request {
            module,
            file: file.to_string(),
            line,
            in_try,
            required,
        })
    };
    match st {
        Stmt::Import(i) => {
            for a in &i.names {
                req(a.name.to_string(), true);
            }
        }
        Stmt::ImportFrom(i) => {
            let level = i.level.map(|l| l.to_u32()).unwrap_or(0);
            let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
            if let Some(base) = resolve_relative(importer, is_pkg, &module, level) {
                req(base.clone(), true);
                for a in &i.names {
                    if a.name.as_str() != "*" {
                        req(format!("{base}.{}", a.name), false);
                    }
                }
            }
        }
        Stmt::FunctionDef(f) => f
            .body
            .iter()
            .for_each(|s| visit(s, importer, is_pkg, lines, file, in_try, out)),
        Stmt::AsyncFunctionDef(f) => f
            .body
            .iter()
            .for_each(|s| visit(s, importer, is_pkg, lines, file, in_try, out)),
        Stmt::ClassDef(c) => c
            .body
            .iter()
            .for_each(|s| visit(s, importer, is_pkg, lines, file, in_try, out)),
        Stmt::Try(t) => {
            t.body
                .iter()
                .for_each(|s| visit(s, importer, is_pkg, lines, file, true, out));
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                h.body
                    .iter()
                    .for_each(|s| visit(s, importer, is_pkg, lines, file, in_try, out));
            }
            t.orelse
                .iter()
                .for_each(|s| visit(s, importer, is_pkg, lines, file, in_try, out));
            t.finalbody
                .iter()
                .for_each(|s| visit(s, importer, is_pkg, lines, file, in_try, out));
        }
        _ => scope::for_child_stmts(st, &mut |c| {
            visit(c, importer, is_pkg, lines, file, in_try, out)
        }),
    }
}
