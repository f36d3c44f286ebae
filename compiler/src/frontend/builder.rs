//! Building IR functions: blocks, registers, constants and names, and the
//! bookkeeping the lowering needs (current exception handler, loops, and
//! the stack of cleanups that `return`/`break`/`continue` must run).

use super::parse::LineIndex;
use super::scope::ScopeInfo;
use pyaot_ir::*;
use std::collections::{HashMap, HashSet};

/// Module-wide tables shared by every function being lowered.
pub struct ModuleCtx {
    pub module: Module,
    const_map: HashMap<String, ConstId>,
    name_map: HashMap<String, NameId>,
    /// The module being lowered has `from __future__ import annotations`
    /// (annotations are stored as strings, not evaluated).
    pub future_annotations: bool,
    /// Original names of `def`/`class` statements whose bound name was
    /// mangled (see `mangle.rs`), by statement start offset, for the
    /// module being lowered.
    pub unmangled: HashMap<u32, String>,
}

impl ModuleCtx {
    pub fn new(file: &str) -> ModuleCtx {
        ModuleCtx {
            module: Module {
                file: file.to_string(),
                ..Default::default()
            },
            const_map: HashMap::new(),
            name_map: HashMap::new(),
            future_annotations: false,
            unmangled: HashMap::new(),
        }
    }
    pub fn konst(&mut self, c: Const) -> ConstId {
        let key = format!("{c:?}");
        if let Some(id) = self.const_map.get(&key) {
            return *id;
        }
        let id = ConstId(self.module.consts.len() as u32);
        self.module.consts.push(c);
        self.const_map.insert(key, id);
        id
    }
    pub fn name(&mut self, n: &str) -> NameId {
        if let Some(id) = self.name_map.get(n) {
            return *id;
        }
        let id = NameId(self.module.names.len() as u32);
        self.module.names.push(n.to_string());
        self.name_map.insert(n.to_string(), id);
        id
    }
    /// Reserve a function slot (filled by `finish`).
    pub fn reserve_function(&mut self) -> FuncId {
        self.module.functions.push(Function::default());
        FuncId(self.module.functions.len() as u32 - 1)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

/// A cleanup that leaving a region early must perform.
#[derive(Clone)]
pub enum Unwind {
    /// Run a `finally` body (statements lowered again at each exit).
    Finally {
        body: *const [super::parse::ast::Stmt],
        handler: Option<BlockId>,
    },
    /// Leave an `except` clause: restore the previously handled exception.
    RestoreExc {
        saved: Reg,
        handler: Option<BlockId>,
    },
    /// Leave a `with` block: call `exit(None, None, None)` (and await
    /// its result for `async with`).
    WithExit {
        exit: Reg,
        handler: Option<BlockId>,
        is_async: bool,
    },
    /// Leave a `for` loop over a temporary iterator (break or return):
    /// close it if it is a generator, as CPython does when the last
    /// reference to it goes away.
    CloseIter { it: Reg, handler: Option<BlockId> },
}

pub struct LoopCtx {
    pub brk: BlockId,
    pub cont: BlockId,
    pub unwind_depth: usize,
}

pub struct FnBuilder<'m> {
    pub m: &'m mut ModuleCtx,
    pub lines: &'m LineIndex,
    pub f: Function,
    pub cur: BlockId,
    pub terminated: bool,
    pub kind: ScopeKind,
    pub scope: ScopeInfo,
    /// Registers of named locals (for cells: the register holds the cell).
    pub vars: HashMap<String, Reg>,
    pub cell_names: HashSet<String>,
    pub handler: Option<BlockId>,
    pub unwind: Vec<Unwind>,
    pub loops: Vec<LoopCtx>,
    pub line: u32,
    /// The current source range (see `Inst::pos`).
    pub pos: u32,
    /// Interned source ranges of `f.positions`.
    pub pos_map: HashMap<pyaot_ir::Pos, u32>,
    /// Locals of enclosing function scopes (for analysing nested scopes).
    pub enclosing: Vec<HashSet<String>>,
    pub qualname: String,
    /// The function contains `:=`, so operands must be copied out of
    /// variables before later operands are evaluated.
    pub has_walrus: bool,
    pub param_count: usize,
    /// Registers holding the exception of the enclosing `except` clauses
    /// (for bare `raise`).
    pub current_exc: Vec<Reg>,
}

impl<'m> FnBuilder<'m> {
    pub fn new(
        m: &'m mut ModuleCtx,
        lines: &'m LineIndex,
        kind: ScopeKind,
        scope: ScopeInfo,
        enclosing: Vec<HashSet<String>>,
        qualname: String,
    ) -> FnBuilder<'m> {
        let mut f = Function::default();
        f.blocks.push(Block {
            insts: vec![],
            term: Term::Unreachable,
            term_line: 0,
            term_pos: 0,
            handler: None,
        });
        FnBuilder {
            m,
            lines,
            f,
            cur: BlockId(0),
            terminated: false,
            kind,
            scope,
            vars: HashMap::new(),
            cell_names: HashSet::new(),
            handler: None,
            unwind: vec![],
            loops: vec![],
            line: 1,
            pos: 0,
            pos_map: HashMap::new(),
            enclosing,
            qualname,
            has_walrus: false,
            param_count: 0,
            current_exc: vec![],
        }
    }

    pub fn reg(&mut self) -> Reg {
        let r = Reg(self.f.nregs);
        self.f.nregs += 1;
        r
    }

    pub fn new_block(&mut self) -> BlockId {
        self.f.blocks.push(Block {
            insts: vec![],
            term: Term::Unreachable,
            term_line: 0,
            term_pos: 0,
            handler: self.handler,
        });
        BlockId(self.f.blocks.len() as u32 - 1)
    }

    /// Continue emitting into block `b`.
    pub fn switch_to(&mut self, b: BlockId) {
        self.cur = b;
        self.terminated = false;
    }

    pub fn emit(&mut self, op: Op) {
        if self.terminated {
            // Dead code after return/raise/break: give it a fresh block.
            let b = self.new_block();
            self.switch_to(b);
        }
        let line = self.line;
        let pos = self.cur_pos();
        self.f.blocks[self.cur.0 as usize]
            .insts
            .push(Inst { op, line, pos });
    }

    pub fn terminate(&mut self, t: Term) {
        if self.terminated {
            return;
        }
        let b = &mut self.f.blocks[self.cur.0 as usize];
        b.term = t;
        b.term_line = self.line;
        self.terminated = true;
        let pos = self.cur_pos();
        self.f.blocks[self.cur.0 as usize].term_pos = pos;
    }

    pub fn jump(&mut self, b: BlockId) {
        self.terminate(Term::Jump(b));
    }

    pub fn konst(&mut self, c: Const) -> Reg {
        let id = self.m.konst(c);
        let r = self.reg();
        self.emit(Op::Const { dst: r, c: id });
        r
    }
    pub fn none(&mut self) -> Reg {
        self.konst(Const::None)
    }
    pub fn name(&mut self, n: &str) -> NameId {
        self.m.name(n)
    }
    pub fn set_line_of<T: rustpython_parser::ast::Ranged + 'static>(&mut self, node: &T) {
        self.pos = super::positions::intern(self, node);
        self.line = match self.f.pos(self.pos) {
            Some(p) => p.line,
            None => self.lines.line(node.range().start()),
        };
    }

    /// The current source range, if it still belongs to the current line
    /// (code emitted after a bare line change has no range).
    fn cur_pos(&self) -> u32 {
        match self.f.pos(self.pos) {
            Some(p) if p.line == self.line => self.pos,
            _ => 0,
        }
    }

    /// The register of a named local (allocated on first use).
    pub fn var(&mut self, name: &str) -> Reg {
        if let Some(r) = self.vars.get(name) {
            return *r;
        }
        let r = self.reg();
        self.vars.insert(name.to_string(), r);
        self.f.reg_names.push((r, name.to_string()));
        r
    }

    /// Run the cleanups for leaving to unwind depth `depth` (for return,
    /// break and continue), innermost first.
    pub fn emit_unwind(&mut self, depth: usize) -> Result<(), super::LowerError> {
        let saved_stack = self.unwind.clone();
        let saved_handler = self.handler;
        let mut i = self.unwind.len();
        while i > depth {
            i -= 1;
            let action = saved_stack[i].clone();
            self.unwind.truncate(i);
            match action {
                Unwind::Finally { body, handler } => {
                    self.handler = handler;
                    self.reblock();
                    let body: &[super::parse::ast::Stmt] = unsafe { &*body };
                    let r = self.stmts(body);
                    if r.is_err() {
                        self.unwind = saved_stack;
                        self.handler = saved_handler;
                        return r;
                    }
                }
                Unwind::RestoreExc { saved, handler } => {
                    self.handler = handler;
                    self.reblock();
                    self.emit(Op::RestoreExc { saved });
                }
                Unwind::WithExit {
                    exit,
                    handler,
                    is_async,
                } => {
                    self.handler = handler;
                    self.reblock();
                    let n = self.none();
                    let d = self.reg();
                    self.emit(Op::Call {
                        dst: d,
                        func: exit,
                        args: vec![n, n, n],
                        kwnames: None,
                    });
                    if is_async {
                        self.await_aexit(d);
                    }
                }
                Unwind::CloseIter { it, handler } => {
                    self.handler = handler;
                    self.reblock();
                    self.close_iter(it);
                }
            }
        }
        self.unwind = saved_stack;
        self.handler = saved_handler;
        self.reblock();
        Ok(())
    }

    /// Start a new block if the current one's handler differs from the
    /// current handler (handlers are per block).
    pub fn reblock(&mut self) {
        if self.terminated {
            return;
        }
        if self.f.blocks[self.cur.0 as usize].handler != self.handler {
            let b = self.new_block();
            self.jump(b);
            self.switch_to(b);
        }
    }

    /// Finish: the function falls off the end returning None.
    pub fn finish(mut self) -> Result<Function, super::LowerError> {
        if !self.terminated {
            let r = self.none();
            self.emit_unwind(0)?;
            self.terminate(Term::Return(r));
        }
        Ok(self.f)
    }
}
