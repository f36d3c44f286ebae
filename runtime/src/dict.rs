//! `dict`: insertion-ordered hash maps, laid out like CPython's compact
//! dict: an index table (open addressing with CPython's perturbation
//! probe) pointing into an entries vector kept in insertion order.
//!
//! Guarantees: keys are found by `ops::hash` and `ops::eq` (so 1, 1.0 and
//! True are one key); errors from user `__hash__`/`__eq__` propagate; a
//! lookup whose `__eq__` mutates the dict restarts (never reads stale
//! storage); deleting and re-inserting moves a key to the end; the resize
//! policy (usable = 2/3 of the table, growth to `used*3`) and `popitem`'s
//! truncation follow CPython so iterator behaviour under mutation matches.
//! Str-keyed lookups (`dict_get_str`, globals and attributes) compare
//! pointers, then cached hashes, then bytes, without calling Python code.
//!
//! Methods, views and the constructor are in `dict_methods.rs` and
//! `dict_views.rs`.

use crate::exc::PyResult;
use crate::object::{new_obj, Kind, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::sequtil::is_exact_str;
use crate::value::Value;
use std::cell::UnsafeCell;

#[derive(Clone, Copy)]
#[repr(C)]
pub struct Entry {
    pub hash: i64,
    /// NULL for a deleted entry.
    pub key: Value,
    pub value: Value,
}

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MINSIZE: usize = 8;

#[repr(C)]
pub struct DictTable {
    /// Bumped whenever entries move or disappear (resize, delete, clear) or
    /// a key is added, so code that ran Python in the middle of a lookup,
    /// and the inline global caches, can notice. First field: generated
    /// code reads it at `DICT_VERSION_OFFSET` of the dict object.
    pub version: u64,
    /// Index table (power-of-two length, or empty before the first
    /// insertion): `EMPTY`, `DUMMY` or an index into `entries`.
    indices: Vec<u32>,
    /// Entries in insertion order; deleted ones have a NULL key.
    pub entries: Vec<Entry>,
    /// Number of live entries.
    pub used: usize,
}

/// Where generated code finds a dict's `version` word.
pub const DICT_VERSION_OFFSET: usize = 8;
const _: () = assert!(std::mem::offset_of!(DictObj, t) == DICT_VERSION_OFFSET);
// Generated code reads instance attributes from the entries inline
// (`codegen/attr.rs`).
const _: () = assert!(std::mem::offset_of!(DictTable, entries) == 32);
const _: () = assert!(std::mem::offset_of!(Entry, key) == 8);
const _: () = assert!(std::mem::offset_of!(Entry, value) == 16);
const _: () = assert!(std::mem::size_of::<Entry>() == 24);

#[repr(C)]
pub struct DictObj {
    pub ob: Obj,
    pub t: UnsafeCell<DictTable>,
}

pub const DICT_SLOTS: Slots = Slots {
    repr: Some(crate::dict_methods::dict_repr),
    richcmp: Some(crate::dict_methods::dict_richcmp),
    binary: Some(crate::dict_methods::dict_binary),
    inplace: Some(crate::dict_methods::dict_inplace),
    len: Some(|d| Ok(table(d).used)),
    getitem: Some(dict_getitem),
    setitem: Some(dict_set),
    delitem: Some(dict_del),
    contains: Some(|d, k| Ok(dict_get(d, k)?.is_some())),
    iter: Some(|d| {
        Ok(crate::dict_views::new_dict_iter(
            d,
            crate::dict_views::ViewKind::Keys,
        ))
    }),
    new: Some(crate::dict_methods::dict_new),
    ..Slots::EMPTY
};
pub static DICT_TYPE: TypeObject = TypeObject::builtin(
    "dict",
    Kind::Dict,
    &OBJECT_TYPE,
    crate::dict_methods::DICT_METHODS,
    DICT_SLOTS,
)
.unhashable();

fn empty_table() -> DictTable {
    DictTable {
        indices: Vec::new(),
        entries: Vec::new(),
        used: 0,
        version: 0,
    }
}

pub fn new_dict() -> Value {
    new_obj(DictObj {
        ob: Obj { ty: &DICT_TYPE },
        t: UnsafeCell::new(empty_table()),
    })
}

/// An empty dict of (possibly user subclass) type `ty`.
pub fn new_dict_of(ty: &'static TypeObject) -> Value {
    crate::sequtil::new_container(
        ty,
        DictObj {
            ob: Obj { ty },
            t: UnsafeCell::new(empty_table()),
        },
    )
}

/// The dict's table. Do not keep the reference across Python code.
#[inline]
pub fn table(d: Value) -> &'static mut DictTable {
    unsafe { &mut *d.cast::<DictObj>().t.get() }
}

#[inline]
fn usable(size: usize) -> usize {
    (size << 1) / 3
}

/// The hash of a key; str hashes come from the cache when present.
#[inline]
pub fn key_hash(k: Value) -> PyResult<i64> {
    if k.is_small() {
        return Ok(crate::int::hash_i64(k.small()));
    }
    if is_exact_str(k) {
        let h = k.cast::<crate::str::StrObj>().hash.get();
        if h != -1 {
            return Ok(h);
        }
    }
    crate::ops::hash(k)
}

/// Are two keys equal without running Python code? `Some(answer)` when
/// it can be decided natively.
#[inline]
fn fast_eq(a: Value, b: Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if a.is_small() && b.is_small() {
        return Some(false);
    }
    if is_exact_str(a) && is_exact_str(b) {
        return Some(crate::str::as_str(a) == crate::str::as_str(b));
    }
    None
}

/// Result of probing: the entry index if found, and the index-table slot
/// where the key belongs.
enum Probe {
    Found { slot: usize, ix: usize },
    Missing { slot: usize },
}

impl DictTable {}

/// Probe for `key` (hash `h`); may run Python `__eq__`, in which case the
/// table is re-validated and the probe restarted if it changed.
///
/// The loop reads the index table and entries through raw pointers taken
/// from the table; they are taken again after a rich comparison (the only
/// place Python code can run), which restarts the probe if the table
/// changed.
#[inline]
fn probe(d: Value, key: Value, h: i64) -> PyResult<Probe> {
    'restart: loop {
        let t = table(d);
        if t.indices.is_empty() {
            return Ok(Probe::Missing { slot: 0 });
        }
        let indices = t.indices.as_ptr();
        let entries = t.entries.as_ptr();
        let mask = t.indices.len() - 1;
        let mut i = (h as u64 as usize) & mask;
        let mut perturb = h as u64;
        let mut free: Option<usize> = None;
        loop {
            // SAFETY: `i <= mask` indexes the index table, and every index
            // other than EMPTY/DUMMY is below `entries.len()`.
            let ix = unsafe { *indices.add(i) };
            if ix == EMPTY {
                return Ok(Probe::Missing {
                    slot: free.unwrap_or(i),
                });
            }
            if ix == DUMMY {
                if free.is_none() {
                    free = Some(i);
                }
            } else {
                let e = unsafe { &*entries.add(ix as usize) };
                let ekey = e.key;
                if ekey.is(key) {
                    return Ok(Probe::Found {
                        slot: i,
                        ix: ix as usize,
                    });
                }
                if e.hash == h {
                    match fast_eq(ekey, key) {
                        Some(true) => {
                            return Ok(Probe::Found {
                                slot: i,
                                ix: ix as usize,
                            })
                        }
                        Some(false) => {}
                        None => match slow_eq(d, ix as usize, ekey, key)? {
                            Some(true) => {
                                return Ok(Probe::Found {
                                    slot: i,
                                    ix: ix as usize,
                                })
                            }
                            Some(false) => {}
                            None => continue 'restart,
                        },
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }
}

/// Rich comparison of a table key with `key` (hashes equal). `Ok(None)`
/// means the comparison changed the table (or the entry): restart.
#[cold]
#[inline(never)]
fn slow_eq(d: Value, ix: usize, ekey: Value, key: Value) -> PyResult<Option<bool>> {
    let version = table(d).version;
    let eq = crate::ops::eq(ekey, key)?;
    let t2 = table(d);
    if t2.version != version || t2.entries.get(ix).map(|x| x.key) != Some(ekey) {
        return Ok(None);
    }
    Ok(Some(eq))
}

impl DictTable {
    /// Rebuild the index table with room for `minsize` (CPython's
    /// `dictresize`), compacting deleted entries away.
    fn resize(&mut self, minsize: usize) {
        let mut size = MINSIZE;
        while size < minsize {
            size <<= 1;
        }
        if self.used != self.entries.len() {
            self.entries.retain(|e| !e.key.is_null());
        }
        self.version = self.version.wrapping_add(1);
        let mut indices = vec![EMPTY; size];
        let mask = size - 1;
        for (n, e) in self.entries.iter().enumerate() {
            let mut i = (e.hash as u64 as usize) & mask;
            let mut perturb = e.hash as u64;
            while indices[i] != EMPTY {
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            indices[i] = n as u32;
        }
        self.indices = indices;
    }

    /// Append a new entry for a key known to be absent.
    fn insert_new(&mut self, slot: usize, h: i64, key: Value, value: Value) {
        if self.indices.is_empty() || self.entries.len() >= usable(self.indices.len()) {
            let grow = if self.indices.is_empty() {
                MINSIZE
            } else {
                self.used * 3
            };
            self.resize(grow);
            // Find an empty slot in the fresh table (no dummies there).
            let mask = self.indices.len() - 1;
            let mut i = (h as u64 as usize) & mask;
            let mut perturb = h as u64;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            self.indices[i] = self.entries.len() as u32;
        } else {
            self.indices[slot] = self.entries.len() as u32;
        }
        self.entries.push(Entry {
            hash: h,
            key,
            value,
        });
        self.used += 1;
        self.version = self.version.wrapping_add(1);
    }

    /// Delete the entry at `ix` whose index lives in `slot`.
    fn delete_at(&mut self, slot: usize, ix: usize) -> Entry {
        let old = self.entries[ix];
        self.indices[slot] = DUMMY;
        self.entries[ix] = Entry {
            hash: 0,
            key: Value::NULL,
            value: Value::NULL,
        };
        self.used -= 1;
        self.version = self.version.wrapping_add(1);
        old
    }

    /// The last live entry, removed (`popitem`).
    pub fn pop_last(&mut self, d: Value) -> Option<(Value, Value)> {
        let mut i = self.entries.len();
        while i > 0 && self.entries[i - 1].key.is_null() {
            i -= 1;
        }
        if i == 0 {
            return None;
        }
        let e = self.entries[i - 1];
        // Find its index slot (by identity: no Python code runs).
        let mask = self.indices.len() - 1;
        let mut s = (e.hash as u64 as usize) & mask;
        let mut perturb = e.hash as u64;
        while self.indices[s] != (i - 1) as u32 {
            perturb >>= 5;
            s = (s
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        let _ = d;
        self.delete_at(s, i - 1);
        self.entries.truncate(i - 1);
        Some((e.key, e.value))
    }

    pub fn clear(&mut self) {
        self.indices = Vec::new();
        self.entries = Vec::new();
        self.used = 0;
        self.version = self.version.wrapping_add(1);
    }
}

/// `d[k] = v` with the key's hash already computed.
pub fn dict_set_hashed(d: Value, k: Value, h: i64, v: Value) -> PyResult<()> {
    match probe(d, k, h)? {
        Probe::Found { ix, .. } => {
            table(d).entries[ix].value = v;
        }
        Probe::Missing { slot } => table(d).insert_new(slot, h, k, v),
    }
    Ok(())
}

pub fn dict_set(d: Value, k: Value, v: Value) -> PyResult<()> {
    let h = key_hash(k)?;
    dict_set_hashed(d, k, h, v)
}

pub fn dict_get_hashed(d: Value, k: Value, h: i64) -> PyResult<Option<Value>> {
    let t = table(d);
    if t.used == 0 {
        return Ok(None);
    }
    match probe(d, k, h)? {
        Probe::Found { ix, .. } => Ok(Some(table(d).entries[ix].value)),
        Probe::Missing { .. } => Ok(None),
    }
}

pub fn dict_get(d: Value, k: Value) -> PyResult<Option<Value>> {
    if table(d).used == 0 {
        // Still hash the key: `[] in {}` raises.
        key_hash(k)?;
        return Ok(None);
    }
    let h = key_hash(k)?;
    dict_get_hashed(d, k, h)
}

/// Lookup with a str key (never fails, never runs Python code). Keys that
/// are not exact strs never match.
pub fn dict_get_str(d: Value, k: Value) -> Option<Value> {
    let t = table(d);
    if t.used == 0 {
        return None;
    }
    let so = k.cast::<crate::str::StrObj>();
    let mut h = so.hash.get();
    if h == -1 {
        h = match crate::ops::hash(k) {
            Ok(h) => h,
            Err(_) => {
                crate::exc::take();
                return None;
            }
        };
    }
    let ks = crate::str::as_str(k);
    let mask = t.indices.len() - 1;
    let mut i = (h as u64 as usize) & mask;
    let mut perturb = h as u64;
    loop {
        let ix = t.indices[i];
        if ix == EMPTY {
            return None;
        }
        if ix != DUMMY {
            let e = &t.entries[ix as usize];
            if e.key.is(k)
                || (e.hash == h && is_exact_str(e.key) && crate::str::as_str(e.key) == ks)
            {
                return Some(e.value);
            }
        }
        perturb >>= 5;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(perturb as usize)
            .wrapping_add(1))
            & mask;
    }
}

/// The entry index of exact-str key `k` (no Python code runs), for the
/// global-name inline caches: an index stays valid while the table's
/// `version` is unchanged.
pub fn index_of_str(d: Value, k: Value) -> Option<usize> {
    let t = table(d);
    if t.used == 0 {
        return None;
    }
    let h = crate::ops::hash(k).ok()?;
    let ks = crate::str::as_str(k);
    let mask = t.indices.len() - 1;
    let mut i = (h as u64 as usize) & mask;
    let mut perturb = h as u64;
    loop {
        let ix = t.indices[i];
        if ix == EMPTY {
            return None;
        }
        if ix != DUMMY {
            let e = &t.entries[ix as usize];
            if e.key.is(k)
                || (e.hash == h && is_exact_str(e.key) && crate::str::as_str(e.key) == ks)
            {
                return Some(ix as usize);
            }
        }
        perturb >>= 5;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(perturb as usize)
            .wrapping_add(1))
            & mask;
    }
}

/// Remove `k`, returning its value (`None` if absent).
pub fn dict_pop_hashed(d: Value, k: Value, h: i64) -> PyResult<Option<Value>> {
    let t = table(d);
    if t.used == 0 {
        return Ok(None);
    }
    match probe(d, k, h)? {
        Probe::Found { slot, ix } => Ok(Some(table(d).delete_at(slot, ix).value)),
        Probe::Missing { .. } => Ok(None),
    }
}

pub fn dict_del(d: Value, k: Value) -> PyResult<()> {
    let h = key_hash(k)?;
    match dict_pop_hashed(d, k, h)? {
        Some(_) => Ok(()),
        None => Err(crate::exc::key_error(k)),
    }
}

/// `d[k]` (dict's own `__getitem__`, with `__missing__` for subclasses).
pub fn dict_getitem(d: Value, k: Value) -> PyResult<Value> {
    if let Some(v) = dict_get(d, k)? {
        return Ok(v);
    }
    // Subclasses may define `__missing__`.
    if d.ty().heap && crate::sequtil::user_defines(d, "__missing__") {
        return crate::ops::call_method_str(d, "__missing__", &[k]);
    }
    Err(crate::exc::key_error(k))
}

/// Snapshot of the (key, value) pairs in order.
pub fn dict_items(d: Value) -> Vec<(Value, Value)> {
    table(d)
        .entries
        .iter()
        .filter(|e| !e.key.is_null())
        .map(|e| (e.key, e.value))
        .collect()
}

/// Snapshot of the keys in order.
pub fn dict_keys(d: Value) -> Vec<Value> {
    table(d)
        .entries
        .iter()
        .filter(|e| !e.key.is_null())
        .map(|e| e.key)
        .collect()
}

/// Number of items.
#[inline]
pub fn dict_len(d: Value) -> usize {
    table(d).used
}

/// Snapshot of (hash, key, value) for live entries, in order.
pub fn dict_entries(d: Value) -> Vec<Entry> {
    table(d)
        .entries
        .iter()
        .filter(|e| !e.key.is_null())
        .copied()
        .collect()
}

/// Remove all items.
pub fn dict_clear(d: Value) {
    table(d).clear()
}
