//! Which IR registers get a Cranelift `Variable` of their own, and which
//! share pooled ones.
//!
//! Cranelift's SSA builder keeps, per variable, a dense map over blocks up
//! to the last block that touches it, so a function with V variables and B
//! blocks costs O(V × B) memory: gigabytes for a 5000-line straight-line
//! module body, whose thousands of temporaries each touch one late block.
//! Most temporaries live in a short range of consecutive blocks that
//! control enters only at the top (see [`pooled_last`]). Such a register
//! needs a variable only from its first write to its last occurrence, so
//! it takes one from a free pool on its first write and returns it after
//! its last occurrence; no path from its writes to its reads crosses a
//! write of another register to the same variable. Every register of a
//! generator (whose resume points reload registers into fresh blocks)
//! keeps a dedicated variable.

use super::live::{defs, term_uses, uses};
use pyaot_ir::{Function, Op, Reg, Term};

/// Not pooled: the register has a dedicated variable.
pub const SHARED: (u32, u32) = (u32::MAX, u32::MAX);

/// Range minimum/maximum queries over per-block values (sparse tables).
struct Rmq {
    min: Vec<Vec<u32>>,
    max: Vec<Vec<u32>>,
}

impl Rmq {
    fn new(lo: &[u32], hi: &[u32]) -> Rmq {
        let (mut min, mut max) = (vec![lo.to_vec()], vec![hi.to_vec()]);
        let mut k = 1;
        while 2 * k <= lo.len() {
            let (pm, px) = (min.last().unwrap(), max.last().unwrap());
            let n = pm.len() - k;
            let nm: Vec<u32> = (0..n).map(|i| pm[i].min(pm[i + k])).collect();
            let nx: Vec<u32> = (0..n).map(|i| px[i].max(px[i + k])).collect();
            min.push(nm);
            max.push(nx);
            k *= 2;
        }
        Rmq { min, max }
    }

    /// (min, max) over blocks `a..=b` (a <= b).
    fn query(&self, a: usize, b: usize) -> (u32, u32) {
        let lvl = (usize::BITS - 1 - (b - a + 1).leading_zeros()) as usize;
        let k = 1 << lvl;
        (
            self.min[lvl][a].min(self.min[lvl][b + 1 - k]),
            self.max[lvl][a].max(self.max[lvl][b + 1 - k]),
        )
    }
}

/// For each register: `SHARED`, or, for a pooled register, its last
/// occurrence (block, instruction index; the block's instruction count
/// for the terminator).
///
/// A register is pooled when its occurrences span the blocks `first..=hi`
/// (in index order, which is the lowering order), its first occurrence is
/// a write, some range `lo..=hi` with `lo <= first` is entered only at
/// `lo` (no normal or handler edge into `lo+1..=hi` from outside), and the
/// register is dead at the entry of `lo..=first` and after `hi`. Then
/// every path from a write to a read of it stays inside the range and
/// passes no write of another register that shares its variable (those
/// hold it only before its first write or after its last occurrence in
/// lowering order, where it is dead). Registers whose unboundness can be observed (parameters,
/// `CheckBound`/`Clear` operands, `Catch`'s saved exception, `ForIter`
/// destinations) keep dedicated variables.
pub fn pooled_last(f: &Function, reachable: &[bool]) -> Vec<(u32, u32)> {
    let n = f.nregs as usize;
    let mut last = vec![SHARED; n];
    let nb = f.blocks.len();
    if f.kind.is_resumable() || nb == 0 {
        return last;
    }
    let mut first = vec![u32::MAX; n];
    let mut bad = vec![false; n];
    for r in bad.iter_mut().take(f.params.count().min(n)) {
        *r = true;
    }
    for inst in f.blocks.iter().flat_map(|b| &b.insts) {
        match &inst.op {
            Op::CheckBound { src: r, .. } | Op::Clear { dst: r } | Op::Catch { saved: r, .. } => {
                if let Some(b) = bad.get_mut(r.0 as usize) {
                    *b = true;
                }
            }
            _ => {}
        }
    }
    // Predecessor range of every block.
    let (mut pmin, mut pmax) = (vec![u32::MAX; nb], vec![0u32; nb]);
    for (bi, blk) in f.blocks.iter().enumerate() {
        if !reachable[bi] {
            continue;
        }
        let mut edge = |s: usize| {
            if s < nb {
                pmin[s] = pmin[s].min(bi as u32);
                pmax[s] = pmax[s].max(bi as u32);
            }
        };
        blk.term
            .successors()
            .iter()
            .for_each(|s| edge(s.0 as usize));
        blk.handler.iter().for_each(|h| edge(h.0 as usize));
        let mut touch = |r: Reg, at: u32, is_def: bool| {
            let i = r.0 as usize;
            if i >= n || bad[i] {
                return;
            }
            if first[i] == u32::MAX {
                if !is_def {
                    bad[i] = true;
                    return;
                }
                first[i] = bi as u32;
            }
            last[i] = (bi as u32, at);
        };
        for (j, inst) in blk.insts.iter().enumerate() {
            let j = j as u32;
            uses(&inst.op, |r| touch(r, j, false));
            defs(&inst.op, |r| touch(r, j, true));
        }
        let t = blk.insts.len() as u32;
        term_uses(&blk.term, |r| touch(r, t, false));
        if let Term::ForIter { dst, .. } = &blk.term {
            if let Some(b) = bad.get_mut(dst.0 as usize) {
                *b = true;
            }
        }
    }
    let rmq = Rmq::new(&pmin, &pmax);
    for i in 0..n {
        if bad[i] || first[i] == u32::MAX {
            last[i] = SHARED;
        }
    }
    // Liveness of the candidates spanning several blocks only.
    let mut track = vec![u32::MAX; n];
    let mut ntracked = 0;
    for i in 0..n {
        if last[i] != SHARED && last[i].0 != first[i] {
            track[i] = ntracked as u32;
            ntracked += 1;
        }
    }
    let ix = |r: Reg| {
        track
            .get(r.0 as usize)
            .filter(|&&t| t != u32::MAX)
            .map(|&t| t as usize)
    };
    let live_in = if ntracked > 0 {
        super::live::live_in_sets(f, reachable, &ix, ntracked)
    } else {
        None
    };
    for i in 0..n {
        if track[i] == u32::MAX {
            continue;
        }
        let (fst, hi) = (first[i] as usize, last[i].0 as usize);
        // Several blocks: widen the range down until nothing enters it
        // from outside except at its top block.
        let Some(live_in) = &live_in else {
            last[i] = SHARED;
            continue;
        };
        let mut lo = fst;
        let ok = loop {
            let (mn, mx) = rmq.query(lo + 1, hi);
            if mx as usize > hi {
                break false;
            }
            if mn as usize >= lo {
                break true;
            }
            lo = mn as usize;
        };
        // The register must be dead from the top of the range to its first
        // write, and after its last occurrence.
        let t = track[i] as usize;
        let dead_before = (lo..=fst).all(|b| !super::live::contains(&live_in[b], t));
        let blk = &f.blocks[hi];
        let dead_after = blk
            .term
            .successors()
            .iter()
            .chain(&blk.handler)
            .all(|s| !super::live::contains(&live_in[s.0 as usize], t));
        if !(ok && dead_before && dead_after) {
            last[i] = SHARED;
        }
    }
    last
}

/// Call `f` for every register `op` mentions.
pub fn each_reg(op: &Op, mut f: impl FnMut(Reg)) {
    uses(op, &mut f);
    defs(op, &mut f);
}
