//! Direct calls: a positional call to a Python function compiled to
//! native code jumps straight to its entry, skipping the runtime's generic
//! call path.
//!
//! Guard (all inline): the callee word is an object pointer, its type is
//! the runtime's `function` type (`pyaot_function_type`), and its
//! `fast_nargs` field (offset 8) equals the call's argument count; then
//! `fast_entry` (offset 16) is called with `(function, args)`, the native
//! signature. `fast_nargs` is -1 for anything that needs argument binding
//! or is not native (VM code, generators, `*args`, `**kwargs`,
//! keyword-only parameters), so those, and every other callable, take
//! `rt_call`. Both paths return 0 when an exception is pending.
//!
//! A one-argument call whose callee is the builtin `len` object itself
//! (`pyaot_builtin_len`) on an exact list or tuple computes the length
//! inline.
//!
//! On the miss path `math.sqrt` is computed inline first (`intrinsic.rs`).

use super::data::{RD_BUILTIN_LEN, RD_LIST, RD_TUPLE};
use super::func::{LResult, Lower, NO_ARGS};
use super::rt::Rt;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};

/// Offsets in `runtime::func::FuncObj`.
const FAST_NARGS: i32 = 8;
const FAST_ENTRY: i32 = 16;

impl Lower<'_> {
    /// Call `f` with the `nargs` words at `p` (count word `n`): direct when
    /// the guard holds, else through `rt_call`. Takes the error path on 0.
    pub fn call_direct_or(&mut self, f: Value, p: Value, n: Value, nargs: usize) -> Value {
        let (chk_ty, chk_n, direct, slow, join) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(join, types::I64);
        self.b.set_cold_block(slow);
        let low = self.b.ins().band_imm_s(f, 7);
        self.b.ins().brif(low, slow, NO_ARGS, chk_ty, NO_ARGS);

        self.enter(chk_ty);
        let flags = MemFlagsData::trusted();
        let ty = self.b.ins().load(types::I64, flags, f, 0);
        let fty = self.b.ins().symbol_value(types::I64, self.fn_type_gv);
        let is_fn = self.b.ins().icmp(IntCC::Equal, ty, fty);
        let not_fn = if nargs == 1 {
            self.b.create_block()
        } else {
            slow
        };
        self.b.ins().brif(is_fn, chk_n, NO_ARGS, not_fn, NO_ARGS);
        if nargs == 1 {
            self.enter(not_fn);
            self.inline_len(f, p, slow, join);
        }

        self.enter(chk_n);
        let fnargs = self.b.ins().load(types::I64, flags, f, FAST_NARGS);
        let ok = self.b.ins().icmp_imm_s(IntCC::Equal, fnargs, nargs as i64);
        self.b.ins().brif(ok, direct, NO_ARGS, slow, NO_ARGS);

        self.enter(direct);
        let entry = self.b.ins().load(types::I64, flags, f, FAST_ENTRY);
        let cc = self.b.func.signature.call_conv;
        let sig = self.b.import_signature(super::native_signature(cc));
        let call = self.b.ins().call_indirect(sig, entry, &[f, p]);
        let r = self.b.inst_results(call)[0];
        self.b.ins().jump(join, &[r.into()]);

        self.enter(slow);
        if nargs == 1 {
            self.intrinsic_1(f, p, join);
        }
        let kw = self.zero();
        let r = self.call(Rt::Call, &[f, p, n, kw]).unwrap();
        self.b.ins().jump(join, &[r.into()]);

        self.enter(join);
        let v = self.b.block_params(join)[0];
        self.check_nonzero(v);
        v
    }

    /// `len(x)` inline when the callee `f` is the builtin `len` (not
    /// rebound: the word is compared with the object itself) and the one
    /// argument (at `p`) is an exact list or tuple: the length, tagged, is
    /// passed to `join`. Anything else continues at `slow`.
    fn inline_len(&mut self, f: Value, p: Value, slow: Block, join: Block) {
        let flags = MemFlagsData::trusted();
        let (arg, chk_ty, list, tup, not_list) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        let lp = self
            .b
            .ins()
            .symbol_value(types::I64, self.rt_data[RD_BUILTIN_LEN]);
        let lenf = self.b.ins().load(types::I64, flags, lp, 0);
        let is_len = self.b.ins().icmp(IntCC::Equal, f, lenf);
        self.b.ins().brif(is_len, arg, NO_ARGS, slow, NO_ARGS);

        self.enter(arg);
        let a = self.b.ins().load(types::I64, flags, p, 0);
        let low = self.b.ins().band_imm_s(a, 7);
        self.b.ins().brif(low, slow, NO_ARGS, chk_ty, NO_ARGS);

        self.enter(chk_ty);
        let ty = self.b.ins().load(types::I64, flags, a, 0);
        let lty = self.b.ins().symbol_value(types::I64, self.rt_data[RD_LIST]);
        let is_list = self.b.ins().icmp(IntCC::Equal, ty, lty);
        self.b.ins().brif(is_list, list, NO_ARGS, not_list, NO_ARGS);

        self.enter(not_list);
        let tty = self
            .b
            .ins()
            .symbol_value(types::I64, self.rt_data[RD_TUPLE]);
        let is_tup = self.b.ins().icmp(IntCC::Equal, ty, tty);
        self.b.ins().brif(is_tup, tup, NO_ARGS, slow, NO_ARGS);

        // `ListObj`: the `Vec` at offset 8; `TupleObj`: the length at 8.
        self.enter(list);
        let (_, lo) = pyaot_ir::layout::vec_offsets();
        let n = self.b.ins().load(types::I64, flags, a, 8 + lo);
        let t = self.b.ins().ishl_imm_u(n, 1);
        let t = self.b.ins().bor_imm_s(t, 1);
        self.b.ins().jump(join, &[t.into()]);

        self.enter(tup);
        let n = self.b.ins().load(types::I64, flags, a, 8);
        let t = self.b.ins().ishl_imm_u(n, 1);
        let t = self.b.ins().bor_imm_s(t, 1);
        self.b.ins().jump(join, &[t.into()]);
    }

    /// `obj.name(*args)` without keywords. `rt_method_ic` (a per-site
    /// cache keyed by the instance's class) answers the plain function the
    /// class defines for `name` when `obj` is an instance that would bind
    /// it as a method (no `__getattribute__`, nothing in the instance
    /// dict); the call then goes to it with `obj` prepended, directly when
    /// possible. Otherwise (0) `rt_call_method` does the generic lookup.
    pub fn call_method_ic(
        &mut self,
        o: Value,
        nm: Value,
        args: &[pyaot_ir::Reg],
    ) -> LResult<Value> {
        let mut vals = vec![o];
        vals.extend(self.get_all(args)?);
        let p = self.write_scratch(&vals);
        let ic = self.ic_slot();
        let m = self.call(Rt::MethodIc, &[o, nm, ic]).unwrap();
        let (hit, miss, join) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(join, types::I64);
        self.b.ins().brif(m, hit, NO_ARGS, miss, NO_ARGS);

        self.enter(hit);
        let n1 = self.b.ins().iconst(types::I64, vals.len() as i64);
        let v = self.call_direct_or(m, p, n1, vals.len());
        self.b.ins().jump(join, &[v.into()]);

        self.enter(miss);
        let rest = self.b.ins().iadd_imm_s(p, 8);
        let n = self.b.ins().iconst(types::I64, args.len() as i64);
        let kw = self.zero();
        let v = self.call_v(Rt::CallMethod, &[o, nm, rest, n, kw]);
        self.b.ins().jump(join, &[v.into()]);

        self.enter(join);
        Ok(self.b.block_params(join)[0])
    }
}
