//! `str`: immutable Unicode strings stored as UTF-8, indexed by code point.
//!
//! A `StrObj` keeps its text as UTF-8 plus its length in code points; for
//! an ASCII string (`nchars == s.len()`) code point indices are byte
//! indices, so indexing and slicing are O(1). Non-ASCII strings build, on
//! first index, a table of the byte offset of every `STRIDE`th code point,
//! which makes indexing O(STRIDE). The hash is computed once and cached.
//!
//! This file holds the object, its constructors, interning, the type's
//! slots (repr, comparison, `+ * %`, indexing, iteration, `str()`), and
//! index helpers used by the methods (`str_methods.rs`), `str.format`
//! (`str_format.rs`) and printf-style formatting (`printf.rs`).

use crate::exc::{type_error, PyResult};
use crate::object::{new_obj, Kind, Kw, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{bool_, not_implemented, Value};
use pyaot_ir::{BinOp, CmpOp};
use std::cell::{Cell, OnceCell};

#[repr(C)]
pub struct StrObj {
    pub ob: Obj,
    /// Cached hash; -1 until computed.
    pub hash: Cell<i64>,
    /// Number of code points (equal to `len` for ASCII strings).
    pub nchars: usize,
    /// Length of the UTF-8 text in bytes.
    len: usize,
    /// For non-ASCII strings: byte offset of code point `k * STRIDE`
    /// (one word, so that the header is 40 bytes).
    idx: OnceCell<Box<Vec<usize>>>,
    // The `len` bytes of UTF-8 text follow the header in the same block
    // (one allocation per string). Exact-`str` ASCII strings are
    // allocated pointer-free: their only pointer is to the static type
    // and `idx` stays empty, so the collector never scans their text.
}

/// Byte offset of the first occurrence of `needle` in `hay`. A one-byte
/// needle (ASCII, which never occurs inside a multi-byte UTF-8 sequence) is
/// found with a plain byte scan instead of the general two-way search.
#[inline]
pub fn find_sub(hay: &str, needle: &str) -> Option<usize> {
    if let [b] = needle.as_bytes() {
        return hay.as_bytes().iter().position(|c| c == b);
    }
    hay.find(needle)
}

/// Allocate a str object of type `ty` with room for `len` bytes of text
/// and `nchars` code points; returns it and a pointer to its (uninitialised)
/// text, which the caller must fill with valid UTF-8 before the value is
/// used.
unsafe fn alloc_raw(ty: &'static TypeObject, len: usize, nchars: usize) -> (Value, *mut u8) {
    let head = std::mem::size_of::<StrObj>();
    let ascii = nchars == len;
    // Instances of user subclasses get a `__dict__` word after the text.
    let size = if ty.heap {
        dict_offset(len) + 8
    } else {
        head + len
    };
    let layout = std::alloc::Layout::from_size_align(size, 8).expect("str size");
    let p = if ascii && std::ptr::eq(ty, &STR_TYPE) {
        crate::gc::alloc_atomic(size)
    } else {
        std::alloc::alloc(layout)
    };
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    let o = p as *mut StrObj;
    std::ptr::write(
        o,
        StrObj {
            ob: Obj { ty },
            hash: Cell::new(-1),
            nchars,
            len,
            idx: OnceCell::new(),
        },
    );
    if ty.heap {
        std::ptr::write(p.add(dict_offset(len)) as *mut usize, 0);
    }
    (Value::from_ptr(o), p.add(head))
}

/// Allocate a str object of type `ty` holding `s`.
fn alloc_str(ty: &'static TypeObject, s: &str, nchars: usize) -> Value {
    unsafe {
        let (v, text) = alloc_raw(ty, s.len(), nchars);
        std::ptr::copy_nonoverlapping(s.as_ptr(), text, s.len());
        v
    }
}

/// A new exact str of `len` bytes and `nchars` code points whose text is
/// written by `fill` straight into the object (no intermediate buffer).
/// `fill` must write exactly `len` bytes of valid UTF-8 holding `nchars`
/// code points, and must not allocate GC references if the text is ASCII
/// (`len == nchars`: the block is pointer-free; plain byte work is fine).
pub fn build_str(len: usize, nchars: usize, fill: impl FnOnce(&mut [u8])) -> Value {
    if len <= 1 {
        let mut b = [0u8; 1];
        fill(&mut b[..len]);
        return if len == 0 {
            alloc_str(&STR_TYPE, "", 0)
        } else {
            ascii_char(b[0])
        };
    }
    unsafe {
        let (v, text) = alloc_raw(&STR_TYPE, len, nchars);
        fill(std::slice::from_raw_parts_mut(text, len));
        debug_assert!(std::str::from_utf8(std::slice::from_raw_parts(text, len)).is_ok());
        v
    }
}

/// A new exact str holding `s`, which the caller knows to be ASCII (no
/// scan of the text is needed).
#[inline]
pub fn new_ascii_str(s: &str) -> Value {
    debug_assert!(s.is_ascii());
    if s.len() == 1 {
        return ascii_char(s.as_bytes()[0]);
    }
    alloc_str(&STR_TYPE, s, s.len())
}

/// Is the str `v` all ASCII? (O(1): its code point count is its length.)
#[inline]
pub fn is_ascii(v: Value) -> bool {
    let o = v.cast::<StrObj>();
    o.nchars == o.len
}

/// Offset of the `__dict__` word of a str-subclass instance whose text is
/// `len` bytes long.
fn dict_offset(len: usize) -> usize {
    (std::mem::size_of::<StrObj>() + len + 7) & !7
}

/// The `__dict__` cell of an instance of a user subclass of str.
pub fn dict_cell(v: Value) -> &'static Cell<Value> {
    let o = v.cast::<StrObj>();
    unsafe { &*((v.0 + dict_offset(o.len)) as *const Cell<Value>) }
}

impl StrObj {
    /// The text stored after the header.
    #[inline]
    fn text(&self) -> &str {
        unsafe {
            let p = (self as *const StrObj).add(1) as *const u8;
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, self.len))
        }
    }
}

/// Distance in code points between entries of the offset table.
const STRIDE: usize = 32;

pub use crate::str_methods::STR_METHODS;
pub const STR_SLOTS: Slots = Slots {
    repr: Some(str_repr),
    str: Some(str_str),
    hash: Some(str_hash),
    richcmp: Some(str_richcmp),
    binary: Some(str_binary),
    truthy: Some(|v| Ok(v.cast::<StrObj>().nchars != 0)),
    len: Some(|v| Ok(v.cast::<StrObj>().nchars)),
    getitem: Some(str_getitem),
    contains: Some(str_contains),
    iter: Some(str_iter),
    new: Some(str_new),
    ..Slots::EMPTY
};
pub static STR_TYPE: TypeObject =
    TypeObject::builtin("str", Kind::Str, &OBJECT_TYPE, STR_METHODS, STR_SLOTS);

pub fn new_str(s: &str) -> Value {
    if s.len() == 1 {
        return ascii_char(s.as_bytes()[0]);
    }
    from_str_typed(&STR_TYPE, s)
}

pub fn from_string(s: String) -> Value {
    if s.len() == 1 {
        return ascii_char(s.as_bytes()[0]);
    }
    from_string_typed(&STR_TYPE, s)
}

/// A str object of type `ty` (str or a subclass).
pub fn from_string_typed(ty: &'static TypeObject, s: String) -> Value {
    from_str_typed(ty, &s)
}

/// A str object of type `ty` holding a copy of `s`.
fn from_str_typed(ty: &'static TypeObject, s: &str) -> Value {
    let nchars = if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    };
    alloc_str(ty, s, nchars)
}

/// A one-character string (cached for ASCII).
pub fn from_char(c: char) -> Value {
    if (c as u32) < 128 {
        return ascii_char(c as u8);
    }
    let mut b = [0u8; 4];
    from_string_typed(&STR_TYPE, c.encode_utf8(&mut b).to_string())
}

static mut ASCII_CHARS: [Value; 128] = [Value::NULL; 128];

/// The cached one-character string for ASCII byte `b`.
fn ascii_char(b: u8) -> Value {
    unsafe {
        let slot = &mut *std::ptr::addr_of_mut!(ASCII_CHARS[(b & 127) as usize]);
        if slot.is_null() {
            let s = (b as char).to_string();
            *slot = alloc_str(&STR_TYPE, &s, 1);
        }
        *slot
    }
}

/// The text of a str object (the caller has checked the kind).
#[inline]
pub fn as_str(v: Value) -> &'static str {
    v.cast::<StrObj>().text()
}

/// Is `v` a str (or an instance of a subclass)?
#[inline]
pub fn is_str(v: Value) -> bool {
    !v.is_small() && v.kind() == Kind::Str
}

/// The text of `v` if it is a str.
#[inline]
pub fn str_opt(v: Value) -> Option<&'static str> {
    if is_str(v) {
        Some(as_str(v))
    } else {
        None
    }
}

/// Number of code points.
#[inline]
pub fn char_len(v: Value) -> usize {
    v.cast::<StrObj>().nchars
}

static mut INTERNED: Option<std::collections::HashMap<&'static str, Value>> = None;

/// An interned str for identifiers (attribute and global names): equal
/// names give the same object.
/// A direct-mapped cache in front of the intern table, keyed by the text's
/// address (literal names in the runtime have stable addresses); entries
/// are verified by content, so a reused address is harmless.
static mut INTERN_CACHE: [(usize, Value); 1024] = [(0, Value::NULL); 1024];

pub fn intern(s: &str) -> Value {
    let p = s.as_ptr() as usize;
    let slot = ((p >> 3) ^ s.len()) & 1023;
    unsafe {
        let (cp, cv) = INTERN_CACHE[slot];
        if cp == p && !cv.is_null() && as_str(cv) == s {
            return cv;
        }
        let v = intern_slow(s);
        INTERN_CACHE[slot] = (p, v);
        v
    }
}

/// `intern` for a string literal: the cache is keyed by the literal's
/// address and length, which identify a `'static` string's contents, so a
/// hit costs no comparison of characters.
#[inline]
pub fn intern_static(s: &'static str) -> Value {
    let p = s.as_ptr() as usize;
    let slot = ((p >> 3) ^ s.len()) & 511;
    unsafe {
        let (cp, cl, cv) = STATIC_CACHE[slot];
        if cp == p && cl == s.len() {
            return cv;
        }
        let v = intern_slow(s);
        STATIC_CACHE[slot] = (p, s.len(), v);
        v
    }
}

static mut STATIC_CACHE: [(usize, usize, Value); 512] = [(0, 0, Value::NULL); 512];

fn intern_slow(s: &str) -> Value {
    unsafe {
        let map = (*std::ptr::addr_of_mut!(INTERNED)).get_or_insert_with(Default::default);
        if let Some(v) = map.get(s) {
            return *v;
        }
        let v = new_str(s);
        map.insert(as_str(v), v);
        v
    }
}

// ---------------------------------------------------------------------
// Code point indexing.

/// Byte offset of code point `i` (0 <= i <= nchars) in `v`.
pub fn byte_offset(v: Value, i: usize) -> usize {
    let o = v.cast::<StrObj>();
    let s: &str = o.text();
    if o.nchars == s.len() {
        return i;
    }
    if i >= o.nchars {
        return s.len();
    }
    let idx = o.idx.get_or_init(|| {
        let mut t = Vec::with_capacity(o.nchars / STRIDE + 1);
        for (k, (b, _)) in s.char_indices().enumerate() {
            if k % STRIDE == 0 {
                t.push(b);
            }
        }
        Box::new(t)
    });
    let base = idx.get(i / STRIDE).copied().unwrap_or(0);
    let rest = &s[base..];
    match rest.char_indices().nth(i % STRIDE) {
        Some((b, _)) => base + b,
        None => s.len(),
    }
}

/// The code point at index `i` (0 <= i < nchars).
pub fn char_at(v: Value, i: usize) -> char {
    let s = as_str(v);
    let b = byte_offset(v, i);
    s[b..].chars().next().unwrap_or('\0')
}

/// The code point index of byte offset `b` in `s`.
pub fn char_index(s: &str, b: usize) -> usize {
    // Only the prefix matters: scanning all of `s` would make repeated
    // searches in a long string quadratic.
    let p = &s[..b.min(s.len())];
    if p.is_ascii() {
        return p.len();
    }
    p.chars().count()
}

/// The substring of code points `start..end` (clamped).
pub fn substr(v: Value, start: usize, end: usize) -> &'static str {
    let s = as_str(v);
    if start >= end {
        return "";
    }
    let a = byte_offset(v, start);
    let b = byte_offset(v, end);
    &s[a..b]
}

// ---------------------------------------------------------------------
// Slots.

/// CPython's `repr()` of a string.
pub fn repr_string(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if (c as u32) < 0x7f => out.push(c),
            // Surrogate code points (see str_surrogate.rs) are never printable.
            c if crate::str_surrogate::is_surrogate(c as u32) => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c if crate::str_unicode::is_printable(c) => out.push(c),
            c => {
                let u = c as u32;
                if u <= 0xff {
                    out.push_str(&format!("\\x{u:02x}"));
                } else if u <= 0xffff {
                    out.push_str(&format!("\\u{u:04x}"));
                } else {
                    out.push_str(&format!("\\U{u:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

pub(crate) fn str_repr(v: Value) -> PyResult<Value> {
    Ok(from_string(repr_string(as_str(v))))
}

/// `str(s)`: the string itself, or a plain copy for a subclass instance.
pub(crate) fn str_str(v: Value) -> PyResult<Value> {
    if v.ty().heap {
        Ok(new_str(as_str(v)))
    } else {
        Ok(v)
    }
}

/// A fast 64-bit hash of bytes (never -1).
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ (b.len() as u64).wrapping_mul(K);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let mut tail = 0u64;
    for (i, x) in chunks.remainder().iter().enumerate() {
        tail |= (*x as u64) << (8 * i);
    }
    h = (h.rotate_left(5) ^ tail).wrapping_mul(K);
    // Final avalanche (from splitmix64).
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^= h >> 31;
    let r = h as i64;
    if r == -1 {
        -2
    } else {
        r
    }
}

pub(crate) fn str_hash(v: Value) -> PyResult<i64> {
    let o = v.cast::<StrObj>();
    let h = o.hash.get();
    if h != -1 {
        return Ok(h);
    }
    let h = hash_bytes(o.text().as_bytes());
    o.hash.set(h);
    Ok(h)
}

/// The hash of a str object (cached).
pub fn hash(v: Value) -> i64 {
    str_hash(v).unwrap_or(0)
}

pub(crate) fn str_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if !is_str(a) || !is_str(b) {
        return Ok(not_implemented());
    }
    // UTF-8 byte order is code point order.
    let (x, y) = (as_str(a), as_str(b));
    Ok(bool_(match op {
        CmpOp::Eq => a.is(b) || x == y,
        CmpOp::Ne => !a.is(b) && x != y,
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
        _ => return Ok(not_implemented()),
    }))
}

/// `str op x` where x's class is a user class: CPython tries the class's
/// reflected method (`__radd__`, `__rmul__`) before str's sequence
/// behaviour. The dunder is called directly: going through the class's
/// binary slot would come back here.
pub(crate) fn try_reflected(op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let tb = b.ty();
    if !tb.heap {
        return Ok(None);
    }
    let rname = match op {
        BinOp::Add => "__radd__",
        BinOp::Mul => "__rmul__",
        _ => return Ok(None),
    };
    if let Some(f) = crate::typeobj::lookup_heap(tb, rname) {
        let r = crate::func::call(f, &[b, a], Kw::NONE)?;
        if !r.is(not_implemented()) {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// Repeat count for `seq * n` with CPython's errors.
pub fn repeat_count(n: Value) -> PyResult<Option<i64>> {
    // Ints, and objects with `__index__` (CPython's PyNumber_AsSsize_t).
    crate::sequtil::as_index(n)
}

/// `s * n` as a String, with CPython's limits.
pub fn repeat_str(s: &str, n: i64) -> PyResult<String> {
    if n <= 0 || s.is_empty() {
        return Ok(String::new());
    }
    let total = (s.len() as u128) * (n as u128);
    if total > (isize::MAX as u128) {
        return Err(crate::exc::overflow_error("repeated string is too long"));
    }
    if total > (1u128 << 36) {
        return Err(crate::exc::raise_empty(&crate::exc::MEMORY_ERROR));
    }
    Ok(s.repeat(n as usize))
}

pub(crate) fn str_binary(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    match op {
        BinOp::Add => {
            if !is_str(a) {
                return Ok(not_implemented());
            }
            if !is_str(b) {
                if let Some(r) = try_reflected(op, a, b)? {
                    return Ok(r);
                }
                return Err(type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    b.ty().name()
                )));
            }
            let (x, y) = (as_str(a), as_str(b));
            if y.is_empty() && !a.ty().heap {
                return Ok(a);
            }
            if x.is_empty() && !b.ty().heap {
                return Ok(b);
            }
            let n = char_len(a) + char_len(b);
            Ok(build_str(x.len() + y.len(), n, |buf| {
                buf[..x.len()].copy_from_slice(x.as_bytes());
                buf[x.len()..].copy_from_slice(y.as_bytes());
            }))
        }
        BinOp::Mul => {
            let (s, n) = if is_str(a) { (a, b) } else { (b, a) };
            if !is_str(s) {
                return Ok(not_implemented());
            }
            match repeat_count(n)? {
                Some(k) => {
                    if k == 1 && !s.ty().heap {
                        return Ok(s);
                    }
                    Ok(from_string(repeat_str(as_str(s), k)?))
                }
                None => {
                    if is_str(a) {
                        if let Some(r) = try_reflected(op, a, b)? {
                            return Ok(r);
                        }
                    }
                    Err(type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        n.ty().name()
                    )))
                }
            }
        }
        BinOp::Mod => {
            if !is_str(a) {
                return Ok(not_implemented());
            }
            crate::printf::percent_format(a, b)
        }
        _ => Ok(not_implemented()),
    }
}

pub(crate) fn str_getitem(v: Value, key: Value) -> PyResult<Value> {
    let n = char_len(v);
    if key.is_small() || matches!(key.kind(), Kind::Int | Kind::Bool) {
        let i = match crate::int::as_i64(key) {
            Some(i) => i,
            None => {
                return Err(crate::exc::index_error(
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        };
        return match crate::slice::norm_index(i, n) {
            Some(j) => Ok(from_char(char_at(v, j))),
            None => Err(crate::exc::index_error("string index out of range")),
        };
    }
    if key.kind() == Kind::Slice {
        let (start, _stop, step, len) = crate::slice::indices(key, n)?;
        if step == 1 {
            let st = start.max(0) as usize;
            if st == 0 && len == n && !v.ty().heap {
                return Ok(v);
            }
            let sub = substr(v, st, st + len);
            return Ok(if is_ascii(v) {
                new_ascii_str(sub)
            } else {
                new_str(sub)
            });
        }
        let s = as_str(v);
        let mut out = String::with_capacity(len);
        if n == s.len() {
            let b = s.as_bytes();
            let mut i = start;
            for _ in 0..len {
                out.push(b[i as usize] as char);
                i += step;
            }
        } else {
            let chars: Vec<char> = s.chars().collect();
            let mut i = start;
            for _ in 0..len {
                out.push(chars[i as usize]);
                i += step;
            }
        }
        return Ok(from_string(out));
    }
    // Objects with __index__.
    if key.kind() == Kind::Instance {
        if let Some(m) = crate::ops::getattr_opt(key, new_str("__index__"))? {
            let i = crate::func::call(m, &[], Kw::NONE)?;
            return str_getitem(v, i);
        }
    }
    Err(type_error(format!(
        "string indices must be integers, not '{}'",
        key.ty().name()
    )))
}

pub(crate) fn str_contains(v: Value, item: Value) -> PyResult<bool> {
    match str_opt(item) {
        Some(x) => Ok(find_sub(as_str(v), x).is_some()),
        None => Err(type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            item.ty().name()
        ))),
    }
}

// ---------------------------------------------------------------------
// Iteration.

#[repr(C)]
pub struct StrIterObj {
    pub ob: Obj,
    pub s: Value,
    /// Byte position of the next code point.
    pub pos: Cell<usize>,
}

/// The iterator over an ASCII string (CPython names the two differently).
pub static STR_ITER_TYPE: TypeObject = TypeObject::builtin(
    "str_ascii_iterator",
    Kind::Iter,
    &OBJECT_TYPE,
    &[],
    Slots {
        iter: Some(Ok),
        next: Some(str_iter_next),
        ..Slots::EMPTY
    },
)
.final_();
pub static STR_UITER_TYPE: TypeObject = TypeObject::builtin(
    "str_iterator",
    Kind::Iter,
    &OBJECT_TYPE,
    &[],
    Slots {
        iter: Some(Ok),
        next: Some(str_iter_next),
        ..Slots::EMPTY
    },
)
.final_();

pub(crate) fn str_iter(v: Value) -> PyResult<Value> {
    let ty = if char_len(v) == as_str(v).len() {
        &STR_ITER_TYPE
    } else {
        &STR_UITER_TYPE
    };
    Ok(new_obj(StrIterObj {
        ob: Obj { ty },
        s: v,
        pos: Cell::new(0),
    }))
}

fn str_iter_next(it: Value) -> PyResult<Option<Value>> {
    let o = it.cast::<StrIterObj>();
    let s = as_str(o.s);
    let p = o.pos.get();
    match s.get(p..).and_then(|r| r.chars().next()) {
        Some(c) => {
            o.pos.set(p + c.len_utf8());
            Ok(Some(from_char(c)))
        }
        None => Ok(None),
    }
}

// ---------------------------------------------------------------------
// The constructor.

/// `str()`, `str(x)`, `str(bytes, encoding[, errors])`.
pub(crate) fn str_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut obj = None;
    let mut encoding = None;
    let mut errors = None;
    if args.len() > 3 {
        return Err(type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.len() + kw.len()
        )));
    }
    if let Some(v) = args.first() {
        obj = Some(*v);
    }
    if let Some(v) = args.get(1) {
        encoding = Some(*v);
    }
    if let Some(v) = args.get(2) {
        errors = Some(*v);
    }
    for (k, v) in kw.iter() {
        let slot = match k {
            "object" => &mut obj,
            "encoding" => &mut encoding,
            "errors" => &mut errors,
            _ => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for str()"
                )))
            }
        };
        if slot.is_some() {
            let pos = match k {
                "object" => 1,
                "encoding" => 2,
                _ => 3,
            };
            return Err(type_error(format!(
                "argument for str() given by name ('{k}') and position ({pos})"
            )));
        }
        *slot = Some(v);
    }
    let text: Value = if encoding.is_none() && errors.is_none() {
        match obj {
            None => new_str(""),
            Some(o) => crate::ops::str(o)?,
        }
    } else {
        let enc = match encoding {
            None => "utf-8",
            Some(e) => str_opt(e).ok_or_else(|| {
                type_error(format!(
                    "str() argument 'encoding' must be str, not {}",
                    crate::str_methods::arg_type_name(e)
                ))
            })?,
        };
        let err = match errors {
            None => "strict",
            Some(e) => str_opt(e).ok_or_else(|| {
                type_error(format!(
                    "str() argument 'errors' must be str, not {}",
                    e.ty().name()
                ))
            })?,
        };
        let o = match obj {
            None => return Ok(new_str("")),
            Some(o) => o,
        };
        match o.kind() {
            Kind::Bytes | Kind::ByteArray => {
                crate::bytes::decode(crate::bytes::as_bytes(o), enc, err)?
            }
            _ => {
                return Err(type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    o.ty().name()
                )))
            }
        }
    };
    if std::ptr::eq(ty, &STR_TYPE) {
        return Ok(text);
    }
    Ok(from_string_typed(ty, as_str(text).to_string()))
}

/// The positional arguments of a native call. Call paths now pass native
/// functions their positional arguments only (`func::positional`), so this
/// returns `args` unchanged; it remains for callers written when keyword
/// values could trail `args`.
#[inline]
pub fn pos_args<'a>(args: &'a [Value], _kw: Kw) -> &'a [Value] {
    args
}
