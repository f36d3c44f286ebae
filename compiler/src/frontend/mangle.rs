//! Private name mangling, as CPython's compiler does it: inside a class
//! body (and every function nested in it), an identifier `__x` that does
//! not end in `__` becomes `_Class__x`, with the class name stripped of
//! leading underscores. It applies to variable names, attribute names,
//! parameters, `global`/`nonlocal` declarations, `except ... as` targets
//! and the names `def`/`class` bind; keyword argument names in calls are
//! left alone (as in CPython).
//!
//! The rewrite runs on the AST of a whole module before scope analysis,
//! so every later stage sees the mangled names. A `def __f` or
//! `class __C` keeps its own name for `__name__`/`__qualname__`: the
//! original names are returned in a table keyed by the statement's start
//! offset.

use super::parse::ast::{self, Stmt};
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::Identifier;
use rustpython_parser::text_size::TextRange;
use std::collections::HashMap;

/// `name` as written inside class `class` (CPython's `_Py_Mangle`).
pub fn mangle(class: &str, name: &str) -> Option<String> {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return None;
    }
    Some(format!("_{stripped}{name}"))
}

struct Mangler {
    /// Names of the enclosing classes, innermost last.
    classes: Vec<String>,
    /// Original names of renamed `def`/`class` statements.
    originals: HashMap<u32, String>,
}

impl Mangler {
    fn id(&self, id: Identifier) -> Identifier {
        match self.classes.last().and_then(|c| mangle(c, id.as_str())) {
            Some(m) => Identifier::new(m),
            None => id,
        }
    }

    /// Rename a binding `def`/`class` name, remembering the original.
    fn binding(&mut self, id: Identifier, range: TextRange) -> Identifier {
        let new = self.id(id.clone());
        if new.as_str() != id.as_str() {
            self.originals
                .insert(u32::from(range.start()), id.as_str().to_string());
        }
        new
    }
}

type Res<T> = Result<T, std::convert::Infallible>;

impl Fold<TextRange> for Mangler {
    type TargetU = TextRange;
    type Error = std::convert::Infallible;
    type UserContext = ();

    fn will_map_user(&mut self, _user: &TextRange) {}
    fn map_user(&mut self, user: TextRange, _context: ()) -> Res<TextRange> {
        Ok(user)
    }

    fn fold_expr_name(&mut self, mut node: ast::ExprName) -> Res<ast::ExprName> {
        node.id = self.id(node.id);
        Ok(node)
    }

    fn fold_expr_attribute(&mut self, node: ast::ExprAttribute) -> Res<ast::ExprAttribute> {
        let mut node = fold::fold_expr_attribute(self, node)?;
        node.attr = self.id(node.attr);
        Ok(node)
    }

    fn fold_arg(&mut self, node: ast::Arg) -> Res<ast::Arg> {
        let mut node = fold::fold_arg(self, node)?;
        node.arg = self.id(node.arg);
        Ok(node)
    }

    fn fold_stmt_global(&mut self, mut node: ast::StmtGlobal) -> Res<ast::StmtGlobal> {
        node.names = node.names.into_iter().map(|n| self.id(n)).collect();
        Ok(node)
    }

    fn fold_stmt_nonlocal(&mut self, mut node: ast::StmtNonlocal) -> Res<ast::StmtNonlocal> {
        node.names = node.names.into_iter().map(|n| self.id(n)).collect();
        Ok(node)
    }

    fn fold_excepthandler_except_handler(
        &mut self,
        node: ast::ExceptHandlerExceptHandler,
    ) -> Res<ast::ExceptHandlerExceptHandler> {
        let mut node = fold::fold_excepthandler_except_handler(self, node)?;
        node.name = node.name.map(|n| self.id(n));
        Ok(node)
    }

    fn fold_stmt_function_def(&mut self, node: ast::StmtFunctionDef) -> Res<ast::StmtFunctionDef> {
        let mut node = fold::fold_stmt_function_def(self, node)?;
        node.name = self.binding(node.name, node.range);
        Ok(node)
    }

    fn fold_stmt_async_function_def(
        &mut self,
        node: ast::StmtAsyncFunctionDef,
    ) -> Res<ast::StmtAsyncFunctionDef> {
        let mut node = fold::fold_stmt_async_function_def(self, node)?;
        node.name = self.binding(node.name, node.range);
        Ok(node)
    }

    fn fold_stmt_class_def(&mut self, node: ast::StmtClassDef) -> Res<ast::StmtClassDef> {
        let ast::StmtClassDef {
            range,
            name,
            bases,
            keywords,
            body,
            decorator_list,
            type_params,
        } = node;
        let bases = fold::Foldable::fold(bases, self)?;
        let keywords = fold::Foldable::fold(keywords, self)?;
        let decorator_list = fold::Foldable::fold(decorator_list, self)?;
        self.classes.push(name.as_str().to_string());
        let body = fold::Foldable::fold(body, self);
        self.classes.pop();
        let name = self.binding(name, range);
        Ok(ast::StmtClassDef {
            range,
            name,
            bases,
            keywords,
            body: body?,
            decorator_list,
            type_params,
        })
    }
}

/// Mangle the private names of a module's classes. Returns the rewritten
/// body and the original names of renamed `def`/`class` statements.
pub fn mangle_module(body: &[Stmt]) -> (Vec<Stmt>, HashMap<u32, String>) {
    let mut m = Mangler {
        classes: vec![],
        originals: HashMap::new(),
    };
    let out = body
        .iter()
        .cloned()
        .map(|s| match m.fold_stmt(s) {
            Ok(s) => s,
            Err(e) => match e {},
        })
        .collect();
    (out, m.originals)
}
