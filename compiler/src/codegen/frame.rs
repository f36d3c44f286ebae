//! Function entry and exit bookkeeping, inline.
//!
//! Entry increments the runtime's Python call depth (`pyaot_depth`) and
//! compares it with `pyaot_enter_limit`, and the stack pointer with
//! `pyaot_stack_limit`; only when either check fails does it call
//! `rt_enter_slow`, which raises RecursionError or the KeyboardInterrupt of
//! a pending Ctrl-C (the SIGINT handler drops the entry limit to 0 so the
//! next entry takes the slow path). Exit decrements the depth. The result
//! is the same as calling `rt_enter`/`rt_leave`, without the calls.
//!
//! Also here: the inline step of `for` loops over range iterators.

use super::data::{
    RD_DEPTH, RD_ENTER_LIMIT, RD_INTERRUPTED, RD_LIST, RD_LIST_ITER, RD_RANGE_ITER, RD_STACK_LIMIT,
    RD_TUPLE_ITER,
};
use super::func::{Lower, NO_ARGS};
use super::rt::Rt;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};

impl Lower<'_> {
    /// Function entry: an i32 status, negative when an exception is pending
    /// (the depth is then unchanged).
    pub fn inline_enter(&mut self) -> Value {
        let flags = MemFlagsData::trusted();
        let dp = self
            .b
            .ins()
            .symbol_value(types::I64, self.rt_data[RD_DEPTH]);
        let lp = self
            .b
            .ins()
            .symbol_value(types::I64, self.rt_data[RD_ENTER_LIMIT]);
        let sp_lim = self
            .b
            .ins()
            .symbol_value(types::I64, self.rt_data[RD_STACK_LIMIT]);
        let d = self.b.ins().load(types::I32, flags, dp, 0);
        let d1 = self.b.ins().iadd_imm_s(d, 1);
        self.b.ins().store(flags, d1, dp, 0);
        let lim = self.b.ins().load(types::I32, flags, lp, 0);
        let deep = self.b.ins().icmp(IntCC::UnsignedGreaterThan, d1, lim);
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let sl = self.b.ins().load(types::I64, flags, sp_lim, 0);
        let low = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, sl);
        let bad = self.b.ins().bor(deep, low);
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, types::I32);
        self.b.set_cold_block(slow);
        let ok = self.b.ins().iconst(types::I32, 0);
        self.b.ins().brif(bad, slow, NO_ARGS, join, &[ok.into()]);
        self.enter(slow);
        let r = self.call(Rt::EnterSlow, &[]).unwrap();
        self.b.ins().jump(join, &[r.into()]);
        self.enter(join);
        self.b.block_params(join)[0]
    }

    /// Function exit: the call depth goes back down.
    pub fn inline_leave(&mut self) {
        let flags = MemFlagsData::trusted();
        let dp = self
            .b
            .ins()
            .symbol_value(types::I64, self.rt_data[RD_DEPTH]);
        let d = self.b.ins().load(types::I32, flags, dp, 0);
        let d1 = self.b.ins().iadd_imm_s(d, -1);
        self.b.ins().store(flags, d1, dp, 0);
    }
}

/// `runtime::range::RangeIterObj` fields.
const RANGE_NEXT: i32 = 8;
const RANGE_STEP: i32 = 16;
const RANGE_LEFT: i32 = 24;

impl Lower<'_> {
    /// The inline step of a `for` over a range iterator: when `it` is a
    /// range iterator and no Ctrl-C is pending, jump to `item` with the next
    /// value (a small int) or to `exit` when exhausted; otherwise, or when
    /// the next value is not a small int, jump to `slow` (the generic
    /// `rt_for_iter`) with the iterator untouched.
    pub fn range_step(&mut self, it: Value, item: Block, slow: Block, exit: Block) {
        let flags = MemFlagsData::trusted();
        let (rng, live, step) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.set_cold_block(slow);
        let ty = self.b.ins().load(types::I64, flags, it, 0);
        let rty = self
            .b
            .ins()
            .symbol_value(types::I64, self.rt_data[RD_RANGE_ITER]);
        let is_rng = self.b.ins().icmp(IntCC::Equal, ty, rty);
        let other = self.b.create_block();
        self.b.ins().brif(is_rng, rng, NO_ARGS, other, NO_ARGS);
        self.enter(other);
        self.seq_step(it, ty, item, slow, exit);

        self.enter(rng);
        let ip = self
            .b
            .ins()
            .symbol_value(types::I64, self.rt_data[RD_INTERRUPTED]);
        let intr = self.b.ins().load(types::I8, flags, ip, 0);
        self.b.ins().brif(intr, slow, NO_ARGS, live, NO_ARGS);

        self.enter(live);
        let left = self.b.ins().load(types::I64, flags, it, RANGE_LEFT);
        let more = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, left, 0);
        self.b.ins().brif(more, step, NO_ARGS, exit, NO_ARGS);

        self.enter(step);
        let n = self.b.ins().load(types::I64, flags, it, RANGE_NEXT);
        let w = self.b.ins().ishl_imm_s(n, 1);
        let back = self.b.ins().sshr_imm_s(w, 1);
        let small = self.b.ins().icmp(IntCC::Equal, back, n);
        let take = self.b.create_block();
        self.b.ins().brif(small, take, NO_ARGS, slow, NO_ARGS);
        self.enter(take);
        let s = self.b.ins().load(types::I64, flags, it, RANGE_STEP);
        let n2 = self.b.ins().iadd(n, s);
        self.b.ins().store(flags, n2, it, RANGE_NEXT);
        let left2 = self.b.ins().iadd_imm_s(left, -1);
        self.b.ins().store(flags, left2, it, RANGE_LEFT);
        let word = self.b.ins().bor_imm_s(w, 1);
        self.b.ins().jump(item, &[word.into()]);
    }

    /// The step of a list or tuple iterator (`IndexIterObj`), inline:
    /// the next item while the index is in range, else the iterator is
    /// marked exhausted (as `list_iter_next` does) and the loop exits.
    /// Other iterators, and a pending Ctrl-C, go to `slow`.
    fn seq_step(&mut self, it: Value, ty: Value, item: Block, slow: Block, exit: Block) {
        let flags = MemFlagsData::trusted();
        let (chk_t, list, tup, live, ok, step, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        // (seq, data pointer, length) of a live iterator.
        self.b.append_block_param(ok, types::I64);
        self.b.append_block_param(ok, types::I64);
        let lty = self
            .b
            .ins()
            .symbol_value(types::I64, self.rt_data[RD_LIST_ITER]);
        let is_list = self.b.ins().icmp(IntCC::Equal, ty, lty);
        self.b.ins().brif(is_list, live, NO_ARGS, chk_t, NO_ARGS);
        self.enter(chk_t);
        let tty = self
            .b
            .ins()
            .symbol_value(types::I64, self.rt_data[RD_TUPLE_ITER]);
        let is_tup = self.b.ins().icmp(IntCC::Equal, ty, tty);
        self.b.ins().brif(is_tup, live, NO_ARGS, slow, NO_ARGS);

        // Shared: the Ctrl-C flag, then the sequence (NULL: exhausted).
        self.enter(live);
        let ip = self
            .b
            .ins()
            .symbol_value(types::I64, self.rt_data[RD_INTERRUPTED]);
        let intr = self.b.ins().load(types::I8, flags, ip, 0);
        let seq_b = self.b.create_block();
        self.b.ins().brif(intr, slow, NO_ARGS, seq_b, NO_ARGS);
        self.enter(seq_b);
        let seq = self.b.ins().load(types::I64, flags, it, 8);
        let has = self.b.create_block();
        self.b.ins().brif(seq, has, NO_ARGS, exit, NO_ARGS);
        self.enter(has);
        let lty2 = self.b.ins().symbol_value(types::I64, self.rt_data[RD_LIST]);
        let sty = self.b.ins().load(types::I64, flags, seq, 0);
        let seq_is_list = self.b.ins().icmp(IntCC::Equal, sty, lty2);
        self.b.ins().brif(seq_is_list, list, NO_ARGS, tup, NO_ARGS);

        self.enter(list);
        let (po, lo) = pyaot_ir::layout::vec_offsets();
        let p = self.b.ins().load(types::I64, flags, seq, 8 + po);
        let n = self.b.ins().load(types::I64, flags, seq, 8 + lo);
        self.b.ins().jump(ok, &[p.into(), n.into()]);

        // `TupleObj`: the length at offset 8, the items from 16. (A list
        // subclass's iterator has the list iterator type too, but its
        // sequence is not an exact list: it takes this path only if it
        // is a tuple, else the runtime.)
        self.enter(tup);
        let tupty = self
            .b
            .ins()
            .symbol_value(types::I64, self.rt_data[super::data::RD_TUPLE]);
        let seq_is_tup = self.b.ins().icmp(IntCC::Equal, sty, tupty);
        let tup_ok = self.b.create_block();
        self.b
            .ins()
            .brif(seq_is_tup, tup_ok, NO_ARGS, slow, NO_ARGS);
        self.enter(tup_ok);
        let p = self.b.ins().iadd_imm_s(seq, 16);
        let n = self.b.ins().load(types::I64, flags, seq, 8);
        self.b.ins().jump(ok, &[p.into(), n.into()]);

        self.enter(ok);
        let ps = self.b.block_params(ok).to_vec();
        let (p, n) = (ps[0], ps[1]);
        let i = self.b.ins().load(types::I64, flags, it, 16);
        let inb = self.b.ins().icmp(IntCC::SignedLessThan, i, n);
        self.b.ins().brif(inb, step, NO_ARGS, done, NO_ARGS);

        self.enter(step);
        let off = self.b.ins().ishl_imm_s(i, 3);
        let addr = self.b.ins().iadd(p, off);
        let x = self.b.ins().load(types::I64, flags, addr, 0);
        let i2 = self.b.ins().iadd_imm_s(i, 1);
        self.b.ins().store(flags, i2, it, 16);
        self.b.ins().jump(item, &[x.into()]);

        self.enter(done);
        let z = self.b.ins().iconst(types::I64, 0);
        self.b.ins().store(flags, z, it, 8);
        self.b.ins().jump(exit, NO_ARGS);
    }
}
