//! Where Rust puts the pointer and the length inside a `Vec<u64>`, found
//! by probing, for generated code that indexes the runtime's lists inline.
//!
//! Rust does not fix these layouts, but one compiler gives one type one
//! layout: the compiler and the runtime are built together by the same
//! rustc, and both use this crate, so the offsets the compiler bakes into
//! native code are the runtime's (the `Vec` of every `ListObj` sits at
//! offset 8, asserted in `runtime::list`).

/// Byte offsets of (data pointer, length) within a `Vec<u64>`.
pub fn vec_offsets() -> (i32, i32) {
    let mut v: Vec<u64> = Vec::with_capacity(9);
    v.push(1);
    v.push(2);
    v.push(3);
    let words: [usize; 3] = unsafe { std::mem::transmute_copy(&v) };
    let ptr = words.iter().position(|w| *w == v.as_ptr() as usize);
    let len = words.iter().position(|w| *w == 3);
    match (ptr, len) {
        (Some(p), Some(l)) if v.capacity() != 3 => ((p * 8) as i32, (l * 8) as i32),
        _ => panic!("unexpected Vec layout"),
    }
}
