//! Lowering of `await`, `async for`, `async with` and asynchronous
//! comprehensions (`async def` itself is a function whose kind is
//! `Coroutine` or `AsyncGenerator`, see `stmt.rs`).
//!
//! `await x` is `yield from get_awaitable(x)` (`Op::GetAwaitable` then
//! `Op::YieldFrom`), so coroutines run on the generator machinery of both
//! executors. An `async for` step awaits the runtime's
//! `__pyaot_anext__(it)`, which returns a private end mark instead of
//! raising StopAsyncIteration, so the loop needs no exception handler:
//! `__pyaot_aend__(item)` tests for the mark and leaves the loop.

use super::builder::{FnBuilder, LoopCtx};
use super::expr::CompKind;
use super::parse::ast::{self, Expr, Stmt};
use super::scope;
use super::LowerError;
use pyaot_ir::*;

type R<T = ()> = Result<T, LowerError>;

impl FnBuilder<'_> {
    /// Call the runtime helper builtin `name` with `args`.
    pub fn async_helper(&mut self, name: &str, args: Vec<Reg>) -> Reg {
        let n = self.name(name);
        let f = self.reg();
        self.emit(Op::LoadBuiltin { dst: f, name: n });
        let r = self.reg();
        self.emit(Op::Call {
            dst: r,
            func: f,
            args,
            kwnames: None,
        });
        r
    }

    /// `yield from it` where `it` is already the awaited iterator.
    pub fn await_iter(&mut self, it: Reg) -> Reg {
        let r = self.reg();
        self.emit(Op::YieldFrom { dst: r, iter: it });
        r
    }

    /// `await v`.
    pub fn await_reg(&mut self, v: Reg) -> Reg {
        let it = self.reg();
        self.emit(Op::GetAwaitable { dst: it, obj: v });
        self.await_iter(it)
    }

    /// Await what `__aexit__` returned (with `async with`'s message when it
    /// is not awaitable).
    pub fn await_aexit(&mut self, res: Reg) -> Reg {
        let it = self.async_helper("__pyaot_aexit_await__", vec![res]);
        self.await_iter(it)
    }

    pub fn await_expr(&mut self, a: &ast::ExprAwait) -> R<Reg> {
        if !matches!(self.f.kind, FuncKind::Coroutine | FuncKind::AsyncGenerator) {
            return Err(self.unsupported(a, "'await' outside async function"));
        }
        let v = self.expr(&a.value)?;
        Ok(self.await_reg(v))
    }

    /// At a loop head: await the next item of the async iterator `it`;
    /// go to `body` with it, or to `exit` when the iterator is exhausted.
    pub fn async_for_next(&mut self, it: Reg, body: BlockId, exit: BlockId) -> Reg {
        let step = self.async_helper("__pyaot_anext__", vec![it]);
        let item = self.await_iter(step);
        let end = self.async_helper("__pyaot_aend__", vec![item]);
        self.terminate(Term::Branch {
            cond: end,
            then: exit,
            els: body,
        });
        item
    }

    pub fn async_for_stmt(&mut self, f: &ast::StmtAsyncFor, s: &Stmt) -> R {
        if !matches!(self.f.kind, FuncKind::Coroutine | FuncKind::AsyncGenerator) {
            return Err(self.unsupported(f, "'async for' outside async function"));
        }
        let v = self.iter_expr(&f.iter)?;
        self.set_line_of(s);
        let it = self.async_helper("__pyaot_aiter__", vec![v]);
        let (head, body, orelse, after) = (
            self.new_block(),
            self.new_block(),
            self.new_block(),
            self.new_block(),
        );
        self.jump(head);
        self.switch_to(head);
        let item = self.async_for_next(it, body, orelse);
        self.switch_to(body);
        self.assign(&f.target, item)?;
        self.loops.push(LoopCtx {
            brk: after,
            cont: head,
            unwind_depth: self.unwind.len(),
        });
        self.stmts(&f.body)?;
        self.loops.pop();
        self.jump(head);
        self.switch_to(orelse);
        self.stmts(&f.orelse)?;
        self.jump(after);
        self.switch_to(after);
        Ok(())
    }
}

/// Is a comprehension asynchronous (CPython: it has an `async for`, or an
/// `await` outside its first iterable, including inside nested
/// non-generator comprehensions, which it awaits)?
pub fn comprehension_is_async(gens: &[ast::Comprehension], kind: &CompKind) -> bool {
    if gens.iter().any(|g| g.is_async) {
        return true;
    }
    let mut exprs: Vec<&Expr> = match kind {
        CompKind::List(e) | CompKind::Set(e) | CompKind::Gen(e) => vec![e],
        CompKind::Dict(k, v) => vec![k, v],
    };
    for (i, g) in gens.iter().enumerate() {
        if i > 0 {
            exprs.push(&g.iter);
        }
        exprs.extend(g.ifs.iter());
    }
    exprs.into_iter().any(has_await)
}

/// Does `e` await (outside nested functions and generator expressions)?
fn has_await(e: &Expr) -> bool {
    match e {
        Expr::Await(_) => true,
        Expr::Lambda(_) => false,
        Expr::GeneratorExp(c) => has_await(&c.generators[0].iter),
        Expr::ListComp(c) => {
            comprehension_is_async(&c.generators, &CompKind::List(&c.elt))
                || has_await(&c.generators[0].iter)
        }
        Expr::SetComp(c) => {
            comprehension_is_async(&c.generators, &CompKind::Set(&c.elt))
                || has_await(&c.generators[0].iter)
        }
        Expr::DictComp(c) => {
            comprehension_is_async(&c.generators, &CompKind::Dict(&c.key, &c.value))
                || has_await(&c.generators[0].iter)
        }
        _ => {
            let mut found = false;
            scope::for_expr_children(e, &mut |c| found |= has_await(c));
            found
        }
    }
}
