//! The IR's text form, printed by `pyaot build --emit ir`.
//!
//! One line per instruction: `r3 = add r1, r2  ; line 7`. Constants and
//! names are shown inline so that a function reads without the tables.

use crate::*;
use std::fmt::Write;

struct Printer<'a> {
    m: &'a Module,
    out: String,
    /// Extra comment lines per function (e.g. the back end's inferred types).
    notes: &'a dyn Fn(usize, &Function) -> Option<String>,
}

fn regs(rs: &[Reg]) -> String {
    rs.iter()
        .map(|r| r.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn opt(r: &Option<Reg>) -> String {
    r.map(|r| r.to_string()).unwrap_or_else(|| "-".into())
}

impl Printer<'_> {
    fn c(&self, c: ConstId) -> String {
        match &self.m.consts[c.0 as usize] {
            Const::None => "None".into(),
            Const::True => "True".into(),
            Const::False => "False".into(),
            Const::Ellipsis => "...".into(),
            Const::Int(i) => i.to_string(),
            Const::BigInt(s) => s.clone(),
            Const::Float(f) => format!("{f:?}"),
            Const::Complex(r, i) => format!("complex({r:?}, {i:?})"),
            Const::Str(s) => format!("{s:?}"),
            Const::SurrogateStr(cps) => format!("str{cps:x?}"),
            Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
            Const::FrozenSet(items) => {
                let parts: Vec<String> = items.iter().map(|i| self.c(*i)).collect();
                format!("frozenset({{{}}})", parts.join(", "))
            }
            Const::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(|i| self.c(*i)).collect();
                format!("({})", parts.join(", "))
            }
        }
    }
    fn n(&self, n: NameId) -> &str {
        &self.m.names[n.0 as usize]
    }
    fn kw(&self, k: &Option<ConstId>) -> String {
        k.map(|k| format!(" kw={}", self.c(k))).unwrap_or_default()
    }

    fn op(&self, op: &Op) -> String {
        match op {
            Op::Const { dst, c } => format!("{dst} = const {}", self.c(*c)),
            Op::Move { dst, src } => format!("{dst} = {src}"),
            Op::Clear { dst } => format!("{dst} = unbound"),
            Op::CheckBound { src, name, kind } => {
                format!("check_bound {src} {:?} ({kind:?})", self.n(*name))
            }
            Op::LoadGlobal { dst, name } => format!("{dst} = global {}", self.n(*name)),
            Op::StoreGlobal { name, src } => format!("global {} = {src}", self.n(*name)),
            Op::DelGlobal { name } => format!("del global {}", self.n(*name)),
            Op::Binary { dst, op, a, b } => format!("{dst} = {a} {} {b}", op.symbol()),
            Op::Inplace { dst, op, a, b } => format!("{dst} = {a} {}= {b}", op.symbol()),
            Op::Unary { dst, op, a } => format!("{dst} = {op:?} {a}"),
            Op::Compare { dst, op, a, b } => format!("{dst} = {a} {} {b}", op.symbol()),
            Op::Truth { dst, a } => format!("{dst} = bool {a}"),
            Op::GetAttr { dst, obj, name } => format!("{dst} = {obj}.{}", self.n(*name)),
            Op::SetAttr { obj, name, src } => format!("{obj}.{} = {src}", self.n(*name)),
            Op::DelAttr { obj, name } => format!("del {obj}.{}", self.n(*name)),
            Op::GetItem { dst, obj, key } => format!("{dst} = {obj}[{key}]"),
            Op::SetItem { obj, key, src } => format!("{obj}[{key}] = {src}"),
            Op::DelItem { obj, key } => format!("del {obj}[{key}]"),
            Op::MakeSlice { dst, lo, hi, step } => {
                format!("{dst} = slice({}, {}, {})", opt(lo), opt(hi), opt(step))
            }
            Op::Call {
                dst,
                func,
                args,
                kwnames,
            } => {
                format!("{dst} = call {func}({}){}", regs(args), self.kw(kwnames))
            }
            Op::CallMethod {
                dst,
                obj,
                name,
                args,
                kwnames,
            } => format!(
                "{dst} = callmethod {obj}.{}({}){}",
                self.n(*name),
                regs(args),
                self.kw(kwnames)
            ),
            Op::LoadMethod {
                func,
                this,
                obj,
                name,
            } => format!("{func}, {this} = loadmethod {obj}.{}", self.n(*name)),
            Op::CallLoaded {
                dst,
                func,
                this,
                args,
                kwnames,
            } => format!(
                "{dst} = callloaded {func}[{this}]({}){}",
                regs(args),
                self.kw(kwnames)
            ),
            Op::CallEx {
                dst,
                func,
                args,
                kwargs,
            } => {
                format!("{dst} = call_ex {func}(*{args}, **{})", opt(kwargs))
            }
            Op::BuildTuple { dst, items } => format!("{dst} = tuple({})", regs(items)),
            Op::BuildList { dst, items } => format!("{dst} = list[{}]", regs(items)),
            Op::BuildSet { dst, items } => format!("{dst} = set{{{}}}", regs(items)),
            Op::BuildDict { dst, items } => format!("{dst} = dict{{{}}}", regs(items)),
            Op::BuildString { dst, parts } => format!("{dst} = concat({})", regs(parts)),
            Op::FormatValue {
                dst,
                value,
                conv,
                spec,
            } => format!(
                "{dst} = format {value} conv={} spec={}",
                conv.map(|c| c.to_string()).unwrap_or_else(|| "-".into()),
                opt(spec)
            ),
            Op::ListAppend { list, item } => format!("list_append {list}, {item}"),
            Op::ListExtend {
                list,
                iter,
                call_func,
            } => match call_func {
                Some(f) => format!("list_extend {list}, {iter} call={f}"),
                None => format!("list_extend {list}, {iter}"),
            },
            Op::SetAdd { set, item } => format!("set_add {set}, {item}"),
            Op::SetUpdate { set, iter } => format!("set_update {set}, {iter}"),
            Op::DictSet { dict, key, value } => format!("{dict}[{key}] := {value}"),
            Op::DictUpdate {
                dict,
                mapping,
                kwargs_merge,
            } => match kwargs_merge {
                Some(f) => format!("dict_update {dict}, {mapping} merge={f}"),
                None => format!("dict_update {dict}, {mapping}"),
            },
            Op::ListToTuple { dst, list } => format!("{dst} = list_to_tuple {list}"),
            Op::GetIter { dst, obj } => format!("{dst} = iter {obj}"),
            Op::Unpack { dsts, src, star } => format!(
                "{} = unpack {src}{}",
                regs(dsts),
                star.map(|s| format!(" star={s}")).unwrap_or_default()
            ),
            Op::MakeFunction {
                dst,
                func,
                defaults,
                kwdefaults,
                closure,
            } => format!(
                "{dst} = make_function f{} defaults={} kwdefaults={} closure={}",
                func.0,
                opt(defaults),
                opt(kwdefaults),
                opt(closure)
            ),
            Op::MakeCell { dst, init } => format!("{dst} = cell({})", opt(init)),
            Op::CellGet {
                dst, cell, name, ..
            } => {
                format!("{dst} = cell_get {cell} ({})", self.n(*name))
            }
            Op::CellSet { cell, src } => format!("cell_set {cell}, {src}"),
            Op::CellClear { cell } => format!("cell_clear {cell}"),
            Op::LoadClosure { dst, idx } => format!("{dst} = closure[{idx}]"),
            Op::Import { dst, name, level } => {
                format!("{dst} = import {} level={level}", self.n(*name))
            }
            Op::ImportFrom { dst, module, name } => {
                format!("{dst} = from {module} import {}", self.n(*name))
            }
            Op::Catch { dst, saved } => format!("{dst}, {saved} = catch"),
            Op::RestoreExc { saved } => format!("restore_exc {saved}"),
            Op::ExcMatch { dst, exc, typ } => format!("{dst} = exc_match {exc}, {typ}"),
            Op::LoadBuiltin { dst, name } => format!("{dst} = builtin {}", self.n(*name)),
            Op::BuildClass {
                dst,
                body,
                name,
                bases,
                kwnames,
            } => format!(
                "{dst} = class {} body={body} bases=({}){}",
                self.n(*name),
                regs(bases),
                self.kw(kwnames)
            ),
            Op::Yield { dst, value } => format!("{dst} = yield {value}"),
            Op::YieldFrom { dst, iter } => format!("{dst} = yield_from {iter}"),
            Op::LoadLocals { dst } => format!("{dst} = locals"),
            Op::LoadGlobals { dst } => format!("{dst} = globals"),
            Op::LoadName { dst, name } => format!("{dst} = name {}", self.n(*name)),
            Op::StoreName { name, src } => format!("name {} = {src}", self.n(*name)),
            Op::DelName { name } => format!("del name {}", self.n(*name)),
            Op::GetYieldFromIter { dst, obj } => format!("{dst} = yield_from_iter {obj}"),
            Op::GetAwaitable { dst, obj } => format!("{dst} = get_awaitable {obj}"),
        }
    }

    fn term(&self, t: &Term) -> String {
        match t {
            Term::Jump(b) => format!("jump {b}"),
            Term::Branch { cond, then, els } => format!("branch {cond}, {then}, {els}"),
            Term::Return(r) => format!("return {r}"),
            Term::Raise { exc, cause } => format!("raise {} from {}", opt(exc), opt(cause)),
            Term::Reraise(r) => format!("reraise {r}"),
            Term::ForIter {
                iter,
                dst,
                body,
                exit,
            } => {
                format!("{dst} = for_iter {iter}, {body}, exhausted {exit}")
            }
            Term::Unreachable => "unreachable".into(),
        }
    }

    fn function(&mut self, id: usize, f: &Function) {
        let p = &f.params;
        let _ = writeln!(
            self.out,
            "function f{id} {} ({:?}, line {}) params={:?} posonly={} npos={} nkwonly={} *{} **{} nregs={}",
            f.qualname,
            f.kind,
            f.first_line,
            p.names,
            p.posonly,
            p.npos,
            p.nkwonly,
            p.varargs.as_deref().unwrap_or("-"),
            p.varkw.as_deref().unwrap_or("-"),
            f.nregs
        );
        if !f.freevars.is_empty() {
            let _ = writeln!(self.out, "  freevars {:?}", f.freevars);
        }
        if !f.reg_names.is_empty() {
            let names: Vec<String> = f
                .reg_names
                .iter()
                .map(|(r, n)| format!("{r}={n}"))
                .collect();
            let _ = writeln!(self.out, "  locals {}", names.join(" "));
        }
        if let Some(note) = (self.notes)(id, f) {
            let _ = writeln!(self.out, "  ; {note}");
        }
        if !f.reg_types.is_empty() {
            let tys: Vec<String> = f
                .reg_types
                .iter()
                .map(|(r, t)| format!("{r}:{t:?}"))
                .collect();
            let _ = writeln!(self.out, "  types {}", tys.join(" "));
        }
        for (i, b) in f.blocks.iter().enumerate() {
            let h = b
                .handler
                .map(|h| format!(" (except -> {h})"))
                .unwrap_or_default();
            let _ = writeln!(self.out, "  b{i}:{h}");
            for inst in &b.insts {
                let _ = writeln!(
                    self.out,
                    "    {:<50} ; line {}",
                    self.op(&inst.op),
                    inst.line
                );
            }
            let _ = writeln!(
                self.out,
                "    {:<50} ; line {}",
                self.term(&b.term),
                b.term_line
            );
        }
    }
}

/// Render a whole module as text.
pub fn print_module(m: &Module) -> String {
    print_module_annotated(m, &|_, _| None)
}

/// Render a whole module as text, with a comment line from `notes` after
/// each function's header where it gives one.
pub fn print_module_annotated(
    m: &Module,
    notes: &dyn Fn(usize, &Function) -> Option<String>,
) -> String {
    let mut p = Printer {
        m,
        out: String::new(),
        notes,
    };
    for (i, f) in m.functions.iter().enumerate() {
        p.function(i, f);
        p.out.push('\n');
    }
    p.out
}
