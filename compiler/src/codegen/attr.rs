//! Inline instance attribute loads and stores through the shape-keyed
//! site caches of `runtime::attr_ic` (`AttrIc`: two shapes, two slots).
//!
//! Hit path, all inline: the object is a pointer, a cached shape is
//! current for the object's exact type (the shape's first word equals the
//! object's type word; a retired shape holds NULL there, and only
//! instances of classes with shapes can match), and the instance carries
//! that shape (`InstanceObj` offset 24). The slot word is then a byte
//! offset into the instance's values array (offset 32), read or written
//! directly. The runtime filled the cache only where this is exactly what
//! the generic protocol does. A store whose entry caches a transition
//! (slot word: new shape with bit 0 set) is done inline too when the
//! values array has room (the new shape's key count is at most
//! `InstanceObj.cap`, offset 40). Other transitions and every miss call
//! `rt_getattr_ic` / `rt_setattr_ic`, which also refill the cache.

use super::func::{LResult, Lower, NO_ARGS};
use super::rt::Rt;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};
use pyaot_ir::{NameId, Reg};

/// `InstanceObj.shape` and `InstanceObj.values`.
const INST_SHAPE: i32 = 24;
const INST_VALUES: i32 = 32;
/// `InstanceObj.cap`.
const INST_CAP: i32 = 40;
/// `Shape.keys` (a `Vec`; asserted in `runtime::shape`).
const SHAPE_KEYS: i32 = 8;

impl Lower<'_> {
    /// Continue with the address of the value slot of `o` when the cache
    /// at `ic` hits, else jump to `slow`. A store (`store`) also requires
    /// a plain slot entry (not a transition).
    fn attr_guard(
        &mut self,
        o: Value,
        ic: Value,
        slow: Block,
        store: Option<(Value, Block)>,
    ) -> Value {
        let flags = MemFlagsData::trusted();
        let (chk, e0, e0s, second, e1, e1s, found) = (
            self.b.create_block(),
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
        self.b.ins().brif(low, slow, NO_ARGS, chk, NO_ARGS);

        // The type word is loaded once the object is known to be a pointer.
        self.enter(chk);
        let t = self.b.ins().load(types::I64, flags, o, 0);
        let c0 = self.b.ins().load(types::I64, flags, ic, 0);
        self.b.ins().brif(c0, e0, NO_ARGS, second, NO_ARGS);

        self.enter(e0);
        let ct = self.b.ins().load(types::I64, flags, c0, 0);
        let same = self.b.ins().icmp(IntCC::Equal, t, ct);
        self.b.ins().brif(same, e0s, NO_ARGS, second, NO_ARGS);

        self.enter(e0s);
        let s = self.b.ins().load(types::I64, flags, o, INST_SHAPE);
        let same = self.b.ins().icmp(IntCC::Equal, s, c0);
        let ix0 = self.b.ins().load(types::I64, flags, ic, 16);
        self.b
            .ins()
            .brif(same, found, &[ix0.into()], second, NO_ARGS);

        self.enter(second);
        let c1 = self.b.ins().load(types::I64, flags, ic, 8);
        self.b.ins().brif(c1, e1, NO_ARGS, slow, NO_ARGS);

        self.enter(e1);
        let ct = self.b.ins().load(types::I64, flags, c1, 0);
        let same = self.b.ins().icmp(IntCC::Equal, t, ct);
        self.b.ins().brif(same, e1s, NO_ARGS, slow, NO_ARGS);

        self.enter(e1s);
        let s = self.b.ins().load(types::I64, flags, o, INST_SHAPE);
        let same = self.b.ins().icmp(IntCC::Equal, s, c1);
        let ix1 = self.b.ins().load(types::I64, flags, ic, 24);
        self.b.ins().brif(same, found, &[ix1.into()], slow, NO_ARGS);

        self.enter(found);
        let ix = self.b.block_params(found)[0];
        if let Some((v, done)) = store {
            let (plain, trans, room) = (
                self.b.create_block(),
                self.b.create_block(),
                self.b.create_block(),
            );
            let tr = self.b.ins().band_imm_s(ix, 1);
            self.b.ins().brif(tr, trans, NO_ARGS, plain, NO_ARGS);

            // A cached transition to shape `ns` (its current shape plus
            // this name): when the values array has room for the new slot,
            // store the value there and move the instance to `ns`, exactly
            // what `shape::append` does (the root's size hint already
            // covers `ns`, which the runtime recorded when it created it).
            self.enter(trans);
            let ns = self.b.ins().iadd_imm_s(ix, -1);
            let (_, lo) = pyaot_ir::layout::vec_offsets();
            let n = self.b.ins().load(types::I64, flags, ns, SHAPE_KEYS + lo);
            let cap = self.b.ins().load(types::I64, flags, o, INST_CAP);
            let fits = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, n, cap);
            self.b.ins().brif(fits, room, NO_ARGS, slow, NO_ARGS);

            self.enter(room);
            let vals = self.b.ins().load(types::I64, flags, o, INST_VALUES);
            let off = self.b.ins().ishl_imm_u(n, 3);
            let end = self.b.ins().iadd(vals, off);
            self.b.ins().store(flags, v, end, -8);
            self.b.ins().store(flags, ns, o, INST_SHAPE);
            self.b.ins().jump(done, NO_ARGS);

            self.enter(plain);
        }
        let vals = self.b.ins().load(types::I64, flags, o, INST_VALUES);
        self.b.ins().iadd(vals, ix)
    }

    /// `dst = obj.name`.
    pub fn get_attr(&mut self, dst: Reg, obj: Reg, name: NameId) -> LResult<()> {
        let (o, n) = (self.get(obj)?, self.name_word(name)?);
        let ic = self.ic_slot();
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, types::I64);
        let e = self.attr_guard(o, ic, slow, None);
        let v = self.b.ins().load(types::I64, MemFlagsData::trusted(), e, 0);
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
        let e = self.attr_guard(o, ic, slow, Some((v, join)));
        self.b.ins().store(MemFlagsData::trusted(), v, e, 0);
        self.b.ins().jump(join, NO_ARGS);
        self.enter(slow);
        self.call_s(Rt::SetAttrIc, &[o, n, v, ic]);
        self.b.ins().jump(join, NO_ARGS);
        self.enter(join);
        Ok(())
    }
}
