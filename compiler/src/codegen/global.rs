//! Inline global loads: `LoadGlobal` reads its site's inline cache
//! (`runtime::exec::GlobalIc`, five words) without calling the runtime.
//!
//! Hit condition, all inline: the cache's `dict` word is the function's
//! globals dict (`FuncObj.globals`, offset 24), the cache's `gver` equals
//! that dict's version (offset 8 of the dict object), and the word at
//! `verp` equals `ver` (a constant zero word for names found in the
//! globals, the builtins dict's version for builtins). The value is then
//! the word `valp` points at: the dict entry itself, so rebinding a global
//! or a builtin is seen at once. Any insertion, deletion or resize of
//! either dict bumps its version and sends the site to `rt_load_global_ic`,
//! which looks the name up and refills the cache. A zeroed cache never hits
//! (its `dict` word is NULL).

use super::func::{LResult, Lower, NO_ARGS};
use super::rt::Rt;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData};
use pyaot_ir::{NameId, Reg};

/// `runtime::func::FuncObj.globals`.
const FUNC_GLOBALS: i32 = 24;
/// `runtime::dict::DICT_VERSION_OFFSET`.
const DICT_VERSION: i32 = 8;

impl Lower<'_> {
    /// `dst = global name` through an inline cache.
    pub fn load_global(&mut self, dst: Reg, name: NameId) -> LResult<()> {
        let n = self.name_word(name)?;
        let ic = self.ic_slot();
        let (chk_ver, chk_b, hit, slow, join) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(join, types::I64);
        self.b.set_cold_block(slow);
        let flags = MemFlagsData::trusted();
        let g = self
            .b
            .ins()
            .load(types::I64, flags, self.func_v, FUNC_GLOBALS);
        let d = self.b.ins().load(types::I64, flags, ic, 0);
        let same = self.b.ins().icmp(IntCC::Equal, d, g);
        self.b.ins().brif(same, chk_ver, NO_ARGS, slow, NO_ARGS);

        self.enter(chk_ver);
        let gv = self.b.ins().load(types::I64, flags, g, DICT_VERSION);
        let cv = self.b.ins().load(types::I64, flags, ic, 8);
        let same = self.b.ins().icmp(IntCC::Equal, gv, cv);
        self.b.ins().brif(same, chk_b, NO_ARGS, slow, NO_ARGS);

        self.enter(chk_b);
        let verp = self.b.ins().load(types::I64, flags, ic, 24);
        let bv = self.b.ins().load(types::I64, flags, verp, 0);
        let cv = self.b.ins().load(types::I64, flags, ic, 32);
        let same = self.b.ins().icmp(IntCC::Equal, bv, cv);
        self.b.ins().brif(same, hit, NO_ARGS, slow, NO_ARGS);

        self.enter(hit);
        let valp = self.b.ins().load(types::I64, flags, ic, 16);
        let v = self.b.ins().load(types::I64, flags, valp, 0);
        self.b.ins().jump(join, &[v.into()]);

        self.enter(slow);
        let v = self.call_v(Rt::LoadGlobalIc, &[self.func_v, n, ic]);
        self.b.ins().jump(join, &[v.into()]);

        self.enter(join);
        let v = self.b.block_params(join)[0];
        self.set(dst, v)
    }
}
