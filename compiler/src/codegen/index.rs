//! Inline `obj[i]` and `obj[i] = v` for exact lists (and `obj[i]` for
//! exact tuples) with a small-int index.
//!
//! Guard: the key is a small int, the object is a pointer whose type is
//! exactly the runtime's `list` (or `tuple`) type, so no user
//! `__getitem__` can be involved; a negative index is counted from the end
//! as CPython does. An index out of range, any other key or object, takes
//! the runtime call (`rt_getitem`/`rt_setitem`), which raises CPython's
//! errors. The list storage layout (pointer and length inside the list's
//! `Vec`) comes from `pyaot_ir::layout`; tuples hold their items inline.

use super::data::{RD_LIST, RD_TUPLE};
use super::func::{LResult, Lower, NO_ARGS};
use super::rt::Rt;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, BlockArg, InstBuilder, MemFlagsData, Value};
use pyaot_ir::Reg;

/// Offset of the `Vec` inside `ListObj`.
const ITEMS: i32 = 8;

impl Lower<'_> {
    /// Continue (returning the data pointer and the index) when `o[k]` is
    /// an in-range element of an exact list (or tuple when `tuple`), else
    /// jump to `slow`.
    fn index_guard(&mut self, o: Value, k: Value, slow: Block, tuple: bool) -> (Value, Value) {
        let flags = MemFlagsData::trusted();
        let (chk_ty, ok, list, tup) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(ok, types::I64);
        self.b.append_block_param(ok, types::I64);
        self.b.append_block_param(ok, types::I64);
        self.b.set_cold_block(slow);
        // k small int (low bit 1) and o an object (low bits 00).
        let kbit = self.b.ins().band_imm_s(k, 1);
        let obits = self.b.ins().band_imm_s(o, 3);
        let good = self.b.ins().icmp_imm_s(IntCC::Equal, kbit, 1);
        let oobj = self.b.ins().icmp_imm_s(IntCC::Equal, obits, 0);
        let both = self.b.ins().band(good, oobj);
        self.b.ins().brif(both, chk_ty, NO_ARGS, slow, NO_ARGS);

        self.enter(chk_ty);
        let ty = self.b.ins().load(types::I64, flags, o, 0);
        let lty = self.b.ins().symbol_value(types::I64, self.rt_data[RD_LIST]);
        let is_list = self.b.ins().icmp(IntCC::Equal, ty, lty);
        let not_list = if tuple { tup } else { slow };
        self.b.ins().brif(is_list, list, NO_ARGS, not_list, NO_ARGS);

        self.enter(list);
        let (po, lo) = pyaot_ir::layout::vec_offsets();
        let p = self.b.ins().load(types::I64, flags, o, ITEMS + po);
        let n = self.b.ins().load(types::I64, flags, o, ITEMS + lo);
        let i = self.b.ins().sshr_imm_s(k, 1);
        self.b.ins().jump(ok, &[p.into(), n.into(), i.into()]);
        if tuple {
            self.enter(tup);
            let tty = self
                .b
                .ins()
                .symbol_value(types::I64, self.rt_data[RD_TUPLE]);
            let is_tup = self.b.ins().icmp(IntCC::Equal, ty, tty);
            let go = self.b.create_block();
            self.b.ins().brif(is_tup, go, NO_ARGS, slow, NO_ARGS);
            self.enter(go);
            // `TupleObj`: the length at offset 8, the items from 16.
            let p = self.b.ins().iadd_imm_s(o, 16);
            let n = self.b.ins().load(types::I64, flags, o, 8);
            let i = self.b.ins().sshr_imm_s(k, 1);
            self.b.ins().jump(ok, &[p.into(), n.into(), i.into()]);
        } else {
            self.enter(tup);
            self.b.ins().jump(slow, NO_ARGS);
        }

        self.enter(ok);
        let ps = self.b.block_params(ok).to_vec();
        let (p, n, i) = (ps[0], ps[1], ps[2]);
        // A negative index counts from the end.
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let wrapped = self.b.ins().iadd(i, n);
        let i = self.b.ins().select(neg, wrapped, i);
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, i, n);
        let hit = self.b.create_block();
        self.b.ins().brif(inb, hit, NO_ARGS, slow, NO_ARGS);
        self.enter(hit);
        (p, i)
    }

    /// `dst = obj[key]`.
    pub fn get_item(&mut self, dst: Reg, obj: Reg, key: Reg) -> LResult<()> {
        let (o, k) = (self.get(obj)?, self.get(key)?);
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, types::I64);
        let (p, i) = self.index_guard(o, k, slow, true);
        let off = self.b.ins().ishl_imm_s(i, 3);
        let addr = self.b.ins().iadd(p, off);
        let v = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), addr, 0);
        self.b.ins().jump(join, &[v.into()]);
        self.enter(slow);
        let v = self.call_v(Rt::GetItem, &[o, k]);
        self.b.ins().jump(join, &[v.into()]);
        self.enter(join);
        let v = self.b.block_params(join)[0];
        self.set(dst, v)
    }

    /// `obj[key] = src`.
    pub fn set_item(&mut self, obj: Reg, key: Reg, src: Reg) -> LResult<()> {
        let (o, k, v) = (self.get(obj)?, self.get(key)?, self.get(src)?);
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        let (p, i) = self.index_guard(o, k, slow, false);
        let off = self.b.ins().ishl_imm_s(i, 3);
        let addr = self.b.ins().iadd(p, off);
        self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
        self.b.ins().jump(join, NO_ARGS);
        self.enter(slow);
        self.call_s(Rt::SetItem, &[o, k, v]);
        self.b.ins().jump(join, NO_ARGS);
        self.enter(join);
        Ok(())
    }

    /// `a, b, ... = src` without a star target: exact tuples and lists of
    /// the right length are read inline, anything else goes through
    /// `rt_unpack` (which raises CPython's errors).
    pub fn unpack(&mut self, dsts: &[Reg], src: Reg) -> LResult<()> {
        let n = dsts.len();
        let o = self.get(src)?;
        let flags = MemFlagsData::trusted();
        let (chk_ty, tup, list, slow, join) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        let hit = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.append_block_param(hit, types::I64);
        for _ in 0..n {
            self.b.append_block_param(join, types::I64);
        }
        let obits = self.b.ins().band_imm_s(o, 3);
        self.b.ins().brif(obits, slow, NO_ARGS, chk_ty, NO_ARGS);

        self.enter(chk_ty);
        let ty = self.b.ins().load(types::I64, flags, o, 0);
        let tty = self
            .b
            .ins()
            .symbol_value(types::I64, self.rt_data[RD_TUPLE]);
        let is_tup = self.b.ins().icmp(IntCC::Equal, ty, tty);
        let not_tup = self.b.create_block();
        self.b.ins().brif(is_tup, tup, NO_ARGS, not_tup, NO_ARGS);
        self.enter(not_tup);
        let lty = self.b.ins().symbol_value(types::I64, self.rt_data[RD_LIST]);
        let is_list = self.b.ins().icmp(IntCC::Equal, ty, lty);
        self.b.ins().brif(is_list, list, NO_ARGS, slow, NO_ARGS);

        // `TupleObj`: the length at offset 8, the items from 16.
        self.enter(tup);
        let len = self.b.ins().load(types::I64, flags, o, 8);
        let ok = self.b.ins().icmp_imm_s(IntCC::Equal, len, n as i64);
        let p = self.b.ins().iadd_imm_s(o, 16);
        self.b.ins().brif(ok, hit, &[p.into()], slow, NO_ARGS);

        self.enter(list);
        let (po, lo) = pyaot_ir::layout::vec_offsets();
        let len = self.b.ins().load(types::I64, flags, o, ITEMS + lo);
        let ok = self.b.ins().icmp_imm_s(IntCC::Equal, len, n as i64);
        let p = self.b.ins().load(types::I64, flags, o, ITEMS + po);
        self.b.ins().brif(ok, hit, &[p.into()], slow, NO_ARGS);

        self.enter(hit);
        let p = self.b.block_params(hit)[0];
        let vals: Vec<BlockArg> = (0..n)
            .map(|i| {
                self.b
                    .ins()
                    .load(types::I64, flags, p, (i * 8) as i32)
                    .into()
            })
            .collect();
        self.b.ins().jump(join, &vals);

        self.enter(slow);
        let sp = self.scratch_addr();
        let nv = self.i64c(n as i64);
        let st = self.i64c(-1);
        self.call_s(Rt::Unpack, &[o, sp, nv, st]);
        let vals: Vec<BlockArg> = (0..n).map(|i| self.read_scratch(i).into()).collect();
        self.b.ins().jump(join, &vals);

        self.enter(join);
        let vals = self.b.block_params(join).to_vec();
        for (d, v) in dsts.iter().zip(vals) {
            self.set(*d, v)?;
        }
        Ok(())
    }

    /// `obj[lo:hi:step]` (load or store) fused with its deferred
    /// `MakeSlice` (`func::defer_slice`): `rt_getitem_slice` and
    /// `rt_setitem_slice` allocate no slice object for exact sequences.
    /// False if `op` does not use the deferred slice.
    pub fn slice_item(&mut self, op: &pyaot_ir::Op) -> LResult<bool> {
        let Some((r, [lo, hi, step])) = self.slice_pending else {
            return Ok(false);
        };
        match op {
            pyaot_ir::Op::GetItem { dst, obj, key } if *key == r => {
                self.slice_pending = None;
                let o = self.get(*obj)?;
                let v = self.call_v(Rt::GetItemSlice, &[o, lo, hi, step]);
                self.set(*dst, v)?;
            }
            pyaot_ir::Op::SetItem { obj, key, src } if *key == r => {
                self.slice_pending = None;
                let (o, x) = (self.get(*obj)?, self.get(*src)?);
                self.call_s(Rt::SetItemSlice, &[o, lo, hi, step, x]);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
