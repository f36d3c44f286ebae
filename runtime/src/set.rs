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
use crate::value::Value;
use std::cell::UnsafeCell;

pub use crate::set_methods::{FROZENSET_TYPE, SET_TYPE};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// Marks deleted entries (with hash -1), as CPython's `dummy`.
static DUMMY_OBJ: Obj = Obj { ty: &OBJECT_TYPE };

#[inline]
fn dummy() -> Value {
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
#[inline]
fn hash_of(key: Value) -> PyResult<i64> {
    let h = crate::dict::key_hash(key)?;
    Ok(if h == -1 { -2 } else { h })
}

/// Equality decided without Python code, when possible.
#[inline]
fn fast_eq(a: Value, b: Value) -> Option<bool> {
    if a.is_small() && b.is_small() {
        return Some(a.is(b));
    }
    if is_exact_str(a) && is_exact_str(b) {
        return Some(crate::str::as_str(a) == crate::str::as_str(b));
    }
    None
}

/// Compare a table key with `key` (hashes already equal). `Ok(None)`
/// means the table changed under a Python `__eq__`: restart.
#[inline]
fn entry_matches(s: Value, j: usize, startkey: Value, key: Value) -> PyResult<Option<bool>> {
    if startkey.is(key) {
        return Ok(Some(true));
    }
    if let Some(r) = fast_eq(startkey, key) {
        return Ok(Some(r));
    }
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
pub fn lookkey(s: Value, key: Value, hash: i64) -> PyResult<Option<usize>> {
    'restart: loop {
        let mut mask = tab(s).mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            let mut j = i;
            for _ in 0..=probes {
                let e = tab(s).table[j];
                if e.hash == 0 && e.key.is_null() {
                    return Ok(None);
                }
                if e.hash == hash {
                    match entry_matches(s, j, e.key, key)? {
                        Some(true) => return Ok(Some(j)),
                        Some(false) => {}
                        None => continue 'restart,
                    }
                    mask = tab(s).mask();
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
pub fn add_entry(s: Value, key: Value, hash: i64) -> PyResult<()> {
    'restart: loop {
        let mut mask = tab(s).mask();
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
            for _ in 0..=probes {
                let e = tab(s).table[j];
                if e.hash == 0 && e.key.is_null() {
                    break 'search j;
                }
                if e.hash == hash {
                    match entry_matches(s, j, e.key, key)? {
                        Some(true) => return Ok(()),
                        Some(false) => {}
                        None => continue 'restart,
                    }
                    mask = tab(s).mask();
                } else if e.hash == -1 {
                    freeslot = Some(j);
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
            return Ok(());
        }
        t.fill += 1;
        t.used += 1;
        t.table[found] = SetEntry { key, hash };
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
    t.version = t.version.wrapping_add(1);
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
            Ok(true)
        }
        None => Ok(false),
    }
}

/// A set's hash for lookups: a set key that is unhashable is looked up as
/// the equivalent frozenset (CPython's `set_contains`/`remove`/`discard`).
fn hash_for_lookup(key: Value) -> PyResult<i64> {
    match hash_of(key) {
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
    t.table[i] = SetEntry { key: d, hash: -1 };
    t.used -= 1;
    t.finger = i + 1;
    t.version = t.version.wrapping_add(1);
    Ok(key)
}
