//! `list.sort` and the sorting core shared with `sorted()`: a port of
//! CPython 3.11's timsort (`Objects/listobject.c`: count_run, binarysort,
//! galloping merge_lo/merge_hi, the powersort merge policy), so that the
//! sequence of `<` comparisons — and therefore the result even for
//! inconsistent orderings (NaN) or comparisons with side effects — is
//! CPython's.
//!
//! As in CPython: only `<` is used; keys are computed once, in the
//! original order, before anything else; `reverse=True` reverses, sorts
//! stably and reverses again (also after an error); the list is empty
//! while being sorted, and `ValueError: list modified during sort` is
//! raised if it was changed. Lists of only small ints or only strs have a
//! total order with no observable comparisons, so they use Rust's stable
//! sort, which gives the same result.

use crate::exc::{type_error, PyErr, PyResult};
use crate::object::Kw;
use crate::value::{none, Value};

/// `list.sort(*, key=None, reverse=False)`.
pub fn list_sort(args: &[Value], kw: Kw) -> PyResult<Value> {
    let args = crate::sequtil::pos_args(args, kw);
    if args.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let [key, reverse] = crate::sequtil::kw_only("sort", kw, ["key", "reverse"])?;
    let reverse = match reverse {
        Some(r) => crate::sequtil::index_of(r)? != 0,
        None => false,
    };
    let key = key.filter(|k| !k.is_none());
    sort_list(args[0], key, reverse)?;
    Ok(none())
}

/// Sort list `l` in place.
pub fn sort_list(l: Value, key: Option<Value>, reverse: bool) -> PyResult<()> {
    // Take the items out while sorting, as CPython empties the list.
    let mut items = std::mem::take(crate::list::items_mut(l));
    let r = sort_vec(&mut items, key, reverse);
    let cur = crate::list::items_mut(l);
    let modified = !cur.is_empty();
    *cur = items;
    r?;
    if modified {
        return Err(crate::exc::value_error("list modified during sort"));
    }
    Ok(())
}

/// Sort `items` with CPython's semantics; on error `items` holds some
/// permutation of the original items (as CPython leaves the list).
pub fn sort_vec(items: &mut [Value], key: Option<Value>, reverse: bool) -> PyResult<()> {
    match key {
        None => {
            if items.len() < 2 {
                return Ok(());
            }
            if reverse {
                items.reverse();
            }
            let r = sort_values(items);
            if reverse {
                items.reverse();
            }
            r
        }
        Some(k) => {
            let mut pairs = Vec::with_capacity(items.len());
            for x in items.iter() {
                pairs.push((crate::func::call(k, &[*x], Kw::NONE)?, *x));
            }
            if pairs.len() < 2 {
                return Ok(());
            }
            if reverse {
                pairs.reverse();
            }
            let r = sort_pairs(&mut pairs);
            if reverse {
                pairs.reverse();
            }
            for (slot, (_, v)) in items.iter_mut().zip(pairs) {
                *slot = v;
            }
            r
        }
    }
}

fn all_small(v: &[Value]) -> bool {
    v.iter().all(|x| x.is_small())
}
fn all_str(v: &[Value]) -> bool {
    v.iter().all(|x| crate::sequtil::is_exact_str(*x))
}
fn all_float(v: &[Value]) -> bool {
    v.iter()
        .all(|x| !x.is_small() && std::ptr::eq(x.ty(), &crate::float::FLOAT_TYPE))
}
#[inline]
fn fval(v: Value) -> f64 {
    crate::float::float_val(v)
}

fn sort_values(items: &mut [Value]) -> PyResult<()> {
    if all_small(items) {
        items.sort_by_key(|x| x.small());
        return Ok(());
    }
    if all_str(items) {
        items.sort_by(|a, b| crate::str::as_str(*a).cmp(crate::str::as_str(*b)));
        return Ok(());
    }
    if all_float(items) {
        return timsort(items, &mut |a, b| Ok(fval(*a) < fval(*b)));
    }
    timsort(items, &mut |a, b| crate::ops::lt(*a, *b))
}

fn sort_pairs(pairs: &mut [(Value, Value)]) -> PyResult<()> {
    let keys: Vec<Value> = pairs.iter().map(|p| p.0).collect();
    if all_small(&keys) {
        pairs.sort_by_key(|p| p.0.small());
        return Ok(());
    }
    if all_str(&keys) {
        pairs.sort_by(|a, b| crate::str::as_str(a.0).cmp(crate::str::as_str(b.0)));
        return Ok(());
    }
    if all_float(&keys) {
        return timsort(pairs, &mut |a, b| Ok(fval(a.0) < fval(b.0)));
    }
    timsort(pairs, &mut |a, b| crate::ops::lt(a.0, b.0))
}

// ----- timsort -----

type Lt<'a, T> = dyn FnMut(&T, &T) -> PyResult<bool> + 'a;

const MIN_GALLOP: usize = 7;

#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: i32,
}

struct MergeState<'a, 'b, T: Copy> {
    a: &'a mut [T],
    tmp: Vec<T>,
    pending: Vec<Run>,
    min_gallop: usize,
    lt: &'a mut Lt<'b, T>,
}

/// CPython's timsort over `v`, ordering by `lt`.
pub fn timsort<T: Copy>(v: &mut [T], lt: &mut Lt<'_, T>) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        a: v,
        tmp: Vec::new(),
        pending: Vec::new(),
        min_gallop: MIN_GALLOP,
        lt,
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut nremaining = n;
    loop {
        let (mut run, descending) = ms.count_run(lo, lo + nremaining)?;
        if descending {
            ms.a[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = nremaining.min(minrun);
            ms.binarysort(lo, lo + force, lo + run)?;
            run = force;
        }
        ms.found_new_run(run, n)?;
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        nremaining -= run;
        if nremaining == 0 {
            break;
        }
    }
    ms.force_collapse()
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> i32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// `gallop_left`: the k in 0..=len with a[k-1] < key <= a[k].
fn gallop_left<T: Copy>(lt: &mut Lt<'_, T>, key: &T, a: &[T], hint: usize) -> PyResult<usize> {
    let n = a.len();
    let mut lastofs: isize;
    let mut ofs: isize;
    let hint_i = hint as isize;
    if lt(&a[hint], key)? {
        // a[hint] < key: gallop right.
        let maxofs = (n - hint) as isize;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(&a[(hint_i + ofs) as usize], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        lastofs += hint_i;
        ofs += hint_i;
    } else {
        // key <= a[hint]: gallop left.
        let maxofs = hint_i + 1;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(&a[(hint_i - ofs) as usize], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        let k = lastofs;
        lastofs = hint_i - ofs;
        ofs = hint_i - k;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(&a[m as usize], key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// `gallop_right`: the k in 0..=len with a[k-1] <= key < a[k].
fn gallop_right<T: Copy>(lt: &mut Lt<'_, T>, key: &T, a: &[T], hint: usize) -> PyResult<usize> {
    let n = a.len();
    let mut lastofs: isize;
    let mut ofs: isize;
    let hint_i = hint as isize;
    if lt(key, &a[hint])? {
        // key < a[hint]: gallop left.
        let maxofs = hint_i + 1;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(key, &a[(hint_i - ofs) as usize])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        let k = lastofs;
        lastofs = hint_i - ofs;
        ofs = hint_i - k;
    } else {
        // a[hint] <= key: gallop right.
        let maxofs = (n - hint) as isize;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(key, &a[(hint_i + ofs) as usize])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        lastofs += hint_i;
        ofs += hint_i;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, &a[m as usize])? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

/// How a merge ended (CPython's labels).
enum Exit {
    Succeed,
    Fail(PyErr),
    Copy,
}

macro_rules! try_lt {
    ($e:expr, $label:lifetime) => {
        match $e {
            Ok(v) => v,
            Err(e) => break $label Exit::Fail(e),
        }
    };
}

impl<'a, 'b, T: Copy> MergeState<'a, 'b, T> {
    /// Length of the run at `lo` and whether it is strictly descending.
    fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        let mut i = lo + 1;
        if (self.lt)(&self.a[i], &self.a[i - 1])? {
            i += 1;
            while i < hi {
                if !(self.lt)(&self.a[i], &self.a[i - 1])? {
                    break;
                }
                i += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            i += 1;
            while i < hi {
                if (self.lt)(&self.a[i], &self.a[i - 1])? {
                    break;
                }
                i += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Binary insertion sort of a[lo..hi], where a[lo..start] is sorted.
    fn binarysort(&mut self, lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = self.a[start];
            let (mut l, mut r) = (lo, start);
            loop {
                let p = l + ((r - l) >> 1);
                if (self.lt)(&pivot, &self.a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            self.a.copy_within(l..start, l + 1);
            self.a[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    fn found_new_run(&mut self, n2: usize, listlen: usize) -> PyResult<()> {
        if let Some(top) = self.pending.last().copied() {
            let power = powerloop(top.base, top.len, n2, listlen);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(self.pending.len() - 2)?;
            }
            if let Some(t) = self.pending.last_mut() {
                t.power = power;
            }
        }
        Ok(())
    }

    fn force_collapse(&mut self) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    /// Merge the runs at stack indices i and i+1.
    fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let mut ssa = self.pending[i].base;
        let mut na = self.pending[i].len;
        let ssb = self.pending[i + 1].base;
        let mut nb = self.pending[i + 1].len;
        self.pending[i].len = na + nb;
        if i + 3 == self.pending.len() {
            self.pending[i + 1] = self.pending[i + 2];
        }
        self.pending.pop();

        let key = self.a[ssb];
        let k = gallop_right(self.lt, &key, &self.a[ssa..ssa + na], 0)?;
        ssa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        let key = self.a[ssa + na - 1];
        nb = gallop_left(self.lt, &key, &self.a[ssb..ssb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(ssa, na, ssb, nb)
        } else {
            self.merge_hi(ssa, na, ssb, nb)
        }
    }

    fn merge_lo(&mut self, ssa: usize, mut na: usize, ssb: usize, mut nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[ssa..ssa + na]);
        let mut dest = ssa;
        let mut pa = 0usize; // into tmp
        let mut pb = ssb;
        self.a[dest] = self.a[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        let exit = 'm: {
            if nb == 0 {
                break 'm Exit::Succeed;
            }
            if na == 1 {
                break 'm Exit::Copy;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    let k = try_lt!((self.lt)(&self.a[pb], &self.tmp[pa]), 'm);
                    if k {
                        self.a[dest] = self.a[pb];
                        dest += 1;
                        pb += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'm Exit::Succeed;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        self.a[dest] = self.tmp[pa];
                        dest += 1;
                        pa += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            break 'm Exit::Copy;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let key = self.a[pb];
                    let k = try_lt!(gallop_right(self.lt, &key, &self.tmp[pa..pa + na], 0), 'm);
                    acount = k;
                    if k > 0 {
                        self.a[dest..dest + k].copy_from_slice(&self.tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break 'm Exit::Copy;
                        }
                        if na == 0 {
                            break 'm Exit::Succeed;
                        }
                    }
                    self.a[dest] = self.a[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'm Exit::Succeed;
                    }
                    let key = self.tmp[pa];
                    let k = try_lt!(gallop_left(self.lt, &key, &self.a[pb..pb + nb], 0), 'm);
                    bcount = k;
                    if k > 0 {
                        self.a.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'm Exit::Succeed;
                        }
                    }
                    self.a[dest] = self.tmp[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'm Exit::Copy;
                    }
                    if !(acount >= MIN_GALLOP || bcount >= MIN_GALLOP) {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            Exit::Copy => {
                // The last element of run a belongs at the end.
                self.a.copy_within(pb..pb + nb, dest);
                self.a[dest + nb] = self.tmp[pa];
                Ok(())
            }
            Exit::Succeed | Exit::Fail(_) => {
                if na > 0 {
                    self.a[dest..dest + na].copy_from_slice(&self.tmp[pa..pa + na]);
                }
                match exit {
                    Exit::Fail(e) => Err(e),
                    _ => Ok(()),
                }
            }
        }
    }

    fn merge_hi(&mut self, ssa: usize, mut na: usize, ssb: usize, mut nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[ssb..ssb + nb]);
        let basea = ssa as isize;
        let mut dest = (ssb + nb - 1) as isize;
        let mut pa = (ssa + na - 1) as isize; // into a
        let mut pb = nb as isize - 1; // into tmp
        let a = |i: isize| i as usize;
        self.a[a(dest)] = self.a[a(pa)];
        dest -= 1;
        pa -= 1;
        na -= 1;
        let exit = 'm: {
            if na == 0 {
                break 'm Exit::Succeed;
            }
            if nb == 1 {
                break 'm Exit::Copy;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    let k = try_lt!((self.lt)(&self.tmp[a(pb)], &self.a[a(pa)]), 'm);
                    if k {
                        self.a[a(dest)] = self.a[a(pa)];
                        dest -= 1;
                        pa -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'm Exit::Succeed;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        self.a[a(dest)] = self.tmp[a(pb)];
                        dest -= 1;
                        pb -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            break 'm Exit::Copy;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let key = self.tmp[a(pb)];
                    let k = try_lt!(
                        gallop_right(self.lt, &key, &self.a[a(basea)..a(basea) + na], na - 1),
                        'm
                    );
                    let k = na - k;
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pa -= k as isize;
                        self.a.copy_within(a(pa + 1)..a(pa + 1) + k, a(dest + 1));
                        na -= k;
                        if na == 0 {
                            break 'm Exit::Succeed;
                        }
                    }
                    self.a[a(dest)] = self.tmp[a(pb)];
                    dest -= 1;
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'm Exit::Copy;
                    }
                    let key = self.a[a(pa)];
                    let k = try_lt!(gallop_left(self.lt, &key, &self.tmp[..nb], nb - 1), 'm);
                    let k = nb - k;
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pb -= k as isize;
                        let (d, s) = (a(dest + 1), a(pb + 1));
                        self.a[d..d + k].copy_from_slice(&self.tmp[s..s + k]);
                        nb -= k;
                        if nb == 1 {
                            break 'm Exit::Copy;
                        }
                        if nb == 0 {
                            break 'm Exit::Succeed;
                        }
                    }
                    self.a[a(dest)] = self.a[a(pa)];
                    dest -= 1;
                    pa -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'm Exit::Succeed;
                    }
                    if !(acount >= MIN_GALLOP || bcount >= MIN_GALLOP) {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            Exit::Copy => {
                // The first element of run b belongs at the front.
                let start = pa + 1 - na as isize;
                self.a
                    .copy_within(a(start)..a(pa + 1), a(dest + 1 - na as isize));
                dest -= na as isize;
                self.a[a(dest)] = self.tmp[a(pb)];
                Ok(())
            }
            Exit::Succeed | Exit::Fail(_) => {
                if nb > 0 {
                    let d = a(dest - (nb as isize - 1));
                    self.a[d..d + nb].copy_from_slice(&self.tmp[..nb]);
                }
                match exit {
                    Exit::Fail(e) => Err(e),
                    _ => Ok(()),
                }
            }
        }
    }
}
