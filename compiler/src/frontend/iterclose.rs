//! Closing the iterator a `for` loop owns.
//!
//! CPython frees a loop's iterator as soon as the loop is left, so a
//! generator abandoned by `break`, `return` or an exception runs its
//! `finally` blocks (and `with` exits) right there. pyaot's memory is
//! traced, not reference counted, so a loop whose iterable is a fresh
//! object (a call's result or a generator expression) closes the iterator
//! explicitly on every early exit. Loops over a named iterator leave it
//! alone, since other code may still resume it.

use super::builder::FnBuilder;
use super::parse::ast::Expr;
use pyaot_ir::{BlockId, Op, Reg, Term};

/// Does a loop over `iter` own the iterator it creates? Calls of the
/// builtins that never give a generator (`range`, `enumerate`, ...) are
/// left out, so the common loops carry no cleanup; so is `iter(x)`, which
/// returns `x` itself when `x` is a generator that other code may resume.
/// A shadowed name only loses the early close, which was the behaviour
/// before.
pub fn owns_iterator(iter: &Expr) -> bool {
    match iter {
        Expr::GeneratorExp(_) => true,
        Expr::Call(c) => {
            !matches!(&*c.func, Expr::Name(n) if NO_GENERATOR.contains(&n.id.as_str()))
        }
        _ => false,
    }
}

/// Builtins whose result is never a generator the loop could own.
const NO_GENERATOR: &[&str] = &[
    "range",
    "enumerate",
    "zip",
    "reversed",
    "sorted",
    "iter",
    "map",
    "filter",
    "list",
    "tuple",
    "set",
    "frozenset",
    "dict",
    "str",
    "bytes",
    "bytearray",
];

/// The state saved by [`FnBuilder::guard_loop_body`].
pub struct LoopGuard {
    handler: BlockId,
    pub outer: Option<BlockId>,
}

impl FnBuilder<'_> {
    /// Close iterator `it` if it is an unfinished generator (the hidden
    /// builtin ignores every other kind of iterator).
    pub fn close_iter(&mut self, it: Reg) {
        let n = self.name("__pyaot_close_iter__");
        let f = self.reg();
        self.emit(Op::LoadBuiltin { dst: f, name: n });
        let d = self.reg();
        self.emit(Op::Call {
            dst: d,
            func: f,
            args: vec![it],
            kwnames: None,
        });
    }

    /// Start a loop body whose exceptions close `it` before propagating.
    pub fn guard_loop_body(&mut self) -> LoopGuard {
        let outer = self.handler;
        let handler = self.new_block();
        self.set_handler(Some(handler));
        LoopGuard { handler, outer }
    }

    /// End a guarded loop body: restore the outer handler and emit the
    /// handler block (catch, close `it`, re-raise unchanged).
    pub fn end_loop_guard(&mut self, g: LoopGuard, it: Reg) {
        self.set_handler(g.outer);
        let (prev_cur, prev_term) = (self.cur, self.terminated);
        self.switch_to(g.handler);
        let (e, saved) = (self.reg(), self.reg());
        self.emit(Op::Catch { dst: e, saved });
        let cleanup = self.cleanup_block(saved, g.outer);
        self.set_handler(Some(cleanup));
        self.close_iter(it);
        self.set_handler(g.outer);
        self.emit(Op::RestoreExc { saved });
        self.terminate(Term::Reraise(e));
        self.cur = prev_cur;
        self.terminated = prev_term;
    }
}
