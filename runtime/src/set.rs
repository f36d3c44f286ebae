//! `set` and `frozenset`: a hash table that reproduces CPython 3.11's
//! `Objects/setobject.c` exactly (table sizes, LINEAR_PROBES = 9,
//! PERTURB_SHIFT = 5, dummy entries, fill/used accounting, the resize
//! rules, and the way each operation builds its result), so iteration
//! order — and therefore every printed set — matches CPython's.
//!
//! This file holds the table and the core algorithms (add, lookup,
//! discard, resize, merge, update, intersection, difference, symmetric
//! difference); `set_methods.rs` holds the slots and methods.

use crate::exc::PyResult;
use crate::object::{Kind, Obj, TypeObject, OBJECT_TYPE};
use crate::sequtil::is_exact_str;
use crate::set_accel::Accel;
use crate::value::Value;
use std::cell::UnsafeCell;

pub use crate::set_methods::{FROZENSET_TYPE, SET_TYPE};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// Marks deleted entries (with hash -1), as CPython's `dummy`.
static DUMMY_OBJ: Obj = Obj { ty: &OBJECT_TYPE };

#[inline]
pub(crate) fn dummy() -> Value {
    Value::from_ptr(&DUMMY_OBJ)
}

/// Unused: key NULL and hash 0. Dummy: key `dummy()` and hash -1.
#[derive(Clone, Copy)]
pub struct SetEntry {
    pub key: Value,
    pub hash: i64,
}

const UNUSED: SetEntry = SetEntry {
    key: Value::NULL,
    hash: 0,
};

pub struct SetTable {
    pub table: Vec<SetEntry>,
    pub fill: usize,
    pub used: usize,
    pub finger: usize,
    /// Cached frozenset hash (-1: not computed).
    pub hash: i64,
    /// Bumped when the table is replaced or entries are removed, so a
    /// lookup that ran Python `__eq__` can detect mutation and restart.
    pub version: u64,
    /// Lookup accelerator (`set_accel.rs`), present once an entry of a
    /// small table has been removed.
    pub accel: Option<Box<Accel>>,
}

impl SetTable {
    fn new() -> SetTable {
        SetTable {
            table: vec![UNUSED; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
            hash: -1,
            version: 0,
            accel: None,
        }
    }
    #[inline]
    fn mask(&self) -> usize {
        self.table.len() - 1
    }
}

#[repr(C)]
pub struct SetObj {
    pub ob: Obj,
    pub t: UnsafeCell<SetTable>,
}

/// The set's table. Do not keep the reference across Python code.
#[inline]
pub fn tab(s: Value) -> &'static mut SetTable {
    unsafe { &mut *s.cast::<SetObj>().t.get() }
}

/// An empty set of type `ty` (set, frozenset or a subclass).
pub fn empty_of(ty: &'static TypeObject) -> Value {
    crate::sequtil::new_container(
        ty,
        SetObj {
            ob: Obj { ty },
            t: UnsafeCell::new(SetTable::new()),
        },
    )
}

#[inline]
pub fn is_anyset(v: Value) -> bool {
    !v.is_small() && matches!(v.kind(), Kind::Set | Kind::FrozenSet)
}

#[inline]
pub fn set_len(s: Value) -> usize {
    tab(s).used
}

/// CPython's `make_new_set_basetype`: results of operations on a set
/// subclass are plain sets (frozensets for frozenset subclasses).
pub fn base_type(s: Value) -> &'static TypeObject {
    if s.ty().is_subtype(&SET_TYPE) {
        &SET_TYPE
    } else {
        &FROZENSET_TYPE
    }
}

/// The hash of a key, mapping an (impossible) -1 away from the dummy mark.
/// Small ints are hashed inline (their hash is never -1).
#[inline(always)]
fn hash_of(key: Value) -> PyResult<i64> {
    if key.is_small() {
        return Ok(crate::int::hash_i64(key.small()));
    }
    hash_of_obj(key)
}

#[inline(never)]
fn hash_of_obj(key: Value) -> PyResult<i64> {
    let h = crate::dict::key_hash(key)?;
    Ok(if h == -1 { -2 } else { h })
}

/// How a table key compares with the key looked up, decided inline when
/// no Python code can run.
enum Probe {
    Same,
    Differ,
    /// Needs `entry_matches_slow` (rich comparison).
    Slow,
}

/// Identity, two small ints, or two exact strs: decided without Python
/// code. Everything else goes to the slow path.
#[inline(always)]
fn probe_eq(startkey: Value, key: Value) -> Probe {
    if startkey.is(key) {
        return Probe::Same;
    }
    if startkey.is_small() && key.is_small() {
        return Probe::Differ;
    }
    if is_exact_str(startkey) && is_exact_str(key) {
        return if crate::str::as_str(startkey) == crate::str::as_str(key) {
            Probe::Same
        } else {
            Probe::Differ
        };
    }
    Probe::Slow
}

/// Compare a table key with `key` by rich comparison (hashes already
/// equal). `Ok(None)` means the table changed under a Python `__eq__`:
/// restart.
#[cold]
#[inline(never)]
fn entry_matches_slow(s: Value, j: usize, startkey: Value, key: Value) -> PyResult<Option<bool>> {
    let version = tab(s).version;
    let cmp = crate::ops::eq(startkey, key)?;
    if cmp {
        return Ok(Some(true));
    }
    let t = tab(s);
    if t.version != version || t.table.get(j).map(|e| e.key) != Some(startkey) {
        return Ok(None);
    }
    Ok(Some(false))
}

/// `set_lookkey`: the index of the entry holding `key`, if present.
///
/// The probe loop reads the table through a raw pointer; it is re-read
/// after every rich comparison (the only place Python code can run), and
/// the lookup restarts if that code replaced the table or the entry.
#[inline]
pub fn lookkey(s: Value, key: Value, hash: i64) -> PyResult<Option<usize>> {
    let t = tab(s);
    if let Some(a) = t.accel.as_deref() {
        if a.absent(hash) {
            return Ok(None);
        }
        let h = a.hint(hash);
        if let Some(e) = t.table.get(h) {
            if e.hash == hash && matches!(probe_eq(e.key, key), Probe::Same) {
                return Ok(Some(h));
            }
        }
        let r = lookkey_probe(s, key, hash)?;
        if let (Some(j), Some(a)) = (r, tab(s).accel.as_deref_mut()) {
            a.found(hash, j);
        }
        return Ok(r);
    }
    lookkey_probe(s, key, hash)
}

/// The probe loop of `set_lookkey`.
#[inline]
fn lookkey_probe(s: Value, key: Value, hash: i64) -> PyResult<Option<usize>> {
    'restart: loop {
        let t = tab(s);
        let mut table = t.table.as_ptr();
        let mut mask = t.table.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            let mut j = i;
            let end = i + probes;
            loop {
                // SAFETY: `j <= i + probes <= mask` indexes the live table.
                let e = unsafe { *table.add(j) };
                if e.hash == 0 && e.key.is_null() {
                    return Ok(None);
                }
                if e.hash == hash {
                    match probe_eq(e.key, key) {
                        Probe::Same => return Ok(Some(j)),
                        Probe::Differ => {}
                        Probe::Slow => {
                            match entry_matches_slow(s, j, e.key, key)? {
                                Some(true) => return Ok(Some(j)),
                                Some(false) => {}
                                None => continue 'restart,
                            }
                            let t = tab(s);
                            table = t.table.as_ptr();
                            mask = t.table.len() - 1;
                        }
                    }
                }
                if j == end {
                    break;
                }
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }
}

/// `set_add_entry`.
#[inline]
pub fn add_entry(s: Value, key: Value, hash: i64) -> PyResult<()> {
    if let Some(a) = tab(s).accel.as_deref() {
        // Adding a key that is already present changes nothing.
        if !a.absent(hash) {
            if let Some(e) = tab(s).table.get(a.hint(hash)) {
                if e.hash == hash && matches!(probe_eq(e.key, key), Probe::Same) {
                    return Ok(());
                }
            }
        }
    }
    'restart: loop {
        let t = tab(s);
        let mut table = t.table.as_ptr();
        let mut mask = t.table.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let mut perturb = hash as u64;
        let found: usize = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            let mut j = i;
            let end = i + probes;
            loop {
                // SAFETY: `j <= i + probes <= mask` indexes the live table.
                let e = unsafe { *table.add(j) };
                if e.hash == 0 && e.key.is_null() {
                    break 'search j;
                }
                if e.hash == hash {
                    match probe_eq(e.key, key) {
                        Probe::Same => return Ok(()),
                        Probe::Differ => {}
                        Probe::Slow => {
                            match entry_matches_slow(s, j, e.key, key)? {
                                Some(true) => return Ok(()),
                                Some(false) => {}
                                None => continue 'restart,
                            }
                            let t = tab(s);
                            table = t.table.as_ptr();
                            mask = t.table.len() - 1;
                        }
                    }
                } else if e.hash == -1 {
                    freeslot = Some(j);
                }
                if j == end {
                    break;
                }
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        };
        let t = tab(s);
        if let Some(f) = freeslot {
            t.used += 1;
            t.table[f] = SetEntry { key, hash };
            if let Some(a) = t.accel.as_deref_mut() {
                a.on_insert(hash, f);
            }
            return Ok(());
        }
        t.fill += 1;
        t.used += 1;
        t.table[found] = SetEntry { key, hash };
        if let Some(a) = t.accel.as_deref_mut() {
            a.on_insert(hash, found);
        }
        if t.fill * 5 < mask * 3 {
            return Ok(());
        }
        let used = t.used;
        table_resize(s, if used > 50000 { used * 2 } else { used * 4 });
        return Ok(());
    }
}

/// `set_insert_clean`: place a key known to be absent into a table with
/// no dummies.
fn insert_clean(table: &mut [SetEntry], key: Value, hash: i64) {
    let mask = table.len() - 1;
    let mut i = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    loop {
        if table[i].key.is_null() {
            table[i] = SetEntry { key, hash };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if table[i + j].key.is_null() {
                    table[i + j] = SetEntry { key, hash };
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

/// `set_table_resize`: a new table of the smallest size > `minused`.
pub fn table_resize(s: Value, minused: usize) {
    let t = tab(s);
    let mut newsize = MINSIZE;
    while newsize <= minused {
        newsize <<= 1;
    }
    if newsize == MINSIZE && t.table.len() == MINSIZE && t.fill == t.used {
        // The small table with no dummies: nothing to do.
        return;
    }
    let old = std::mem::replace(&mut t.table, vec![UNUSED; newsize]);
    let d = dummy();
    if t.fill != t.used {
        t.fill = t.used;
    }
    for e in old.iter() {
        if !e.key.is_null() && !e.key.is(d) {
            insert_clean(&mut t.table, e.key, e.hash);
        }
    }
    if t.accel.is_some() {
        t.accel = Accel::build(&t.table, d);
    }
    t.version = t.version.wrapping_add(1);
}

/// An entry became a dummy: keep the accelerator exact, creating it on
/// the first removal from a small table.
#[inline]
fn note_removed(t: &mut SetTable, hash: i64) {
    match t.accel.as_deref_mut() {
        Some(a) => a.on_remove(hash),
        None => {
            if t.table.len() <= crate::set_accel::MAX_TABLE {
                t.accel = Accel::build(&t.table, dummy());
            }
        }
    }
}

/// `set_discard_entry`: true if the key was present.
pub fn discard_entry(s: Value, key: Value, hash: i64) -> PyResult<bool> {
    match lookkey(s, key, hash)? {
        Some(j) => {
            let t = tab(s);
            t.table[j] = SetEntry {
                key: dummy(),
                hash: -1,
            };
            t.used -= 1;
            t.version = t.version.wrapping_add(1);
            note_removed(t, hash);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// A set's hash for lookups: a set key that is unhashable is looked up as
/// the equivalent frozenset (CPython's `set_contains`/`remove`/`discard`).
#[inline]
fn hash_for_lookup(key: Value) -> PyResult<i64> {
    if key.is_small() {
        return Ok(crate::int::hash_i64(key.small()));
    }
    hash_for_lookup_obj(key)
}

#[inline(never)]
fn hash_for_lookup_obj(key: Value) -> PyResult<i64> {
    match hash_of_obj(key) {
        Ok(h) => Ok(h),
        Err(e) => {
            if !key.is_small()
                && key.kind() == Kind::Set
                && crate::exc::pending_is(&crate::exc::TYPE_ERROR)
            {
                crate::exc::take();
                Ok(frozenset_hash_impl(key))
            } else {
                Err(e)
            }
        }
    }
}

pub fn contains_key(s: Value, key: Value) -> PyResult<bool> {
    let h = hash_for_lookup(key)?;
    Ok(lookkey(s, key, h)?.is_some())
}

pub fn discard_key(s: Value, key: Value) -> PyResult<bool> {
    let h = hash_for_lookup(key)?;
    discard_entry(s, key, h)
}

/// `set_clear_internal`.
pub fn clear(s: Value) {
    let t = tab(s);
    t.table = vec![UNUSED; MINSIZE];
    t.fill = 0;
    t.used = 0;
    t.hash = -1;
    t.version = t.version.wrapping_add(1);
    t.accel = None;
}

/// The live entries in table order (a snapshot).
pub fn entries(s: Value) -> Vec<SetEntry> {
    let d = dummy();
    tab(s)
        .table
        .iter()
        .filter(|e| !e.key.is_null() && !e.key.is(d))
        .copied()
        .collect()
}

/// The live keys in table (iteration) order.
pub fn keys(s: Value) -> Vec<Value> {
    entries(s).into_iter().map(|e| e.key).collect()
}

/// The next live entry at or after table index `pos` (`set_next`),
/// re-reading the table each time.
pub fn next_entry(s: Value, pos: &mut usize) -> Option<SetEntry> {
    let t = tab(s);
    let d = dummy();
    let mut i = *pos;
    while i < t.table.len() && (t.table[i].key.is_null() || t.table[i].key.is(d)) {
        i += 1;
    }
    *pos = i + 1;
    t.table.get(i).copied()
}

/// `set_merge`: add all of set `other` into `s`.
pub fn merge(s: Value, other: Value) -> PyResult<()> {
    if s.is(other) || tab(other).used == 0 {
        return Ok(());
    }
    {
        let (t, o) = (tab(s), tab(other));
        if (t.fill + o.used) * 5 >= t.mask() * 3 {
            let n = (t.used + o.used) * 2;
            table_resize(s, n);
        }
    }
    let (t, o) = (tab(s), tab(other));
    let d = dummy();
    if t.fill == 0 && t.mask() == o.mask() && o.fill == o.used {
        for (i, e) in o.table.iter().enumerate() {
            if !e.key.is_null() {
                t.table[i] = *e;
            }
        }
        t.fill = o.fill;
        t.used = o.used;
        if t.accel.is_some() {
            t.accel = Accel::build(&t.table, d);
        }
        return Ok(());
    }
    if t.fill == 0 {
        t.fill = o.used;
        t.used = o.used;
        for e in o.table.iter() {
            if !e.key.is_null() && !e.key.is(d) {
                insert_clean(&mut t.table, e.key, e.hash);
            }
        }
        if t.accel.is_some() {
            t.accel = Accel::build(&t.table, d);
        }
        return Ok(());
    }
    let mut i = 0;
    loop {
        let Some(e) = tab(other).table.get(i).copied() else {
            break;
        };
        i += 1;
        if !e.key.is_null() && !e.key.is(d) {
            add_entry(s, e.key, e.hash)?;
        }
    }
    Ok(())
}

/// `set_update_internal`: add everything from any iterable.
pub fn set_update(s: Value, other: Value) -> PyResult<()> {
    if is_anyset(other) {
        return merge(s, other);
    }
    if !other.is_small() && std::ptr::eq(other.ty(), &crate::dict::DICT_TYPE) {
        let n = crate::dict::dict_len(other);
        {
            let t = tab(s);
            if (t.fill + n) * 5 >= t.mask() * 3 {
                let m = (t.used + n) * 2;
                table_resize(s, m);
            }
        }
        for e in crate::dict::dict_entries(other) {
            add_entry(s, e.key, e.hash)?;
        }
        return Ok(());
    }
    let it = crate::ops::iter(other)?;
    while let Some(x) = crate::ops::next(it)? {
        set_add(s, x)?;
    }
    Ok(())
}

/// `make_new_set(ty, iterable)`.
pub fn make_new(ty: &'static TypeObject, iterable: Option<Value>) -> PyResult<Value> {
    let s = empty_of(ty);
    if let Some(it) = iterable {
        set_update(s, it)?;
    }
    Ok(s)
}

/// `set(iterable)`.
pub fn set_from_iterable(iterable: Value) -> PyResult<Value> {
    make_new(&SET_TYPE, Some(iterable))
}

/// `{a, b, c}`: a new set with the items added in order.
pub fn new_set(items: &[Value]) -> PyResult<Value> {
    let s = empty_of(&SET_TYPE);
    for x in items {
        set_add(s, *x)?;
    }
    Ok(s)
}

/// A frozenset built by adding `items` in order (as CPython's compiler
/// builds the constant of a literal set display of more than two
/// constants; the display itself is then `set()` updated with it).
pub fn new_frozenset(items: &[Value]) -> PyResult<Value> {
    let s = empty_of(&FROZENSET_TYPE);
    for x in items {
        set_add(s, *x)?;
    }
    Ok(s)
}

/// `s.add(item)`.
pub fn set_add(s: Value, item: Value) -> PyResult<()> {
    let h = hash_of(item)?;
    add_entry(s, item, h)
}

/// `set_copy`: a new set of the base type with the same table layout.
pub fn copy(s: Value) -> PyResult<Value> {
    make_new(base_type(s), Some(s))
}

/// `set_swap_bodies`.
pub fn swap_bodies(a: Value, b: Value) {
    let (ta, tb) = (tab(a), tab(b));
    std::mem::swap(&mut ta.table, &mut tb.table);
    std::mem::swap(&mut ta.fill, &mut tb.fill);
    std::mem::swap(&mut ta.used, &mut tb.used);
    std::mem::swap(&mut ta.accel, &mut tb.accel);
    if a.ty().is_subtype(&FROZENSET_TYPE) && b.ty().is_subtype(&FROZENSET_TYPE) {
        std::mem::swap(&mut ta.hash, &mut tb.hash);
    } else {
        ta.hash = -1;
        tb.hash = -1;
    }
    ta.version = ta.version.wrapping_add(1);
    tb.version = tb.version.wrapping_add(1);
}

/// `set_intersection(so, other)`: a new set.
pub fn intersection(so: Value, other: Value) -> PyResult<Value> {
    if so.is(other) {
        return copy(so);
    }
    let result = empty_of(base_type(so));
    if is_anyset(other) {
        let (mut a, mut b) = (so, other);
        if set_len(b) > set_len(a) {
            std::mem::swap(&mut a, &mut b);
        }
        let mut pos = 0;
        while let Some(e) = next_entry(b, &mut pos) {
            if lookkey(a, e.key, e.hash)?.is_some() {
                add_entry(result, e.key, e.hash)?;
            }
        }
        return Ok(result);
    }
    let it = crate::ops::iter(other)?;
    while let Some(x) = crate::ops::next(it)? {
        let h = hash_of(x)?;
        if lookkey(so, x, h)?.is_some() {
            add_entry(result, x, h)?;
            if set_len(result) >= set_len(so) {
                break;
            }
        }
    }
    Ok(result)
}

/// `set_difference_update_internal`.
pub fn difference_update(so: Value, other: Value) -> PyResult<()> {
    if so.is(other) {
        clear(so);
        return Ok(());
    }
    if is_anyset(other) {
        let other = if (set_len(other) >> 3) > set_len(so) {
            intersection(so, other)?
        } else {
            other
        };
        let mut pos = 0;
        while let Some(e) = next_entry(other, &mut pos) {
            discard_entry(so, e.key, e.hash)?;
        }
    } else {
        let it = crate::ops::iter(other)?;
        while let Some(x) = crate::ops::next(it)? {
            discard_key(so, x)?;
        }
    }
    let t = tab(so);
    if t.fill - t.used <= t.mask() / 4 {
        return Ok(());
    }
    let used = t.used;
    table_resize(so, if used > 50000 { used * 2 } else { used * 4 });
    Ok(())
}

/// `set_difference(so, other)`: a new set.
pub fn difference(so: Value, other: Value) -> PyResult<Value> {
    let is_dict = !other.is_small() && std::ptr::eq(other.ty(), &crate::dict::DICT_TYPE);
    let other_size = if is_anyset(other) {
        set_len(other)
    } else if is_dict {
        crate::dict::dict_len(other)
    } else {
        let r = copy(so)?;
        difference_update(r, other)?;
        return Ok(r);
    };
    if (set_len(so) >> 2) > other_size {
        let r = copy(so)?;
        difference_update(r, other)?;
        return Ok(r);
    }
    let result = empty_of(base_type(so));
    let mut pos = 0;
    while let Some(e) = next_entry(so, &mut pos) {
        let present = if is_dict {
            crate::dict::dict_get_hashed(other, e.key, e.hash)?.is_some()
        } else {
            lookkey(other, e.key, e.hash)?.is_some()
        };
        if !present {
            add_entry(result, e.key, e.hash)?;
        }
    }
    Ok(result)
}

/// `set_symmetric_difference_update` (CPython 3.11).
pub fn symmetric_difference_update(so: Value, other: Value) -> PyResult<()> {
    if so.is(other) {
        clear(so);
        return Ok(());
    }
    if !other.is_small() && std::ptr::eq(other.ty(), &crate::dict::DICT_TYPE) {
        for e in crate::dict::dict_entries(other) {
            if !discard_entry(so, e.key, e.hash)? {
                add_entry(so, e.key, e.hash)?;
            }
        }
        return Ok(());
    }
    let otherset = if is_anyset(other) {
        other
    } else {
        make_new(base_type(so), Some(other))?
    };
    let mut pos = 0;
    while let Some(e) = next_entry(otherset, &mut pos) {
        if !discard_entry(so, e.key, e.hash)? {
            add_entry(so, e.key, e.hash)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference(so, other)`: a new set.
pub fn symmetric_difference(so: Value, other: Value) -> PyResult<Value> {
    let r = make_new(base_type(so), Some(other))?;
    symmetric_difference_update(r, so)?;
    Ok(r)
}

/// `set_issubset(so, other)`.
pub fn issubset(so: Value, other: Value) -> PyResult<bool> {
    if !is_anyset(other) {
        let tmp = make_new(&SET_TYPE, Some(other))?;
        return issubset(so, tmp);
    }
    if set_len(so) > set_len(other) {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some(e) = next_entry(so, &mut pos) {
        if lookkey(other, e.key, e.hash)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset(so, other)`.
pub fn issuperset(so: Value, other: Value) -> PyResult<bool> {
    if is_anyset(other) {
        return issubset(other, so);
    }
    let it = crate::ops::iter(other)?;
    while let Some(x) = crate::ops::next(it)? {
        if !contains_key(so, x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// CPython's `frozenset_hash` algorithm (also used for set keys in
/// lookups).
pub fn frozenset_hash_impl(s: Value) -> i64 {
    let t = tab(s);
    let mut hash: u64 = 0;
    for e in t.table.iter() {
        hash ^= shuffle_bits(e.hash as u64);
    }
    if (t.table.len() - t.fill) & 1 == 1 {
        hash ^= shuffle_bits(0);
    }
    if (t.fill - t.used) & 1 == 1 {
        hash ^= shuffle_bits(u64::MAX);
    }
    hash ^= (t.used as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

pub fn frozenset_hash(s: Value) -> PyResult<i64> {
    let t = tab(s);
    if t.hash != -1 {
        return Ok(t.hash);
    }
    let h = frozenset_hash_impl(s);
    tab(s).hash = h;
    Ok(h)
}

/// `set.pop()`.
pub fn pop(s: Value) -> PyResult<Value> {
    let t = tab(s);
    if t.used == 0 {
        return Err(crate::exc::raise(
            &crate::exc::KEY_ERROR,
            "pop from an empty set",
        ));
    }
    let mask = t.mask();
    let d = dummy();
    let mut i = t.finger & mask;
    while t.table[i].key.is_null() || t.table[i].key.is(d) {
        i += 1;
        if i > mask {
            i = 0;
        }
    }
    let key = t.table[i].key;
    let hash = t.table[i].hash;
    t.table[i] = SetEntry { key: d, hash: -1 };
    t.used -= 1;
    note_removed(t, hash);
    t.finger = i + 1;
    t.version = t.version.wrapping_add(1);
    Ok(key)
}
