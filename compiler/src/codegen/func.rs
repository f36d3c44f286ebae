//! Lowering one IR function to a Cranelift function: the frame (entry,
//! registers, scratch slot), the error paths, and the terminators.
//!
//! Native signature: `extern "C" fn(func: i64, args: *const i64) -> i64`;
//! `func` is the running function object, `args` the bound arguments
//! (`params.count()` words). A result of 0 means an exception is pending.
//!
//! Every IR register lives in an i64 Cranelift `Variable` (its own, or
//! one shared from a pool while the register is in use, see `vars.rs`), so
//! the SSA builder takes care of merging values at joins, including the
//! edges from failing instructions into exception handlers. Generator
//! functions get a resume-point dispatch instead of the normal entry
//! (`gen.rs`); a class body reads its namespace from its argument word.
//!
//! Error paths are shared per (line, handler): a failing call branches to a
//! cold block that calls `rt_traceback(func_id, line)` and then jumps to
//! the IR block's handler, or to the common exit that calls `rt_leave()`
//! and returns 0. `Term::Reraise` uses the variant without a traceback
//! entry.
//!
//! Blocks are sealed as early as possible (helper blocks at once, IR blocks
//! when their last IR predecessor is lowered, handlers at the end), which
//! keeps SSA construction cheap in big module bodies. `CheckBound` of a
//! register that definite-assignment analysis (`bound.rs`) proves bound
//! emits nothing.

use super::bound::{Bound, Set};
use super::rt::Rt;
use super::Shared;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, Block, BlockArg, ExtFuncData, ExternalName, FuncRef, Function as ClifFunction,
    GlobalValue, InstBuilder, MemFlagsData, StackSlot, StackSlotData, StackSlotKind, TrapCode,
    UserExternalName, Value,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use pyaot_ir::{BlockId, ConstId, Function, Module, NameId, Op, Reg, Term};
use std::collections::BTreeMap;

/// A lowering error: message (the current line is added by the caller).
pub type LResult<T> = Result<T, String>;

pub const NO_ARGS: &[BlockArg] = &[];

/// An error path's key: (traceback (line, pos) or none, handler block).
type ErrKey = (Option<(u32, u32)>, Option<u32>);

pub struct Lower<'a> {
    pub b: FunctionBuilder<'a>,
    pub m: &'a Module,
    pub f: &'a Function,
    pub fid: u32,
    sh: &'a Shared,
    refs: Vec<Option<FuncRef>>,
    /// Each register's variable (None: a block-local register not
    /// currently holding a value; see `vars.rs`).
    vars: Vec<Option<Variable>>,
    /// Per register: `vars::SHARED` or its last occurrence (block, index).
    last: Vec<(u32, u32)>,
    /// The IR block being lowered.
    pub cur_block: u32,
    /// Variables free for block-local registers.
    pool: Vec<Variable>,
    blocks: Vec<Option<Block>>,
    /// Error paths keyed by (traceback line, handler block).
    errs: BTreeMap<ErrKey, Block>,
    exit0: Option<Block>,
    /// The handler of the IR block being lowered.
    pub handler: Option<BlockId>,
    /// The line of the instruction being lowered.
    pub line: u32,
    /// The source range (`Inst::pos`) of the code being lowered.
    pub pos: u32,
    /// The running function object (first native argument).
    pub func_v: Value,
    scratch: StackSlot,
    consts_gv: GlobalValue,
    names_gv: GlobalValue,
    ic_gv: GlobalValue,
    pub fn_type_gv: GlobalValue,
    /// The imported runtime statics (`data::RT_DATA`).
    pub rt_data: [GlobalValue; super::data::RT_DATA.len()],
    /// Definite-assignment facts, and the state at the current point.
    bound: Option<Bound>,
    state: Set,
    /// Generator lowering state (generator functions only).
    pub gen: Option<super::gen::GenCtx>,
    /// The namespace dict of a class body (its only argument word).
    pub locals_v: Option<Value>,
    /// Float speculation (`spec.rs`): the analysis, whether the fast copy
    /// is being lowered, the f64 variables of F registers, the fast
    /// copy's blocks, the generic copy's mid-block entries and the deopt
    /// stubs still to fill, and the F registers written as words by the
    /// current instruction.
    pub spec: Option<super::spec::SpecInfo>,
    pub fast: bool,
    pub fvars: Vec<Option<Variable>>,
    fast_blocks: Vec<Option<Block>>,
    pub deopt_entries: BTreeMap<(u32, u32), Block>,
    pub deopts: BTreeMap<(u32, u32, Vec<u32>), Block>,
    pub pending: Vec<Reg>,
    /// How many times each register is read (reachable code).
    use_count: Vec<u32>,
    /// A `MakeSlice` not materialised because its only use is the next
    /// instruction's item access: (register, lo, hi, step words or 0).
    pub slice_pending: Option<(Reg, [Value; 3])>,
}

/// Lower `f` into `func` (whose signature is already set). On failure,
/// returns the line being lowered and a message.
#[allow(clippy::too_many_arguments)]
pub fn lower(
    func: &mut ClifFunction,
    fctx: &mut FunctionBuilderContext,
    m: &Module,
    f: &Function,
    fid: u32,
    sh: &Shared,
    [consts_gv, names_gv, ic_gv, fn_type_gv]: [GlobalValue; 4],
    rt_data: [GlobalValue; super::data::RT_DATA.len()],
) -> Result<(), (u32, String)> {
    let words = scratch_words(f).max(1) as u32;
    let mut b = FunctionBuilder::new(func, fctx);
    let scratch = b.create_sized_stack_slot(StackSlotData::new(
        StackSlotKind::ExplicitSlot,
        words * 8,
        3,
    ));
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let params = b.block_params(entry).to_vec();
    let mut l = Lower {
        b,
        m,
        f,
        fid,
        sh,
        refs: vec![None; Rt::ALL.len()],
        vars: Vec::new(),
        last: Vec::new(),
        cur_block: 0,
        pool: Vec::new(),
        blocks: Vec::new(),
        errs: BTreeMap::new(),
        exit0: None,
        handler: None,
        line: f.first_line,
        pos: 0,
        func_v: params[0],
        scratch,
        consts_gv,
        names_gv,
        ic_gv,
        fn_type_gv,
        rt_data,
        bound: None,
        state: Set::new(),
        gen: None,
        locals_v: None,
        spec: None,
        fast: false,
        fvars: Vec::new(),
        fast_blocks: Vec::new(),
        deopt_entries: BTreeMap::new(),
        deopts: BTreeMap::new(),
        pending: Vec::new(),
        use_count: Vec::new(),
        slice_pending: None,
    };
    l.run(params[1]).map_err(|e| (l.line, e))?;
    l.b.seal_all_blocks();
    l.b.finalize(sh.frontend);
    Ok(())
}

/// The number of scratch words the function's ops need at most (argument
/// arrays, unpack targets, out-parameters).
fn scratch_words(f: &Function) -> usize {
    let mut n = 1;
    for blk in &f.blocks {
        for inst in &blk.insts {
            let k = match &inst.op {
                Op::Call { args, .. } => args.len(),
                // The receiver goes first (`call_method_ic`).
                Op::CallMethod { args, .. } => args.len() + 1,
                Op::CallLoaded { args, .. } => args.len() + 1,
                Op::BuildTuple { items, .. }
                | Op::BuildList { items, .. }
                | Op::BuildSet { items, .. }
                | Op::BuildDict { items, .. } => items.len(),
                Op::BuildString { parts, .. } => parts.len(),
                Op::BuildClass { bases, .. } => bases.len(),
                Op::Unpack { dsts, .. } => dsts.len(),
                _ => 0,
            };
            n = n.max(k);
        }
    }
    n
}

/// IR blocks reachable from the entry (by normal or exceptional edges).
pub(super) fn reachable(f: &Function) -> LResult<Vec<bool>> {
    let n = f.blocks.len();
    let mut seen = vec![false; n];
    let mut stack = vec![0usize];
    while let Some(i) = stack.pop() {
        if i >= n {
            return Err(format!("reference to missing block b{i}"));
        }
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        let blk = &f.blocks[i];
        stack.extend(blk.term.successors().iter().map(|b| b.0 as usize));
        stack.extend(blk.handler.iter().map(|b| b.0 as usize));
    }
    Ok(seen)
}

impl<'a> Lower<'a> {
    fn run(&mut self, args_v: Value) -> LResult<()> {
        let f = self.f;
        if f.blocks.is_empty() {
            return Err("function has no blocks".into());
        }
        let nparams = f.params.count();
        if nparams > f.nregs as usize {
            return Err(format!(
                "{nparams} parameters but only {} registers",
                f.nregs
            ));
        }
        let live = reachable(f)?;
        self.bound = Bound::analyze(f, &live);
        self.blocks = live
            .iter()
            .map(|&r| if r { Some(self.b.create_block()) } else { None })
            .collect();

        self.use_count = vec![0; f.nregs as usize];
        for (blk, _) in f.blocks.iter().zip(&live).filter(|(_, l)| **l) {
            let mut count = |r: Reg| {
                if let Some(c) = self.use_count.get_mut(r.0 as usize) {
                    *c += 1;
                }
            };
            for inst in &blk.insts {
                super::live::uses(&inst.op, &mut count);
            }
            super::live::term_uses(&blk.term, &mut count);
        }
        let spec = super::spec::analyze(f, self.m, &live, self.bound.as_ref());
        self.last = if spec.is_some() {
            // Both copies share every register's variable: no pooling.
            vec![super::vars::SHARED; f.nregs as usize]
        } else {
            super::vars::pooled_last(f, &live)
        };
        for i in 0..f.nregs as usize {
            let var = if self.last[i] == super::vars::SHARED {
                Some(self.b.declare_var(types::I64))
            } else {
                None
            };
            self.vars.push(var);
        }
        if f.kind.is_resumable() {
            // A resume function: dispatch on the resume point.
            let points = super::live::resume_points(f, &live);
            self.gen_entry(args_v, points)?;
        } else {
            self.normal_entry(args_v);
        }
        if let Some(spec) = spec {
            self.fvars = spec
                .is_f
                .iter()
                .map(|&x| x.then(|| self.b.declare_var(types::F64)))
                .collect();
            self.fast_blocks = live
                .iter()
                .map(|&r| if r { Some(self.b.create_block()) } else { None })
                .collect();
            self.spec = Some(spec);
            self.fast = true;
            // Parameters in F are unboxed at entry.
            let nparams = f.params.count();
            self.pending = (0..nparams as u32)
                .map(Reg)
                .filter(|r| self.is_f(*r))
                .collect();
            self.flush_pending(0, 0)?;
            let b0 = self.block(BlockId(0))?;
            self.b.ins().jump(b0, NO_ARGS);
            self.lower_blocks(&live)?;
            self.fill_deopts()?;
            self.fast = false;
        } else {
            let b0 = self.block(BlockId(0))?;
            self.b.ins().jump(b0, NO_ARGS);
        }
        self.lower_blocks(&live)?;
        self.emit_exit0();
        Ok(())
    }

    /// Entry of a normal function: rt_enter(), then bind the arguments and
    /// clear the other registers.
    fn normal_entry(&mut self, args_v: Value) {
        let f = self.f;
        let nparams = f.params.count();
        let r = self.inline_enter();
        let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        let (fail, init) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(fail);
        self.b.ins().brif(failed, fail, NO_ARGS, init, NO_ARGS);
        self.enter(fail);
        let z = self.zero();
        self.b.ins().return_(&[z]);
        self.enter(init);
        let zero = self.zero();
        let flags = MemFlagsData::trusted();
        if f.kind == pyaot_ir::FuncKind::ClassBody {
            self.locals_v = Some(self.b.ins().load(types::I64, flags, args_v, 0));
        }
        for i in 0..f.nregs as usize {
            let v = if i < nparams {
                self.b.ins().load(types::I64, flags, args_v, (i * 8) as i32)
            } else {
                zero
            };
            if let Some(var) = self.vars[i] {
                self.b.def_var(var, v);
            }
        }
    }

    /// Lower every reachable IR block (`live`), sealing blocks early.
    fn lower_blocks(&mut self, live: &[bool]) -> LResult<()> {
        let f = self.f;

        // An IR block is sealed once all its IR predecessors are lowered;
        // handlers also have edges from the error paths (emitted last), so
        // they are sealed at the end.
        let succs = |blk: &pyaot_ir::Block| {
            let mut v: Vec<usize> = blk.term.successors().iter().map(|b| b.0 as usize).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let mut is_handler = vec![false; f.blocks.len()];
        let mut preds_left = vec![0u32; f.blocks.len()];
        for (blk, _) in f.blocks.iter().zip(live).filter(|(_, l)| **l) {
            if let Some(h) = blk.handler {
                is_handler[h.0 as usize] = true;
            }
            for s in succs(blk) {
                preds_left[s] += 1;
            }
        }
        let blocks = if self.fast {
            self.fast_blocks.clone()
        } else {
            self.blocks.clone()
        };
        for (i, cb) in blocks.iter().enumerate() {
            if let Some(cb) = cb {
                if preds_left[i] == 0 && !is_handler[i] {
                    self.b.seal_block(*cb);
                }
            }
        }
        for (i, blk) in f.blocks.iter().enumerate() {
            let Some(cb) = blocks[i] else { continue };
            self.b.switch_to_block(cb);
            self.cur_block = i as u32;
            if let Some(bound) = &self.bound {
                self.state = bound.entry(i);
            }
            self.lower_block(blk)?;
            for s in succs(blk) {
                preds_left[s] -= 1;
                if preds_left[s] == 0 && !is_handler[s] {
                    let sb = self.block(BlockId(s as u32))?;
                    self.b.seal_block(sb);
                }
            }
        }
        self.emit_error_paths()
    }

    fn lower_block(&mut self, blk: &pyaot_ir::Block) -> LResult<()> {
        self.handler = blk.handler;
        let insts = &blk.insts[..];
        let n = insts.len() as u32;
        // Fuse a trailing comparison with the branch that tests it (unless
        // a deopt stub enters the generic copy between the two).
        let entry_before_term = self.deopt_entries.contains_key(&(self.cur_block, n));
        if let (Some(last), Term::Branch { cond, then, els }) = (insts.last(), &blk.term) {
            if let Op::Compare { dst, op, a, b } = &last.op {
                if dst == cond && super::fast::fusable(*op) && !entry_before_term {
                    for j in 0..insts.len() - 1 {
                        self.lower_inst(j, insts)?;
                    }
                    self.split_at(n - 1);
                    (self.line, self.pos) = (last.line, last.pos);
                    let term = (blk.term_line, blk.term_pos);
                    if !(self.fast
                        && self.spec_compare_branch(*dst, *op, *a, *b, *then, *els, n - 1)?)
                    {
                        self.compare_branch(*dst, *op, *a, *b, *then, *els, term)?;
                    }
                    self.release(&last.op, insts.len() - 1);
                    self.free_var(*cond, insts.len());
                    return Ok(());
                }
            }
        }
        for j in 0..insts.len() {
            self.lower_inst(j, insts)?;
        }
        self.split_at(n);
        (self.line, self.pos) = (blk.term_line, blk.term_pos);
        self.lower_term(&blk.term)?;
        // Block-local registers read by the terminator are dead now.
        let mut done = Vec::new();
        super::live::term_uses(&blk.term, |r| done.push(r));
        for r in done {
            self.free_var(r, insts.len());
        }
        Ok(())
    }

    /// Lower instruction `j` of the current block.
    fn lower_inst(&mut self, j: usize, insts: &[pyaot_ir::Inst]) -> LResult<()> {
        let inst = &insts[j];
        self.split_at(j as u32);
        (self.line, self.pos) = (inst.line, inst.pos);
        if let Some(next) = insts.get(j + 1) {
            if self.defer_slice(&inst.op, &next.op)? {
                self.after_op(&inst.op);
                return Ok(());
            }
        }
        if self.slice_pending.is_some() && self.slice_item(&inst.op)? {
            // Fused with the preceding `MakeSlice`.
        } else if !(self.fast && self.spec_op(&inst.op, j as u32)?) {
            self.lower_op(&inst.op)?;
        }
        if self.fast {
            self.flush_pending(self.cur_block, j as u32 + 1)?;
        }
        self.after_op(&inst.op);
        self.release(&inst.op, j);
        Ok(())
    }

    /// A `MakeSlice` whose register is read once, by the next
    /// instruction's `GetItem`/`SetItem` key: keep its parts for
    /// `slice_item` instead of allocating the slice (true if deferred).
    fn defer_slice(&mut self, op: &Op, next: &Op) -> LResult<bool> {
        let Op::MakeSlice { dst, lo, hi, step } = op else {
            return Ok(false);
        };
        let key = match next {
            Op::GetItem { key, .. } | Op::SetItem { key, .. } => *key,
            _ => return Ok(false),
        };
        if key != *dst || self.use_count.get(dst.0 as usize) != Some(&1) {
            return Ok(false);
        }
        // The generic copy must not be entered between the two.
        let j_next = self.deopt_entries.keys().any(|&(b, _)| b == self.cur_block);
        if !self.fast && j_next {
            return Ok(false);
        }
        let parts = [self.get_opt(*lo)?, self.get_opt(*hi)?, self.get_opt(*step)?];
        self.slice_pending = Some((*dst, parts));
        Ok(true)
    }

    /// Return the variables of block-local registers whose last
    /// occurrence is instruction `j` (this `op`) to the pool.
    fn release(&mut self, op: &Op, j: usize) {
        let mut regs = Vec::new();
        super::vars::each_reg(op, |r| regs.push(r));
        for r in regs {
            self.free_var(r, j);
        }
    }

    fn free_var(&mut self, r: Reg, j: usize) {
        let i = r.0 as usize;
        if self.last.get(i) == Some(&(self.cur_block, j as u32)) {
            if let Some(var) = self.vars[i].take() {
                self.pool.push(var);
            }
        }
    }

    fn lower_term(&mut self, t: &Term) -> LResult<()> {
        match t {
            Term::Jump(to) => {
                let to = self.block(*to)?;
                self.b.ins().jump(to, NO_ARGS);
            }
            Term::Branch { cond, then, els } => {
                let v = self.get(*cond)?;
                let (then, els) = (self.block(*then)?, self.block(*els)?);
                self.branch_on(v, then, els);
            }
            Term::Return(r) => {
                let v = self.get(*r)?;
                if self.gen.is_some() {
                    return self.gen_return(v);
                }
                self.inline_leave();
                self.b.ins().return_(&[v]);
            }
            Term::Raise { exc, cause } => {
                let e = self.get_opt(*exc)?;
                let c = self.get_opt(*cause)?;
                self.call(Rt::Raise, &[e, c]);
                let err = self.err_block(true);
                self.b.ins().jump(err, NO_ARGS);
            }
            Term::Reraise(r) => {
                let e = self.get(*r)?;
                self.call(Rt::Reraise, &[e]);
                let err = self.err_block(false);
                self.b.ins().jump(err, NO_ARGS);
            }
            Term::ForIter {
                iter,
                dst,
                body,
                exit,
            } => {
                let it = self.get(*iter)?;
                let (body, exit) = (self.block(*body)?, self.block(*exit)?);
                let (item, slow) = (self.b.create_block(), self.b.create_block());
                self.b.append_block_param(item, types::I64);
                self.range_step(it, item, slow, exit);
                self.enter(slow);
                let out = self.scratch_addr();
                let r = self.call(Rt::ForIter, &[it, out]).unwrap();
                let other = self.b.create_block();
                let is_item = self.b.ins().icmp_imm_s(IntCC::Equal, r, 1);
                let v = self.read_scratch(0);
                self.b
                    .ins()
                    .brif(is_item, item, &[v.into()], other, NO_ARGS);
                self.enter(item);
                let v = self.b.block_params(item)[0];
                self.set(*dst, v)?;
                if let Term::ForIter { body: ir_body, .. } = t {
                    self.flush_pending(ir_body.0, 0)?;
                }
                self.b.ins().jump(body, NO_ARGS);
                self.enter(other);
                let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
                let err = self.err_block(true);
                self.b.ins().brif(failed, err, NO_ARGS, exit, NO_ARGS);
            }
            Term::Unreachable => {
                self.b.ins().trap(TrapCode::unwrap_user(1));
            }
        }
        Ok(())
    }

    /// Fill in the shared error blocks requested while lowering.
    fn emit_error_paths(&mut self) -> LResult<()> {
        let errs = std::mem::take(&mut self.errs);
        for ((line, handler), blk) in errs {
            self.b.switch_to_block(blk);
            if let Some((line, pos)) = line {
                let (fid, line, pos) = (self.u32c(self.fid), self.u32c(line), self.u32c(pos));
                self.call(Rt::Traceback, &[fid, line, pos]);
            }
            let to = match handler {
                Some(h) => self.block(BlockId(h))?,
                None => self.exit0(),
            };
            self.b.ins().jump(to, NO_ARGS);
        }
        Ok(())
    }

    /// Fill in the common exit that returns 0 (exception pending).
    fn emit_exit0(&mut self) {
        if let Some(exit) = self.exit0 {
            self.b.switch_to_block(exit);
            if self.gen.is_none() {
                self.inline_leave();
            }
            let z = self.zero();
            self.b.ins().return_(&[z]);
        }
    }

    fn exit0(&mut self) -> Block {
        *self.exit0.get_or_insert_with(|| {
            let b = self.b.create_block();
            self.b.set_cold_block(b);
            b
        })
    }

    /// The error path for the current line and handler; `traceback` says
    /// whether it appends a traceback entry.
    pub fn err_block(&mut self, traceback: bool) -> Block {
        let key = (
            traceback.then_some((self.line, self.pos)),
            self.handler.map(|h| h.0),
        );
        if let Some(b) = self.errs.get(&key) {
            return *b;
        }
        let b = self.b.create_block();
        self.b.set_cold_block(b);
        self.errs.insert(key, b);
        b
    }

    // ---- helpers -------------------------------------------------------

    /// Track definite assignment across `op`.
    fn after_op(&mut self, op: &Op) {
        if let Some(bound) = &self.bound {
            bound.transfer(op, &mut self.state);
        }
    }

    /// Is `r` certainly bound here (so `CheckBound` needs no code)?
    pub fn known_bound(&self, r: Reg) -> bool {
        self.bound
            .as_ref()
            .is_some_and(|b| b.is_bound(&self.state, r))
    }

    /// Switch to a fresh block whose predecessors are all known (every
    /// block except IR blocks and error paths), sealing it at once: early
    /// sealing keeps SSA construction linear in big functions.
    pub fn enter(&mut self, b: Block) {
        self.b.switch_to_block(b);
        self.b.seal_block(b);
    }

    /// A Cranelift reference to runtime function `f` (imported on first use).
    fn rt(&mut self, f: Rt) -> FuncRef {
        if let Some(r) = self.refs[f.index()] {
            return r;
        }
        let func = &mut *self.b.func;
        let signature = func.import_signature(self.sh.rt_sigs[f.index()].clone());
        let name = func.declare_imported_user_function(UserExternalName {
            namespace: 0,
            index: self.sh.rt_ids[f.index()].as_u32(),
        });
        let r = func.import_function(ExtFuncData {
            name: ExternalName::user(name),
            signature,
            colocated: true,
            patchable: false,
        });
        self.refs[f.index()] = Some(r);
        r
    }

    /// Call `f` without checking for errors; returns its result, if any.
    pub fn call(&mut self, f: Rt, args: &[Value]) -> Option<Value> {
        let fr = self.rt(f);
        let inst = self.b.ins().call(fr, args);
        self.b.inst_results(inst).first().copied()
    }

    /// Call a runtime function returning a value word; 0 takes the error path.
    pub fn call_v(&mut self, f: Rt, args: &[Value]) -> Value {
        let v = self
            .call(f, args)
            .expect("value-returning runtime function");
        self.check_nonzero(v);
        v
    }

    /// Call a runtime function returning an i32 status; negative is an error.
    pub fn call_s(&mut self, f: Rt, args: &[Value]) -> Value {
        let r = self
            .call(f, args)
            .expect("status-returning runtime function");
        let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        let (ok, err) = (self.b.create_block(), self.err_block(true));
        self.b.ins().brif(failed, err, NO_ARGS, ok, NO_ARGS);
        self.enter(ok);
        r
    }

    /// Continue if `v` is nonzero, else take the error path.
    pub fn check_nonzero(&mut self, v: Value) {
        let (ok, err) = (self.b.create_block(), self.err_block(true));
        self.b.ins().brif(v, ok, NO_ARGS, err, NO_ARGS);
        self.enter(ok);
    }

    /// The variable holding `r`; a block-local register gets one from the
    /// pool when `assign` (a write) and it has none.
    fn var(&mut self, r: Reg, assign: bool) -> LResult<Variable> {
        let Some(slot) = self.vars.get_mut(r.0 as usize) else {
            return Err(format!(
                "register {r} out of range (function has {})",
                self.vars.len()
            ));
        };
        match *slot {
            Some(v) => Ok(v),
            None if assign => {
                let v = match self.pool.pop() {
                    Some(v) => v,
                    None => self.b.declare_var(types::I64),
                };
                self.vars[r.0 as usize] = Some(v);
                Ok(v)
            }
            None => Err(format!(
                "internal: block-local register {r} read before written"
            )),
        }
    }

    pub fn get(&mut self, r: Reg) -> LResult<Value> {
        if self.is_f(r) {
            // The fast copy keeps F registers unboxed: box on demand.
            let var = self.fvars[r.0 as usize].expect("float variable");
            let f = self.b.use_var(var);
            return Ok(self.box_f(f));
        }
        let var = self.var(r, false)?;
        Ok(self.b.use_var(var))
    }

    /// The i64 variable of register `r` (which must have one).
    pub fn var_of(&mut self, r: Reg) -> LResult<Variable> {
        self.var(r, false)
    }

    /// The register's value, or 0 for an absent operand.
    pub fn get_opt(&mut self, r: Option<Reg>) -> LResult<Value> {
        match r {
            Some(r) => self.get(r),
            None => Ok(self.zero()),
        }
    }

    pub fn get_all(&mut self, rs: &[Reg]) -> LResult<Vec<Value>> {
        rs.iter().map(|r| self.get(*r)).collect()
    }

    pub fn set(&mut self, r: Reg, v: Value) -> LResult<()> {
        let var = self.var(r, true)?;
        self.b.def_var(var, v);
        if self.is_f(r) && !self.pending.contains(&r) {
            // Unboxed after the instruction (`spec::flush_pending`).
            self.pending.push(r);
        }
        Ok(())
    }

    /// The Cranelift block of IR block `id` in the copy being lowered.
    pub fn block(&self, id: BlockId) -> LResult<Block> {
        if self.fast {
            return match self.fast_blocks.get(id.0 as usize) {
                Some(Some(b)) => Ok(*b),
                _ => Err(format!("internal: block {id} not lowered")),
            };
        }
        self.generic_block(id)
    }

    /// The Cranelift block of IR block `id` in the generic copy.
    pub fn generic_block(&self, id: BlockId) -> LResult<Block> {
        match self.blocks.get(id.0 as usize) {
            Some(Some(b)) => Ok(*b),
            Some(None) => Err(format!("internal: block {id} not lowered")),
            None => Err(format!("reference to missing block {id}")),
        }
    }

    pub fn zero(&mut self) -> Value {
        self.b.ins().iconst(types::I64, 0)
    }

    pub fn u32c(&mut self, x: u32) -> Value {
        self.b.ins().iconst(types::I32, x as i64)
    }

    pub fn i64c(&mut self, x: i64) -> Value {
        self.b.ins().iconst(types::I64, x)
    }

    /// Load entry `idx` of a start-up-initialised table. The tables never
    /// change once the program runs, so the load is pure (GVN, hoisting).
    fn table_load(&mut self, gv: GlobalValue, idx: u32) -> Value {
        let base = self.b.ins().symbol_value(types::I64, gv);
        let flags = MemFlagsData::trusted().with_readonly().with_can_move();
        self.b.ins().load(types::I64, flags, base, (idx as i32) * 8)
    }

    /// The address of a fresh inline-cache slot (`data::IC_WORDS` words).
    pub fn ic_slot(&mut self) -> Value {
        let n = self.sh.ic_next.get();
        self.sh.ic_next.set(n + 1);
        let base = self.b.ins().symbol_value(types::I64, self.ic_gv);
        self.b
            .ins()
            .iadd_imm_s(base, (n as usize * super::data::IC_WORDS * 8) as i64)
    }

    /// The object for constant `c`.
    pub fn const_word(&mut self, c: ConstId) -> LResult<Value> {
        if c.0 as usize >= self.m.consts.len() {
            return Err(format!("constant #{} out of range", c.0));
        }
        // Small ints and immediate floats are words known at compile time:
        // an `iconst` lets the inline paths fold their tag checks.
        match self.m.consts[c.0 as usize] {
            pyaot_ir::Const::Int(i) if (-(1i64 << 62)..(1i64 << 62)).contains(&i) => {
                return Ok(self.i64c((i << 1) | 1));
            }
            pyaot_ir::Const::Float(f) => {
                if let Some(w) = super::float::imm_word(f) {
                    return Ok(self.i64c(w));
                }
            }
            _ => {}
        }
        Ok(self.table_load(self.consts_gv, c.0))
    }

    /// The interned str for name `n`.
    pub fn name_word(&mut self, n: NameId) -> LResult<Value> {
        if n.0 as usize >= self.m.names.len() {
            return Err(format!("name #{} out of range", n.0));
        }
        Ok(self.table_load(self.names_gv, n.0))
    }

    pub fn true_word(&mut self) -> Value {
        self.table_load(self.consts_gv, self.sh.true_const)
    }

    pub fn false_word(&mut self) -> Value {
        self.table_load(self.consts_gv, self.sh.false_const)
    }

    /// The bool object for an i8 condition.
    pub fn bool_word(&mut self, c: Value) -> Value {
        let (t, f) = (self.true_word(), self.false_word());
        self.b.ins().select(c, t, f)
    }

    /// Store `vals` into the scratch slot and return its address.
    pub fn write_scratch(&mut self, vals: &[Value]) -> Value {
        for (i, v) in vals.iter().enumerate() {
            self.b
                .ins()
                .stack_store(types::I64, *v, self.scratch, (i * 8) as i32);
        }
        self.scratch_addr()
    }

    pub fn scratch_addr(&mut self) -> Value {
        self.b.ins().stack_addr(types::I64, self.scratch, 0)
    }

    pub fn read_scratch(&mut self, i: usize) -> Value {
        self.b
            .ins()
            .stack_load(types::I64, types::I64, self.scratch, (i * 8) as i32)
    }
}
