//! Method calls in CPython's order: `LoadMethod` looks `obj.name` up before
//! the arguments are evaluated, `CallLoaded` calls the pair afterwards.
//!
//! `LoadMethod` checks the site's method cache (`attr_ic::MethodIc`, keyed
//! by the receiver's class, its version word and the instance shape) inline
//! and otherwise asks `rt_method_ic` (which refills it) for the plain
//! function or unbound builtin method that binds to `obj`; on a hit the pair
//! is (that callable, obj). On a miss `rt_load_method_attr` does the full attribute lookup
//! and the pair is (attribute, NULL). `CallLoaded` prepends `this` when it
//! is not NULL and calls directly when the callee's guard holds
//! (`call_direct_or`), so module functions (`mod.f(x)`) also get direct
//! calls. Both paths give exactly the runtime's `load_method::call_loaded`.

use super::func::{LResult, Lower, NO_ARGS};
use super::rt::Rt;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};
use pyaot_ir::{ConstId, Reg};

/// Words of `runtime::attr_ic::MethodIc`.
const MIC_VERSION: i32 = 0;
const MIC_TY: i32 = 8;
const MIC_FUNC: i32 = 16;
const MIC_SHAPE: i32 = 24;
/// `attr_ic::NOT_INSTANCE`.
const NOT_INSTANCE: i64 = 1;
/// `TypeObject.version` (asserted in `runtime::object`).
const TYPE_VERSION: i32 = 8;
/// `InstanceObj.shape`.
const INST_SHAPE: i32 = 24;

impl Lower<'_> {
    /// The (func, this) pair for `o.nm(...)`; takes the error path when the
    /// attribute lookup fails.
    pub fn load_method(&mut self, o: Value, nm: Value) -> (Value, Value) {
        let ic = self.ic_slot();
        let flags = MemFlagsData::trusted();
        let (chk, ty_ok, ver_ok, inst, inst2, fast, slow, hit, miss, join) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(join, types::I64);
        self.b.append_block_param(join, types::I64);
        self.b.set_cold_block(miss);

        // Inline hit (`attr_ic::MethodIc`): a pointer whose type word and
        // type version match the cache, and either a class without shapes
        // or an instance carrying the shape last seen not to shadow it.
        let low = self.b.ins().band_imm_s(o, 3);
        self.b.ins().brif(low, slow, NO_ARGS, chk, NO_ARGS);

        self.enter(chk);
        let t = self.b.ins().load(types::I64, flags, o, 0);
        let ct = self.b.ins().load(types::I64, flags, ic, MIC_TY);
        let same = self.b.ins().icmp(IntCC::Equal, t, ct);
        self.b.ins().brif(same, ty_ok, NO_ARGS, slow, NO_ARGS);

        self.enter(ty_ok);
        let ver = self.b.ins().load(types::I64, flags, t, TYPE_VERSION);
        let cver = self.b.ins().load(types::I64, flags, ic, MIC_VERSION);
        let same = self.b.ins().icmp(IntCC::Equal, ver, cver);
        self.b.ins().brif(same, ver_ok, NO_ARGS, slow, NO_ARGS);

        self.enter(ver_ok);
        let cs = self.b.ins().load(types::I64, flags, ic, MIC_SHAPE);
        let plain = self.b.ins().icmp_imm_s(IntCC::Equal, cs, NOT_INSTANCE);
        self.b.ins().brif(plain, fast, NO_ARGS, inst, NO_ARGS);

        self.enter(inst);
        self.b.ins().brif(cs, inst2, NO_ARGS, slow, NO_ARGS);

        self.enter(inst2);
        let s = self.b.ins().load(types::I64, flags, o, INST_SHAPE);
        let same = self.b.ins().icmp(IntCC::Equal, s, cs);
        self.b.ins().brif(same, fast, NO_ARGS, slow, NO_ARGS);

        self.enter(fast);
        let f = self.b.ins().load(types::I64, flags, ic, MIC_FUNC);
        self.b.ins().jump(join, &[f.into(), o.into()]);

        self.enter(slow);
        let m = self.call(Rt::MethodIc, &[o, nm, ic]).unwrap();
        self.b.ins().brif(m, hit, NO_ARGS, miss, NO_ARGS);

        self.enter(hit);
        self.b.ins().jump(join, &[m.into(), o.into()]);

        self.enter(miss);
        let a = self.call_v(Rt::LoadMethodAttr, &[o, nm]);
        let z = self.zero();
        self.b.ins().jump(join, &[a.into(), z.into()]);

        self.enter(join);
        let ps = self.b.block_params(join);
        (ps[0], ps[1])
    }

    /// Call the pair (f, t) made by `load_method` with `args` (the last
    /// ones keyword values when `kwnames` is given).
    pub fn call_loaded(
        &mut self,
        f: Value,
        t: Value,
        args: &[Reg],
        kwnames: Option<ConstId>,
    ) -> LResult<Value> {
        let mut vals = vec![t];
        vals.extend(self.get_all(args)?);
        let p = self.write_scratch(&vals);
        let n = args.len();
        if kwnames.is_some() {
            // Generic call: the argument array starts at `this` or after it.
            let kw = self.kwnames(kwnames)?;
            let rest = self.b.ins().iadd_imm_s(p, 8);
            let start = self.b.ins().select(t, p, rest);
            let n1 = self.b.ins().iconst(types::I64, n as i64 + 1);
            let n0 = self.b.ins().iconst(types::I64, n as i64);
            let cnt = self.b.ins().select(t, n1, n0);
            return Ok(self.call_v(Rt::Call, &[f, start, cnt, kw]));
        }
        let (with_self, plain, join) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(join, types::I64);
        self.b.ins().brif(t, with_self, NO_ARGS, plain, NO_ARGS);

        self.enter(with_self);
        let n1 = self.b.ins().iconst(types::I64, n as i64 + 1);
        let v = self.call_direct_or(f, p, n1, n + 1);
        self.b.ins().jump(join, &[v.into()]);

        self.enter(plain);
        let rest = self.b.ins().iadd_imm_s(p, 8);
        let n0 = self.b.ins().iconst(types::I64, n as i64);
        let v = self.call_direct_or(f, rest, n0, n);
        self.b.ins().jump(join, &[v.into()]);

        self.enter(join);
        Ok(self.b.block_params(join)[0])
    }
}
