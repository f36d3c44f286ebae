//! Inline instance attribute loads and stores through the site caches of
//! `runtime::attr_ic` (`AttrIc`: version, two types, two entry indices).
//!
//! Hit path, all inline: the object is a pointer whose type is one of the
//! two cached types, `TYPE_VERSION` (`pyaot_type_version`) is the cached
//! version (no class namespace changed since the cache was filled), the
//! instance has a `__dict__`, and the dict entry at the cached index holds
//! exactly the name (identity with the interned name). The value is then
//! read from, or written to, that entry. The runtime filled the cache only
//! for classes without `__getattribute__` (loads) or `__setattr__` (stores)
//! and where `name` is not a data descriptor, so the hit path does what the
//! generic lookup would. Anything else calls `rt_getattr_ic` /
//! `rt_setattr_ic`, which also refill the cache.

use super::data::RD_TYPE_VERSION;
use super::func::{LResult, Lower, NO_ARGS};
use super::rt::Rt;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};
use pyaot_ir::{NameId, Reg};

/// `InstanceObj.dict`.
const INST_DICT: i32 = 8;
/// `DictObj.t` + `DictTable.entries`.
const DICT_ENTRIES: i32 = 8 + 32;
/// `Entry` size and fields.
const ENTRY_SIZE: i64 = 24;
const ENTRY_KEY: i32 = 8;
const ENTRY_VALUE: i32 = 16;

impl Lower<'_> {
    /// Continue with the address of the cached dict entry of `o` when the
    /// cache at `ic` hits for name `n`, else jump to `slow`.
    fn attr_guard(&mut self, o: Value, n: Value, ic: Value, slow: Block) -> Value {
        let flags = MemFlagsData::trusted();
        let (chk_ty, second, found, has_dict, inb, hit) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(found, types::I64);
        self.b.set_cold_block(slow);
        let low = self.b.ins().band_imm_s(o, 3);
        self.b.ins().brif(low, slow, NO_ARGS, chk_ty, NO_ARGS);

        self.enter(chk_ty);
        let t = self.b.ins().load(types::I64, flags, o, 0);
        let t0 = self.b.ins().load(types::I64, flags, ic, 8);
        let is0 = self.b.ins().icmp(IntCC::Equal, t, t0);
        let ix0 = self.b.ins().load(types::I64, flags, ic, 24);
        self.b
            .ins()
            .brif(is0, found, &[ix0.into()], second, NO_ARGS);

        self.enter(second);
        let t1 = self.b.ins().load(types::I64, flags, ic, 16);
        let is1 = self.b.ins().icmp(IntCC::Equal, t, t1);
        let ix1 = self.b.ins().load(types::I64, flags, ic, 32);
        self.b.ins().brif(is1, found, &[ix1.into()], slow, NO_ARGS);

        self.enter(found);
        let ix = self.b.block_params(found)[0];
        let vp = self
            .b
            .ins()
            .symbol_value(types::I64, self.rt_data[RD_TYPE_VERSION]);
        let ver = self.b.ins().load(types::I64, flags, vp, 0);
        let cver = self.b.ins().load(types::I64, flags, ic, 0);
        let same = self.b.ins().icmp(IntCC::Equal, ver, cver);
        let d = self.b.ins().load(types::I64, flags, o, INST_DICT);
        self.b.ins().brif(same, has_dict, NO_ARGS, slow, NO_ARGS);

        self.enter(has_dict);
        let (po, lo) = pyaot_ir::layout::vec_offsets();
        self.b.ins().brif(d, inb, NO_ARGS, slow, NO_ARGS);
        self.enter(inb);
        let len = self.b.ins().load(types::I64, flags, d, DICT_ENTRIES + lo);
        let ok = self.b.ins().icmp(IntCC::UnsignedLessThan, ix, len);
        let p = self.b.ins().load(types::I64, flags, d, DICT_ENTRIES + po);
        let off = self.b.ins().imul_imm_s(ix, ENTRY_SIZE);
        let e = self.b.ins().iadd(p, off);
        let keyck = self.b.create_block();
        self.b.ins().brif(ok, keyck, NO_ARGS, slow, NO_ARGS);
        self.enter(keyck);
        let key = self.b.ins().load(types::I64, flags, e, ENTRY_KEY);
        let same = self.b.ins().icmp(IntCC::Equal, key, n);
        self.b.ins().brif(same, hit, NO_ARGS, slow, NO_ARGS);
        self.enter(hit);
        e
    }

    /// `dst = obj.name`.
    pub fn get_attr(&mut self, dst: Reg, obj: Reg, name: NameId) -> LResult<()> {
        let (o, n) = (self.get(obj)?, self.name_word(name)?);
        let ic = self.ic_slot();
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, types::I64);
        let e = self.attr_guard(o, n, ic, slow);
        let v = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), e, ENTRY_VALUE);
        self.b.ins().jump(join, &[v.into()]);
        self.enter(slow);
        let v = self.call_v(Rt::GetAttrIc, &[o, n, ic]);
        self.b.ins().jump(join, &[v.into()]);
        self.enter(join);
        let v = self.b.block_params(join)[0];
        self.set(dst, v)
    }

    /// `obj.name = src`.
    pub fn set_attr(&mut self, obj: Reg, name: NameId, src: Reg) -> LResult<()> {
        let (o, n, v) = (self.get(obj)?, self.name_word(name)?, self.get(src)?);
        let ic = self.ic_slot();
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        let e = self.attr_guard(o, n, ic, slow);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), v, e, ENTRY_VALUE);
        self.b.ins().jump(join, NO_ARGS);
        self.enter(slow);
        self.call_s(Rt::SetAttrIc, &[o, n, v, ic]);
        self.b.ins().jump(join, NO_ARGS);
        self.enter(join);
        Ok(())
    }
}
