//! Register liveness at the resume points of a generator: which registers
//! a native generator must spill to its register file at each `yield` and
//! reload when resumed (`gen.rs`). Every other register is dead there.
//!
//! A backward dataflow over the IR blocks with union as the meet. Every
//! read of a register is a use (including `CheckBound` and `Move`, so a
//! register whose unboundness may be observed later is live and keeps its
//! NULL). An exception may leave a block at any instruction, so the live-in
//! set of the block's handler is live at every point of the block. A
//! `ForIter` defines its destination only on the edge into the loop body.
//!
//! The op lists in [`uses`] and [`defs`] are exhaustive on purpose: a new IR
//! op must be classified here before the back end compiles again.

use pyaot_ir::{Function, Op, Reg, Term};

/// A set of registers.
pub type Set = Vec<u64>;

/// Maps a register to its bit (None: not tracked).
pub type Index<'a> = &'a dyn Fn(Reg) -> Option<usize>;

fn add(s: &mut Set, ix: Index, r: Reg) {
    if let Some(i) = ix(r) {
        if let Some(w) = s.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }
}

fn remove(s: &mut Set, ix: Index, r: Reg) {
    if let Some(i) = ix(r) {
        if let Some(w) = s.get_mut(i / 64) {
            *w &= !(1 << (i % 64));
        }
    }
}

fn union(into: &mut Set, s: &Set) -> bool {
    let mut changed = false;
    for (a, b) in into.iter_mut().zip(s) {
        let v = *a | *b;
        changed |= v != *a;
        *a = v;
    }
    changed
}

/// The registers of a set over all registers (identity index).
fn members(s: &Set) -> Vec<Reg> {
    let mut out = Vec::new();
    for (i, w) in s.iter().enumerate() {
        let mut w = *w;
        while w != 0 {
            let b = w.trailing_zeros();
            out.push(Reg(i as u32 * 64 + b));
            w &= w - 1;
        }
    }
    out
}

/// Call `u` for every register `op` reads.
pub fn uses(op: &Op, mut u: impl FnMut(Reg)) {
    let opt = |r: &Option<Reg>, u: &mut dyn FnMut(Reg)| {
        if let Some(r) = r {
            u(*r)
        }
    };
    match op {
        Op::Const { .. }
        | Op::Clear { .. }
        | Op::LoadGlobal { .. }
        | Op::DelGlobal { .. }
        | Op::MakeCell { init: None, .. }
        | Op::LoadClosure { .. }
        | Op::Import { .. }
        | Op::Catch { .. }
        | Op::LoadBuiltin { .. }
        | Op::LoadGlobals { .. }
        | Op::LoadLocals { .. }
        | Op::LoadName { .. }
        | Op::DelName { .. } => {}
        Op::Move { src: a, .. }
        | Op::CheckBound { src: a, .. }
        | Op::StoreGlobal { src: a, .. }
        | Op::Unary { a, .. }
        | Op::Truth { a, .. }
        | Op::GetAttr { obj: a, .. }
        | Op::DelAttr { obj: a, .. }
        | Op::ListToTuple { list: a, .. }
        | Op::GetIter { obj: a, .. }
        | Op::Unpack { src: a, .. }
        | Op::MakeCell { init: Some(a), .. }
        | Op::CellGet { cell: a, .. }
        | Op::CellClear { cell: a }
        | Op::ImportFrom { module: a, .. }
        | Op::RestoreExc { saved: a }
        | Op::Yield { value: a, .. }
        | Op::YieldFrom { iter: a, .. }
        | Op::StoreName { src: a, .. }
        | Op::GetYieldFromIter { obj: a, .. }
        | Op::GetAwaitable { obj: a, .. } => u(*a),
        Op::Binary { a, b, .. }
        | Op::Inplace { a, b, .. }
        | Op::Compare { a, b, .. }
        | Op::SetAttr { obj: a, src: b, .. }
        | Op::GetItem { obj: a, key: b, .. }
        | Op::DelItem { obj: a, key: b }
        | Op::ListAppend { list: a, item: b }
        | Op::SetAdd { set: a, item: b }
        | Op::SetUpdate { set: a, iter: b }
        | Op::CellSet { cell: a, src: b }
        | Op::ExcMatch { exc: a, typ: b, .. } => {
            u(*a);
            u(*b)
        }
        Op::ListExtend {
            list: a,
            iter: b,
            call_func: c,
        }
        | Op::DictUpdate {
            dict: a,
            mapping: b,
            kwargs_merge: c,
        } => {
            u(*a);
            u(*b);
            if let Some(c) = c {
                u(*c)
            }
        }
        Op::SetItem { obj, key, src } => {
            u(*obj);
            u(*key);
            u(*src)
        }
        Op::DictSet { dict, key, value } => {
            u(*dict);
            u(*key);
            u(*value)
        }
        Op::MakeSlice { lo, hi, step, .. } => {
            opt(lo, &mut u);
            opt(hi, &mut u);
            opt(step, &mut u)
        }
        Op::Call { func, args, .. } => {
            u(*func);
            args.iter().for_each(|a| u(*a))
        }
        Op::CallMethod { obj, args, .. } => {
            u(*obj);
            args.iter().for_each(|a| u(*a))
        }
        Op::LoadMethod { obj, .. } => u(*obj),
        Op::CallLoaded {
            func, this, args, ..
        } => {
            u(*func);
            u(*this);
            args.iter().for_each(|a| u(*a))
        }
        Op::CallEx {
            func, args, kwargs, ..
        } => {
            u(*func);
            u(*args);
            opt(kwargs, &mut u)
        }
        Op::BuildTuple { items, .. }
        | Op::BuildList { items, .. }
        | Op::BuildSet { items, .. }
        | Op::BuildDict { items, .. }
        | Op::BuildString { parts: items, .. } => items.iter().for_each(|a| u(*a)),
        Op::FormatValue { value, spec, .. } => {
            u(*value);
            opt(spec, &mut u)
        }
        Op::MakeFunction {
            defaults,
            kwdefaults,
            closure,
            ..
        } => {
            opt(defaults, &mut u);
            opt(kwdefaults, &mut u);
            opt(closure, &mut u)
        }
        Op::BuildClass { body, bases, .. } => {
            u(*body);
            bases.iter().for_each(|a| u(*a))
        }
    }
}

/// Call `d` for every register `op` writes (on success).
pub fn defs(op: &Op, mut d: impl FnMut(Reg)) {
    match op {
        Op::Const { dst, .. }
        | Op::Move { dst, .. }
        | Op::Clear { dst }
        | Op::LoadGlobal { dst, .. }
        | Op::Binary { dst, .. }
        | Op::Inplace { dst, .. }
        | Op::Unary { dst, .. }
        | Op::Compare { dst, .. }
        | Op::Truth { dst, .. }
        | Op::GetAttr { dst, .. }
        | Op::GetItem { dst, .. }
        | Op::MakeSlice { dst, .. }
        | Op::Call { dst, .. }
        | Op::CallMethod { dst, .. }
        | Op::CallLoaded { dst, .. }
        | Op::CallEx { dst, .. }
        | Op::BuildTuple { dst, .. }
        | Op::BuildList { dst, .. }
        | Op::BuildSet { dst, .. }
        | Op::BuildDict { dst, .. }
        | Op::BuildString { dst, .. }
        | Op::FormatValue { dst, .. }
        | Op::ListToTuple { dst, .. }
        | Op::GetIter { dst, .. }
        | Op::MakeFunction { dst, .. }
        | Op::MakeCell { dst, .. }
        | Op::CellGet { dst, .. }
        | Op::LoadClosure { dst, .. }
        | Op::Import { dst, .. }
        | Op::ImportFrom { dst, .. }
        | Op::ExcMatch { dst, .. }
        | Op::LoadBuiltin { dst, .. }
        | Op::LoadGlobals { dst }
        | Op::BuildClass { dst, .. }
        | Op::Yield { dst, .. }
        | Op::YieldFrom { dst, .. }
        | Op::LoadLocals { dst }
        | Op::LoadName { dst, .. }
        | Op::GetYieldFromIter { dst, .. }
        | Op::GetAwaitable { dst, .. } => d(*dst),
        Op::Unpack { dsts, .. } => dsts.iter().for_each(|r| d(*r)),
        Op::Catch { dst, saved } => {
            d(*dst);
            d(*saved)
        }
        Op::LoadMethod { func, this, .. } => {
            d(*func);
            d(*this)
        }
        Op::CheckBound { .. }
        | Op::StoreGlobal { .. }
        | Op::DelGlobal { .. }
        | Op::SetAttr { .. }
        | Op::DelAttr { .. }
        | Op::SetItem { .. }
        | Op::DelItem { .. }
        | Op::ListAppend { .. }
        | Op::ListExtend { .. }
        | Op::SetAdd { .. }
        | Op::SetUpdate { .. }
        | Op::DictSet { .. }
        | Op::DictUpdate { .. }
        | Op::CellSet { .. }
        | Op::CellClear { .. }
        | Op::RestoreExc { .. }
        | Op::StoreName { .. }
        | Op::DelName { .. } => {}
    }
}

/// Registers the terminator reads.
pub fn term_uses(t: &Term, mut u: impl FnMut(Reg)) {
    match t {
        Term::Branch { cond, .. } => u(*cond),
        Term::Return(r) | Term::Reraise(r) => u(*r),
        Term::Raise { exc, cause } => {
            exc.iter().chain(cause).for_each(|r| u(*r));
        }
        Term::ForIter { iter, .. } => u(*iter),
        Term::Jump(_) | Term::Unreachable => {}
    }
}

/// Above this many register bits × blocks (32 MB), the analysis is skipped
/// (every register is kept).
const MAX_BITS: usize = 1 << 28;

/// Walk block `i` backwards from its live-out set; `at` sees the set after
/// each instruction (index, set) before stepping over it. Returns the
/// block's live-in set.
pub fn walk(
    f: &Function,
    ix: Index,
    i: usize,
    live_in: &[Set],
    at: &mut dyn FnMut(usize, &Set),
) -> Set {
    let words = live_in[i].len();
    let empty: Set = vec![0; words];
    let blk = &f.blocks[i];
    let h = blk
        .handler
        .map(|h| live_in[h.0 as usize].clone())
        .unwrap_or_else(|| empty.clone());
    let mut s = empty;
    match &blk.term {
        Term::ForIter {
            dst, body, exit, ..
        } => {
            let mut b = live_in[body.0 as usize].clone();
            remove(&mut b, ix, *dst);
            union(&mut s, &b);
            union(&mut s, &live_in[exit.0 as usize]);
        }
        t => {
            for succ in t.successors() {
                union(&mut s, &live_in[succ.0 as usize]);
            }
        }
    }
    term_uses(&blk.term, |r| add(&mut s, ix, r));
    union(&mut s, &h);
    for (j, inst) in blk.insts.iter().enumerate().rev() {
        at(j, &s);
        defs(&inst.op, |r| remove(&mut s, ix, r));
        uses(&inst.op, |r| add(&mut s, ix, r));
        union(&mut s, &h);
    }
    s
}

/// The live-in set of every block (empty for unreachable ones) over the
/// `ntracked` registers that `ix` maps, or None when the function is too
/// large for the analysis.
pub fn live_in_sets(
    f: &Function,
    reachable: &[bool],
    ix: Index,
    ntracked: usize,
) -> Option<Vec<Set>> {
    let words = ntracked.div_ceil(64).max(1);
    if words * 64 * f.blocks.len() > MAX_BITS {
        return None;
    }
    let mut live_in: Vec<Set> = vec![vec![0; words]; f.blocks.len()];
    let mut changed = true;
    while changed {
        changed = false;
        for i in (0..f.blocks.len()).rev() {
            if !reachable[i] {
                continue;
            }
            let s = walk(f, ix, i, &live_in, &mut |_, _| {});
            changed |= union(&mut live_in[i], &s);
        }
    }
    Some(live_in)
}

/// Is bit `i` in `s`?
pub fn contains(s: &Set, i: usize) -> bool {
    s.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
}

/// For each resume point of `f` in lowering order (reachable blocks in
/// order, then instructions in order): the registers live across it.
#[allow(clippy::needless_range_loop)]
pub fn resume_points(f: &Function, reachable: &[bool]) -> Vec<Vec<Reg>> {
    let n = f.nregs as usize;
    let npoints = super::gen::count_points(f, reachable);
    let all = |r: Reg| Some(r.0 as usize).filter(|&i| i < n);
    let Some(live_in) = live_in_sets(f, reachable, &all, n) else {
        let all: Vec<Reg> = (0..f.nregs).map(Reg).collect();
        return vec![all; npoints];
    };
    let mut out = Vec::with_capacity(npoints);
    for i in 0..f.blocks.len() {
        if !reachable[i] {
            continue;
        }
        let mut pts: Vec<(usize, Vec<Reg>)> = Vec::new();
        walk(
            f,
            &all,
            i,
            &live_in,
            &mut |j, s| match &f.blocks[i].insts[j].op {
                Op::Yield { .. } => pts.push((j, members(s))),
                Op::YieldFrom { iter, .. } => {
                    let mut s = s.clone();
                    add(&mut s, &all, *iter);
                    pts.push((j, members(&s)))
                }
                _ => {}
            },
        );
        pts.sort_by_key(|p| p.0);
        out.extend(
            pts.into_iter()
                .map(|p| p.1.into_iter().filter(|r| (r.0 as usize) < n).collect()),
        );
    }
    out
}
