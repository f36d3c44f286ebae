//! Native generators: a generator function is compiled to a *resume
//! function* `extern "C" fn(func, state: *mut NativeState) -> Value`, a
//! state machine over its yield points (the runtime side is
//! `runtime/src/generator.rs`, which owns the `NativeState` layout below).
//!
//! Every `Yield`/`YieldFrom` of a reachable block is a resume point,
//! numbered from 1 in lowering order (block order, then instruction order).
//! The entry block loads `state.resume` and dispatches with a `br_table`:
//! 0 starts the body (parameters come from the register file), k resumes
//! after point k. At a suspension, the registers that are live across the
//! yield (see `live.rs`) are spilled to the register file
//! `state.regs`, `state.resume` is set to k and the yielded value is
//! returned; the resume block reloads them. A `return` stores `DONE` in
//! `state.resume`; an exception returns 0. The resume function never calls
//! `rt_enter`/`rt_leave`: the runtime does that around each resumption.
//!
//! Resuming a point reads `state.mode`: 0 delivers `state.sent` (the value
//! of the `yield`, or the value sent on into a `yield from` delegate), 1
//! raises the pending exception at the yield's line (`throw`/`close`, with
//! the traceback entry and handler the VM would use), and 2 completes a
//! `yield from` with `state.sent` as its result (the delegate returned
//! while the runtime threw into it).

use super::func::{LResult, Lower, NO_ARGS};
use super::rt::Rt;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, Block, BlockArg, InstBuilder, JumpTableData, MemFlagsData, Value,
};
use pyaot_ir::{Function, Op, Reg};

/// Byte offsets of the `NativeState` fields.
const REGS: i32 = 0;
const RESUME: i32 = 8;
const SENT: i32 = 16;
const MODE: i32 = 24;
const DELEGATE: i32 = 32;
/// `state.resume` once the generator has returned.
const DONE: i64 = -1;

/// Per-function state of a generator's lowering.
pub struct GenCtx {
    /// The `NativeState` pointer (second native argument).
    pub state: Value,
    /// The block that resumes point k is `resumes[k - 1]`.
    resumes: Vec<Block>,
    /// Resume points lowered so far.
    next: usize,
    /// Registers to spill at (and reload after) each resume point, in order.
    pub live: Vec<Vec<Reg>>,
}

/// The number of resume points of `f` among the blocks marked `live`.
pub fn count_points(f: &Function, live: &[bool]) -> usize {
    f.blocks
        .iter()
        .zip(live)
        .filter(|(_, l)| **l)
        .flat_map(|(b, _)| &b.insts)
        .filter(|i| matches!(i.op, Op::Yield { .. } | Op::YieldFrom { .. }))
        .count()
}

fn mem() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl Lower<'_> {
    /// The generator entry: dispatch on `state.resume`. `live[k - 1]` lists
    /// the registers to keep across resume point k.
    pub fn gen_entry(&mut self, state: Value, live: Vec<Vec<Reg>>) -> LResult<()> {
        let start = self.b.create_block();
        let bad = self.b.create_block();
        self.b.set_cold_block(bad);
        let resumes: Vec<Block> = (0..live.len()).map(|_| self.b.create_block()).collect();
        let idx = self.b.ins().load(types::I64, mem(), state, RESUME);
        let idx = self.b.ins().ireduce(types::I32, idx);
        let dfg = &mut self.b.func.dfg;
        let def = dfg.block_call(bad, NO_ARGS);
        let mut calls = vec![dfg.block_call(start, NO_ARGS)];
        for r in &resumes {
            calls.push(dfg.block_call(*r, NO_ARGS));
        }
        let jt = self.b.create_jump_table(JumpTableData::new(def, &calls));
        self.b.ins().br_table(idx, jt);
        for r in &resumes {
            self.b.seal_block(*r);
        }
        self.enter(bad);
        self.b
            .ins()
            .trap(cranelift_codegen::ir::TrapCode::unwrap_user(2));

        // Start: the parameters are in the register file, the rest unbound.
        self.enter(start);
        let regs = self.b.ins().load(types::I64, mem(), state, REGS);
        let nparams = self.f.params.count();
        let zero = self.zero();
        for i in 0..self.f.nregs as usize {
            let v = if i < nparams {
                self.b.ins().load(types::I64, mem(), regs, (i * 8) as i32)
            } else {
                zero
            };
            self.set(Reg(i as u32), v)?;
        }
        self.gen = Some(GenCtx {
            state,
            resumes,
            next: 0,
            live,
        });
        // A throw into an unstarted generator raises before the first
        // instruction, where the VM raises it (block 0, its terminator line).
        let b0 = &self.f.blocks[0];
        let (line, pos, handler) = (self.line, self.pos, self.handler);
        (self.line, self.pos, self.handler) = (b0.term_line, b0.term_pos, b0.handler);
        let mode = self.b.ins().load(types::I64, mem(), state, MODE);
        let (ok, err) = (self.b.create_block(), self.err_block(true));
        self.b.ins().brif(mode, err, NO_ARGS, ok, NO_ARGS);
        self.enter(ok);
        (self.line, self.pos, self.handler) = (line, pos, handler);
        Ok(())
    }

    fn gen_state(&self) -> LResult<Value> {
        self.gen
            .as_ref()
            .map(|g| g.state)
            .ok_or_else(|| "internal: yield outside a generator".to_string())
    }

    /// Take the next resume point: (k, its resume block, its live registers).
    fn next_point(&mut self) -> LResult<(usize, Block, Vec<Reg>)> {
        let g = self
            .gen
            .as_mut()
            .ok_or("internal: yield outside a generator")?;
        let k = g.next;
        let blk = *g
            .resumes
            .get(k)
            .ok_or("internal: more resume points than counted")?;
        g.next += 1;
        Ok((k + 1, blk, g.live[k].clone()))
    }

    /// Spill `live` to the register file, record point `k` and return `v`.
    fn suspend(&mut self, k: usize, live: &[Reg], v: Value) -> LResult<()> {
        let state = self.gen_state()?;
        let regs = self.b.ins().load(types::I64, mem(), state, REGS);
        for r in live {
            let x = self.get(*r)?;
            self.b.ins().store(mem(), x, regs, (r.0 * 8) as i32);
        }
        let kv = self.i64c(k as i64);
        self.b.ins().store(mem(), kv, state, RESUME);
        self.b.ins().return_(&[v]);
        Ok(())
    }

    /// In a resume block: reload `live` (every other register is unbound:
    /// it is dead here) and return `state.mode`.
    fn reload(&mut self, live: &[Reg]) -> LResult<Value> {
        let state = self.gen_state()?;
        let regs = self.b.ins().load(types::I64, mem(), state, REGS);
        let zero = self.zero();
        let mut is_live = vec![false; self.f.nregs as usize];
        for r in live {
            is_live[r.0 as usize] = true;
        }
        for (i, l) in is_live.iter().enumerate() {
            let v = if *l {
                self.b.ins().load(types::I64, mem(), regs, (i * 8) as i32)
            } else {
                zero
            };
            self.set(Reg(i as u32), v)?;
        }
        Ok(self.b.ins().load(types::I64, mem(), state, MODE))
    }

    /// Generator return: mark the state done and return the value.
    pub fn gen_return(&mut self, v: Value) -> LResult<()> {
        let state = self.gen_state()?;
        let done = self.i64c(DONE);
        self.b.ins().store(mem(), done, state, RESUME);
        self.b.ins().return_(&[v]);
        Ok(())
    }

    /// `dst = yield value`.
    pub fn lower_yield(&mut self, dst: Reg, value: Reg) -> LResult<()> {
        let (k, rb, live) = self.next_point()?;
        let v = self.get(value)?;
        self.suspend(k, &live, v)?;
        // Resume point k continues the IR block here.
        self.b.switch_to_block(rb);
        let mode = self.reload(&live)?;
        let (ok, err) = (self.b.create_block(), self.err_block(true));
        self.b.ins().brif(mode, err, NO_ARGS, ok, NO_ARGS);
        self.enter(ok);
        let state = self.gen_state()?;
        let sent = self.b.ins().load(types::I64, mem(), state, SENT);
        self.set(dst, sent)
    }

    /// `dst = yield from iter` (`iter` comes from `GetYieldFromIter`).
    pub fn lower_yield_from(&mut self, dst: Reg, iter: Reg) -> LResult<()> {
        let (k, rb, live) = self.next_point()?;
        let step = self.b.create_block();
        self.b.append_block_param(step, types::I64);
        let after = self.b.create_block();
        // First entry: delegate with None (NULL).
        let z = self.zero();
        self.b.ins().jump(step, &[BlockArg::Value(z)]);

        // Resume point k: send on, raise, or complete with the result.
        self.b.switch_to_block(rb);
        let mode = self.reload(&live)?;
        let state = self.gen_state()?;
        let sent = self.b.ins().load(types::I64, mem(), state, SENT);
        let other = self.b.create_block();
        self.b
            .ins()
            .brif(mode, other, NO_ARGS, step, &[BlockArg::Value(sent)]);
        self.enter(other);
        let is_throw = self.b.ins().icmp_imm_s(IntCC::Equal, mode, 1);
        let (done, err) = (self.b.create_block(), self.err_block(true));
        self.b.ins().brif(is_throw, err, NO_ARGS, done, NO_ARGS);
        self.enter(done);
        self.set(dst, sent)?;
        self.b.ins().jump(after, NO_ARGS);

        // One delegation step.
        self.enter(step);
        let sent = self.b.block_params(step)[0];
        let it = self.get(iter)?;
        let out = self.scratch_addr();
        let r = self.call(Rt::GenDelegate, &[it, sent, out]).unwrap();
        let (yielded, other) = (self.b.create_block(), self.b.create_block());
        let is_yield = self.b.ins().icmp_imm_s(IntCC::Equal, r, 1);
        self.b
            .ins()
            .brif(is_yield, yielded, NO_ARGS, other, NO_ARGS);
        self.enter(yielded);
        let v = self.read_scratch(0);
        self.b.ins().store(mem(), it, state, DELEGATE);
        self.suspend(k, &live, v)?;
        self.enter(other);
        let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        let (ret, err) = (self.b.create_block(), self.err_block(true));
        self.b.ins().brif(failed, err, NO_ARGS, ret, NO_ARGS);
        self.enter(ret);
        let v = self.read_scratch(0);
        self.set(dst, v)?;
        self.b.ins().jump(after, NO_ARGS);
        self.enter(after);
        Ok(())
    }
}
