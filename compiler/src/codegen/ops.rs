//! Lowering of IR instructions: one runtime call per op (plus the inline
//! fast paths of `fast.rs`), with the result checked and the destination
//! register defined only on success.
//!
//! Operand conventions: absent optional registers are passed as 0; names
//! are the interned str words from `pyaot_names`; variable-length operand
//! lists are stored in the function's scratch stack slot, whose address is
//! passed with the count.

use super::func::{LResult, Lower, NO_ARGS};
use super::rt::Rt;
use cranelift_codegen::ir::{InstBuilder, Value};
use pyaot_ir::{BindKind, ConstId, Op};

fn bind_kind(k: BindKind) -> u32 {
    match k {
        BindKind::Local => 0,
        BindKind::Free => 1,
    }
}

impl Lower<'_> {
    pub(super) fn kwnames(&mut self, k: Option<ConstId>) -> LResult<Value> {
        match k {
            Some(c) => self.const_word(c),
            None => Ok(self.zero()),
        }
    }

    /// Store `regs` in the scratch slot: (address, count).
    fn array(&mut self, regs: &[pyaot_ir::Reg]) -> LResult<(Value, Value)> {
        let vals = self.get_all(regs)?;
        let addr = self.write_scratch(&vals);
        let n = self.i64c(regs.len() as i64);
        Ok((addr, n))
    }

    pub fn lower_op(&mut self, op: &Op) -> LResult<()> {
        match op {
            Op::Const { dst, c } => {
                let v = self.const_word(*c)?;
                self.set(*dst, v)?;
            }
            Op::Move { dst, src } => {
                let v = self.get(*src)?;
                self.set(*dst, v)?;
            }
            Op::Clear { dst } => {
                let z = self.zero();
                self.set(*dst, z)?;
            }
            Op::CheckBound { src, .. } if self.known_bound(*src) => {}
            Op::CheckBound { src, name, kind } => {
                let v = self.get(*src)?;
                let (ok, fail) = (self.b.create_block(), self.b.create_block());
                self.b.set_cold_block(fail);
                self.b.ins().brif(v, ok, NO_ARGS, fail, NO_ARGS);
                self.enter(fail);
                let (n, k) = (self.name_word(*name)?, self.u32c(bind_kind(*kind)));
                self.call(Rt::CheckBoundFail, &[n, k]);
                let err = self.err_block(true);
                self.b.ins().jump(err, NO_ARGS);
                self.enter(ok);
            }
            Op::LoadGlobal { dst, name } => self.load_global(*dst, *name)?,
            Op::StoreGlobal { name, src } => {
                let (n, v) = (self.name_word(*name)?, self.get(*src)?);
                self.call_s(Rt::StoreGlobal, &[self.func_v, n, v]);
            }
            Op::DelGlobal { name } => {
                let n = self.name_word(*name)?;
                self.call_s(Rt::DelGlobal, &[self.func_v, n]);
            }
            Op::Binary { dst, op, a, b } => self.arith(*dst, *op, *a, *b, false)?,
            Op::Inplace { dst, op, a, b } => self.arith(*dst, *op, *a, *b, true)?,
            Op::Unary { dst, op, a } => self.unary(*dst, *op, *a)?,
            Op::Compare { dst, op, a, b } => self.compare(*dst, *op, *a, *b)?,
            Op::Truth { dst, a } => self.truth(*dst, *a)?,
            Op::GetAttr { dst, obj, name } => self.get_attr(*dst, *obj, *name)?,
            Op::SetAttr { obj, name, src } => {
                self.set_attr(*obj, *name, *src)?;
            }
            Op::DelAttr { obj, name } => {
                let (o, n) = (self.get(*obj)?, self.name_word(*name)?);
                self.call_s(Rt::DelAttr, &[o, n]);
            }
            Op::GetItem { dst, obj, key } => self.get_item(*dst, *obj, *key)?,
            Op::SetItem { obj, key, src } => self.set_item(*obj, *key, *src)?,
            Op::DelItem { obj, key } => {
                let (o, k) = (self.get(*obj)?, self.get(*key)?);
                self.call_s(Rt::DelItem, &[o, k]);
            }
            Op::MakeSlice { dst, lo, hi, step } => {
                let (l, h, s) = (self.get_opt(*lo)?, self.get_opt(*hi)?, self.get_opt(*step)?);
                let v = self.call_v(Rt::MakeSlice, &[l, h, s]);
                self.set(*dst, v)?;
            }
            Op::Call {
                dst,
                func,
                args,
                kwnames,
            } => {
                let f = self.get(*func)?;
                if kwnames.is_none() {
                    let (p, n) = self.array(args)?;
                    let v = self.call_direct_or(f, p, n, args.len());
                    return self.set(*dst, v);
                }
                let kw = self.kwnames(*kwnames)?;
                let (p, n) = self.array(args)?;
                let v = self.call_v(Rt::Call, &[f, p, n, kw]);
                self.set(*dst, v)?;
            }
            Op::CallMethod {
                dst,
                obj,
                name,
                args,
                kwnames,
            } => {
                let (o, nm) = (self.get(*obj)?, self.name_word(*name)?);
                if kwnames.is_none() {
                    let v = self.call_method_ic(o, nm, args)?;
                    return self.set(*dst, v);
                }
                let kw = self.kwnames(*kwnames)?;
                let (p, n) = self.array(args)?;
                let v = self.call_v(Rt::CallMethod, &[o, nm, p, n, kw]);
                self.set(*dst, v)?;
            }
            Op::LoadMethod {
                func,
                this,
                obj,
                name,
            } => {
                let (o, nm) = (self.get(*obj)?, self.name_word(*name)?);
                let (f, t) = self.load_method(o, nm);
                self.set(*func, f)?;
                self.set(*this, t)?;
            }
            Op::CallLoaded {
                dst,
                func,
                this,
                args,
                kwnames,
            } => {
                let (f, t) = (self.get(*func)?, self.get(*this)?);
                let v = self.call_loaded(f, t, args, *kwnames)?;
                self.set(*dst, v)?;
            }
            Op::CallEx {
                dst,
                func,
                args,
                kwargs,
            } => {
                let (f, a, k) = (self.get(*func)?, self.get(*args)?, self.get_opt(*kwargs)?);
                let v = self.call_v(Rt::CallEx, &[f, a, k]);
                self.set(*dst, v)?;
            }
            Op::BuildTuple { dst, items } => self.build(Rt::BuildTuple, *dst, items, 1)?,
            Op::BuildList { dst, items } => self.build(Rt::BuildList, *dst, items, 1)?,
            Op::BuildSet { dst, items } => self.build(Rt::BuildSet, *dst, items, 1)?,
            Op::BuildDict { dst, items } => {
                if items.len() % 2 != 0 {
                    return Err("BuildDict with an odd number of items".into());
                }
                self.build(Rt::BuildDict, *dst, items, 2)?
            }
            Op::BuildString { dst, parts } => self.build(Rt::BuildString, *dst, parts, 1)?,
            Op::FormatValue {
                dst,
                value,
                conv,
                spec,
            } => {
                let v = self.get(*value)?;
                let c = self.u32c(conv.map_or(0, |c| c as u32));
                let s = self.get_opt(*spec)?;
                let r = self.call_v(Rt::FormatValue, &[v, c, s]);
                self.set(*dst, r)?;
            }
            Op::ListAppend { list, item } => self.status2(Rt::ListAppend, *list, *item)?,
            Op::ListExtend {
                list,
                iter,
                call_func,
            } => {
                let (l, it) = (self.get(*list)?, self.get(*iter)?);
                let f = match call_func {
                    Some(f) => self.get(*f)?,
                    None => self.zero(),
                };
                self.call_s(Rt::ListExtend, &[l, it, f]);
            }
            Op::SetAdd { set, item } => self.status2(Rt::SetAdd, *set, *item)?,
            Op::SetUpdate { set, iter } => self.status2(Rt::SetUpdate, *set, *iter)?,
            Op::DictSet { dict, key, value } => {
                let (d, k, v) = (self.get(*dict)?, self.get(*key)?, self.get(*value)?);
                self.call_s(Rt::DictSet, &[d, k, v]);
            }
            Op::DictUpdate {
                dict,
                mapping,
                kwargs_merge,
            } => {
                let (d, m) = (self.get(*dict)?, self.get(*mapping)?);
                let f = match kwargs_merge {
                    Some(f) => self.get(*f)?,
                    None => self.zero(),
                };
                self.call_s(Rt::DictUpdate, &[d, m, f]);
            }
            Op::ListToTuple { dst, list } => {
                let l = self.get(*list)?;
                let v = self.call_v(Rt::ListToTuple, &[l]);
                self.set(*dst, v)?;
            }
            Op::GetIter { dst, obj } => {
                let o = self.get(*obj)?;
                let v = self.call_v(Rt::GetIter, &[o]);
                self.set(*dst, v)?;
            }
            Op::Unpack {
                dsts,
                src,
                star: None,
            } => self.unpack(dsts, *src)?,
            Op::Unpack { dsts, src, star } => {
                let s = self.get(*src)?;
                let p = self.scratch_addr();
                let n = self.i64c(dsts.len() as i64);
                let st = self.i64c(star.map_or(-1, |i| i as i64));
                self.call_s(Rt::Unpack, &[s, p, n, st]);
                for (i, d) in dsts.iter().enumerate() {
                    let v = self.read_scratch(i);
                    self.set(*d, v)?;
                }
            }
            Op::MakeFunction {
                dst,
                func,
                defaults,
                kwdefaults,
                closure,
            } => {
                if func.0 as usize >= self.m.functions.len() {
                    return Err(format!("function #{} out of range", func.0));
                }
                let id = self.u32c(func.0);
                let (d, k, c) = (
                    self.get_opt(*defaults)?,
                    self.get_opt(*kwdefaults)?,
                    self.get_opt(*closure)?,
                );
                let v = self.call_v(Rt::MakeFunction, &[self.func_v, id, d, k, c]);
                self.set(*dst, v)?;
            }
            Op::MakeCell { dst, init } => {
                let i = self.get_opt(*init)?;
                let v = self.call_v(Rt::MakeCell, &[i]);
                self.set(*dst, v)?;
            }
            Op::CellGet {
                dst,
                cell,
                name,
                kind,
            } => {
                let (c, n, k) = (
                    self.get(*cell)?,
                    self.name_word(*name)?,
                    self.u32c(bind_kind(*kind)),
                );
                let v = self.call_v(Rt::CellGet, &[c, n, k]);
                self.set(*dst, v)?;
            }
            Op::CellSet { cell, src } => self.status2(Rt::CellSet, *cell, *src)?,
            Op::CellClear { cell } => {
                let c = self.get(*cell)?;
                self.call_s(Rt::CellClear, &[c]);
            }
            Op::LoadClosure { dst, idx } => {
                let i = self.u32c(*idx);
                let v = self.call_v(Rt::LoadClosure, &[self.func_v, i]);
                self.set(*dst, v)?;
            }
            Op::Import { dst, name, level } => {
                let (n, l) = (self.name_word(*name)?, self.u32c(*level));
                let v = self.call_v(Rt::Import, &[self.func_v, n, l]);
                self.set(*dst, v)?;
            }
            Op::ImportFrom { dst, module, name } => {
                let (m, n) = (self.get(*module)?, self.name_word(*name)?);
                let v = self.call_v(Rt::ImportFrom, &[m, n]);
                self.set(*dst, v)?;
            }
            Op::Catch { dst, saved } => {
                let p = self.scratch_addr();
                let e = self.call(Rt::Catch, &[p]).unwrap();
                let prev = self.read_scratch(0);
                self.set(*saved, prev)?;
                self.set(*dst, e)?;
            }
            Op::RestoreExc { saved } => {
                let s = self.get(*saved)?;
                self.call(Rt::RestoreExc, &[s]);
            }
            Op::ExcMatch { dst, exc, typ } => {
                let (e, t) = (self.get(*exc)?, self.get(*typ)?);
                let r = self.call_s(Rt::ExcMatch, &[e, t]);
                let v = self.bool_word(r);
                self.set(*dst, v)?;
            }
            Op::LoadGlobals { dst } => {
                let v = self.call_v(Rt::LoadGlobals, &[self.func_v]);
                self.set(*dst, v)?;
            }
            Op::LoadBuiltin { dst, name } => {
                let n = self.name_word(*name)?;
                let v = self.call_v(Rt::LoadBuiltin, &[n]);
                self.set(*dst, v)?;
            }
            Op::Yield { dst, value } => self.lower_yield(*dst, *value)?,
            Op::YieldFrom { dst, iter } => self.lower_yield_from(*dst, *iter)?,
            Op::GetYieldFromIter { dst, obj } => {
                let o = self.get(*obj)?;
                let v = self.call_v(Rt::YieldFromIter, &[o]);
                self.set(*dst, v)?;
            }
            Op::GetAwaitable { dst, obj } => {
                let o = self.get(*obj)?;
                let v = self.call_v(Rt::GetAwaitable, &[o]);
                self.set(*dst, v)?;
            }
            Op::BuildClass {
                dst,
                body,
                name,
                bases,
                kwnames,
            } => {
                let (bd, nm) = (self.get(*body)?, self.name_word(*name)?);
                let kw = self.kwnames(*kwnames)?;
                let (p, n) = self.array(bases)?;
                let v = self.call_v(Rt::BuildClass, &[bd, nm, p, n, kw]);
                self.set(*dst, v)?;
            }
            Op::LoadLocals { dst } => {
                let ns = self.locals()?;
                self.set(*dst, ns)?;
            }
            Op::LoadName { dst, name } => {
                let (ns, n) = (self.locals()?, self.name_word(*name)?);
                let v = self.call_v(Rt::LoadName, &[self.func_v, ns, n]);
                self.set(*dst, v)?;
            }
            Op::StoreName { name, src } => {
                let (ns, n, v) = (self.locals()?, self.name_word(*name)?, self.get(*src)?);
                self.call_s(Rt::StoreName, &[ns, n, v]);
            }
            Op::DelName { name } => {
                let (ns, n) = (self.locals()?, self.name_word(*name)?);
                self.call_s(Rt::DelName, &[ns, n]);
            }
        }
        Ok(())
    }

    /// The class namespace (class bodies only).
    fn locals(&self) -> LResult<Value> {
        self.locals_v
            .ok_or_else(|| "internal: class namespace outside a class body".to_string())
    }

    /// A `Build*` op over `items` (`per` registers per element).
    fn build(
        &mut self,
        f: Rt,
        dst: pyaot_ir::Reg,
        items: &[pyaot_ir::Reg],
        per: i64,
    ) -> LResult<()> {
        let (p, _) = self.array(items)?;
        let n = self.i64c(items.len() as i64 / per);
        let v = self.call_v(f, &[p, n]);
        self.set(dst, v)
    }

    /// A two-operand op with a status result.
    fn status2(&mut self, f: Rt, a: pyaot_ir::Reg, b: pyaot_ir::Reg) -> LResult<()> {
        let (va, vb) = (self.get(a)?, self.get(b)?);
        self.call_s(f, &[va, vb]);
        Ok(())
    }
}
