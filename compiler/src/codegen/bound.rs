//! Definite assignment: which registers are certainly bound at each point,
//! so that `CheckBound` of such a register emits no code.
//!
//! A forward dataflow over the IR blocks with intersection as the meet.
//! Only registers that matter are tracked: `CheckBound` operands and both
//! sides of `Move`s (locals are typically assigned through a `Move` of a
//! temporary). A register becomes bound when an op defines it (runtime
//! results are checked to be non-null before the register is written),
//! and unbound through `Clear`, a `Move` from a register not known to be
//! bound, or as the `saved` operand of `Catch` (there may be no previously
//! handled exception). Parameters are bound at entry. A handler starts with
//! what holds everywhere in the blocks it protects: their entry state minus
//! anything those blocks may unbind.
//!
//! The op list in [`defs`] is exhaustive on purpose: a new IR op must be
//! classified here before the back end compiles again.

use pyaot_ir::{Function, Op, Reg, Term};

/// A set of tracked registers.
pub type Set = Vec<u64>;

pub struct Bound {
    /// Register → tracked index + 1 (0: not tracked).
    index: Vec<u32>,
    /// Per-block entry states (for reachable blocks).
    entry: Vec<Set>,
}

/// Call `def` for every register `op` defines when it succeeds, except
/// `Move`/`Clear`/`Catch`, which the transfer function handles itself.
fn defs(op: &Op, def: impl FnMut(Reg)) {
    if !matches!(op, Op::Move { .. } | Op::Clear { .. } | Op::Catch { .. }) {
        super::live::defs(op, def);
    }
}

/// Upper bound on tracked registers × blocks (bits) for running the
/// analysis; beyond it, every `CheckBound` is kept.
const MAX_BITS: usize = 1 << 26;

impl Bound {
    /// Analyse `f`; `live` marks the reachable blocks. None if too large.
    pub fn analyze(f: &Function, live: &[bool]) -> Option<Bound> {
        let mut index = vec![0u32; f.nregs as usize];
        let mut n = 0u32;
        let mut track = |r: Reg| {
            if let Some(slot) = index.get_mut(r.0 as usize) {
                if *slot == 0 {
                    n += 1;
                    *slot = n;
                }
            }
        };
        for inst in f.blocks.iter().flat_map(|b| &b.insts) {
            match &inst.op {
                Op::CheckBound { src, .. } => track(*src),
                Op::Move { dst, src } => {
                    track(*dst);
                    track(*src);
                }
                _ => {}
            }
        }
        let words = (n as usize).div_ceil(64);
        if n == 0 || words * 64 * f.blocks.len() > MAX_BITS {
            return None;
        }
        let mut b = Bound {
            index,
            entry: Vec::new(),
        };
        let full: Set = vec![!0u64; words];
        let mut start = vec![0u64; words];
        for r in 0..f.params.count().min(f.nregs as usize) {
            b.add(&mut start, Reg(r as u32));
        }
        // kills[i]: registers block i may unbind (for its handler's state).
        let kills: Vec<Set> = f
            .blocks
            .iter()
            .map(|blk| {
                let mut k = vec![0u64; words];
                for inst in &blk.insts {
                    match &inst.op {
                        Op::Clear { dst } | Op::Move { dst, .. } => b.add(&mut k, *dst),
                        Op::Catch { saved, .. } => b.add(&mut k, *saved),
                        _ => {}
                    }
                }
                k
            })
            .collect();
        b.entry = vec![full; f.blocks.len()];
        b.entry[0] = start;
        let meet = |into: &mut Set, s: &Set| -> bool {
            let mut changed = false;
            for (a, b) in into.iter_mut().zip(s) {
                let v = *a & *b;
                changed |= v != *a;
                *a = v;
            }
            changed
        };
        let mut changed = true;
        while changed {
            changed = false;
            for (i, blk) in f.blocks.iter().enumerate() {
                if !live[i] {
                    continue;
                }
                if let Some(h) = blk.handler {
                    let mut s = b.entry[i].clone();
                    s.iter_mut().zip(&kills[i]).for_each(|(a, k)| *a &= !k);
                    changed |= meet(&mut b.entry[h.0 as usize], &s);
                }
                let mut s = b.entry[i].clone();
                for inst in &blk.insts {
                    b.transfer(&inst.op, &mut s);
                }
                if let Term::ForIter {
                    dst, body, exit, ..
                } = &blk.term
                {
                    changed |= meet(&mut b.entry[exit.0 as usize], &s);
                    b.add(&mut s, *dst);
                    changed |= meet(&mut b.entry[body.0 as usize], &s);
                } else {
                    for succ in blk.term.successors() {
                        changed |= meet(&mut b.entry[succ.0 as usize], &s);
                    }
                }
            }
        }
        Some(b)
    }

    fn slot(&self, r: Reg) -> Option<usize> {
        match self.index.get(r.0 as usize) {
            Some(&i) if i > 0 => Some(i as usize - 1),
            _ => None,
        }
    }

    fn add(&self, s: &mut Set, r: Reg) {
        if let Some(i) = self.slot(r) {
            s[i / 64] |= 1 << (i % 64);
        }
    }

    fn remove(&self, s: &mut Set, r: Reg) {
        if let Some(i) = self.slot(r) {
            s[i / 64] &= !(1 << (i % 64));
        }
    }

    /// Is `r` certainly bound in state `s`?
    pub fn is_bound(&self, s: &Set, r: Reg) -> bool {
        self.slot(r)
            .is_some_and(|i| s[i / 64] & (1 << (i % 64)) != 0)
    }

    /// The state at the entry of block `b`.
    pub fn entry(&self, b: usize) -> Set {
        self.entry[b].clone()
    }

    /// Update `s` across `op` (on its success path).
    pub fn transfer(&self, op: &Op, s: &mut Set) {
        match op {
            Op::Move { dst, src } => {
                if self.is_bound(s, *src) {
                    self.add(s, *dst)
                } else {
                    self.remove(s, *dst)
                }
            }
            Op::Clear { dst } => self.remove(s, *dst),
            Op::CheckBound { src, .. } => self.add(s, *src),
            Op::Catch { dst, saved } => {
                self.remove(s, *saved);
                self.add(s, *dst);
            }
            _ => defs(op, |r| self.add(s, r)),
        }
    }
}
