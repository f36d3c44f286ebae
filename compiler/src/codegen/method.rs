//! Method calls in CPython's order: `LoadMethod` looks `obj.name` up before
//! the arguments are evaluated, `CallLoaded` calls the pair afterwards.
//!
//! `LoadMethod` asks the site's method cache (`rt_method_ic`, keyed by the
//! receiver's class and `TYPE_VERSION`) for the plain function or unbound
//! builtin method that binds to `obj`; on a hit the pair is (that callable,
//! obj). On a miss `rt_load_method_attr` does the full attribute lookup
//! and the pair is (attribute, NULL). `CallLoaded` prepends `this` when it
//! is not NULL and calls directly when the callee's guard holds
//! (`call_direct_or`), so module functions (`mod.f(x)`) also get direct
//! calls. Both paths give exactly the runtime's `load_method::call_loaded`.

use super::func::{LResult, Lower, NO_ARGS};
use super::rt::Rt;
use cranelift_codegen::ir::{types, InstBuilder, Value};
use pyaot_ir::{ConstId, Reg};

impl Lower<'_> {
    /// The (func, this) pair for `o.nm(...)`; takes the error path when the
    /// attribute lookup fails.
    pub fn load_method(&mut self, o: Value, nm: Value) -> (Value, Value) {
        let ic = self.ic_slot();
        let m = self.call(Rt::MethodIc, &[o, nm, ic]).unwrap();
        let (hit, miss, join) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(join, types::I64);
        self.b.append_block_param(join, types::I64);
        self.b.set_cold_block(miss);
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
