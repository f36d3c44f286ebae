//! Memory management: every allocation of the runtime goes to the
//! Boehm-Demers-Weiser collector (vendored, built by `build.rs`).
//!
//! The collector is installed as Rust's global allocator, so Python
//! objects, and the Rust `Vec`s/`String`s inside them, all live in one
//! garbage-collected heap. Roots are found conservatively: the machine
//! stack and registers (native code, VM and runtime frames alike), and the
//! data/bss segments of the executable. The heap itself is scanned
//! conservatively too. This gives cycle collection and a bounded footprint
//! without any root bookkeeping in generated code.
//!
//! Invariant: a GC reference may only be stored on the stack, in registers,
//! in GC-allocated memory or in a `static` (data/bss). Never in
//! `thread_local!` storage or memory from another allocator (libc
//! `malloc`), where the collector cannot see it.

use std::alloc::{GlobalAlloc, Layout};

extern "C" {
    fn GC_init();
    fn GC_malloc(n: usize) -> *mut u8;
    fn GC_malloc_atomic(n: usize) -> *mut u8;
    fn GC_memalign(align: usize, n: usize) -> *mut u8;
    fn GC_realloc(p: *mut u8, n: usize) -> *mut u8;
    fn GC_free(p: *mut u8);
    fn GC_set_free_space_divisor(d: usize);
    fn GC_set_min_bytes_allocd(n: usize);
    fn GC_get_heap_size() -> usize;
    fn GC_get_free_bytes() -> usize;
    fn GC_get_bytes_since_gc() -> usize;
    fn GC_gcollect();
    fn GC_expand_hp(n: usize) -> i32;
    fn GC_new_free_list() -> *mut *mut u8;
    fn GC_new_kind(fl: *mut *mut u8, descr: usize, adjust: i32, clear: i32) -> u32;
    fn GC_malloc_kind(n: usize, kind: i32) -> *mut u8;
    static mut GC_use_entire_heap: i32;
}

/// The collector's kind for unpadded objects (`alloc_unpadded`), made by
/// `init`: cleared on allocation and scanned over their whole length. (The
/// collector's normal kind skips the last word of every object, which it
/// takes for the padding.) Until `init` runs it is the normal kind, and
/// `alloc_unpadded` then pads as usual.
static mut OBJ_KIND: i32 = NORMAL_KIND;
const NORMAL_KIND: i32 = 1;

pub struct BoehmAlloc;

/// Nonzero while `pointer_free` runs: allocations are then made with
/// `GC_malloc_atomic` (never scanned for pointers).
static mut POINTER_FREE: u32 = 0;

/// Run `f`, whose every allocation holds no GC reference (the digit
/// buffers of big-int arithmetic, the bytes of a string), so that the
/// collector never scans those blocks: less marking work, and no false
/// retention from digits that look like addresses. Every block the
/// closure allocates must be free of pointers to other heap blocks: no
/// objects, no exceptions, no calls back into Python, and no containers of
/// heap-owning values (num-bigint's `to_string` keeps a `Vec<BigUint>`
/// of powers, so it must not run here; its arithmetic may).
#[inline]
pub fn pointer_free<R>(f: impl FnOnce() -> R) -> R {
    unsafe {
        POINTER_FREE += 1;
        let r = f();
        POINTER_FREE -= 1;
        r
    }
}

/// Requests of at least this many bytes are "large" (see `before_large`).
const LARGE: usize = 1 << 20;

/// Called before a large allocation. The collector itself collects only
/// when its heap has no free block left for a request; otherwise it grows
/// the heap, and then fills the new space before it collects again. Big
/// short-lived blocks (the result of `s.upper()` on a long text, a joined
/// string) would so make the heap, and the peak RSS, grow by several times
/// their size. Instead, when the free space would not hold the request and
/// a fair amount was allocated since the last collection (an eighth of the
/// heap, at least the minimum between collections), collect first: the
/// garbage is then reused before the heap grows.
#[cold]
unsafe fn before_large(n: usize) {
    let free = GC_get_free_bytes();
    if free >= n + n / 2 {
        return;
    }
    let since = GC_get_bytes_since_gc();
    if since >= MIN_ALLOC.max(GC_get_heap_size() / 8) {
        GC_gcollect();
        if GC_get_free_bytes() >= n + n / 2 {
            return;
        }
    }
    // Grow the heap by the request itself. Left to itself, the collector
    // grows it by up to twice the request (slack against black-listed
    // pages) plus a quarter of the heap, and later small allocations
    // spread over that space: the resident size then grows by far more
    // than the block. Should the new space not take the block after all,
    // the collector still grows the heap as it would have.
    GC_expand_hp(n + (n >> 4) + (64 << 10));
}

/// The minimum number of bytes allocated between collections (set by
/// `init`).
static mut MIN_ALLOC: usize = 2 << 20;

unsafe impl GlobalAlloc for BoehmAlloc {
    #[inline]
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        if l.size() >= LARGE {
            before_large(l.size());
        }
        if l.align() <= 16 {
            if POINTER_FREE != 0 {
                return GC_malloc_atomic(l.size());
            }
            GC_malloc(l.size())
        } else {
            GC_memalign(l.align(), l.size())
        }
    }
    #[inline]
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        // GC_malloc returns cleared memory; GC_malloc_atomic does not.
        let p = self.alloc(l);
        if POINTER_FREE != 0 && !p.is_null() {
            std::ptr::write_bytes(p, 0, l.size());
        }
        p
    }
    #[inline]
    unsafe fn dealloc(&self, p: *mut u8, _l: Layout) {
        GC_free(p)
    }
    #[inline]
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        // Shrinking keeps the block (no copy); the slack is reclaimed
        // with the block.
        if n <= l.size() {
            return p;
        }
        if n >= LARGE {
            before_large(n);
        }
        if l.align() <= 16 {
            GC_realloc(p, n)
        } else {
            let q = GC_memalign(l.align(), n);
            std::ptr::copy_nonoverlapping(p, q, l.size().min(n));
            GC_free(p);
            q
        }
    }
}

#[global_allocator]
static GLOBAL: BoehmAlloc = BoehmAlloc;

/// Initialise the collector; must run before any allocation.
pub fn init() {
    unsafe {
        GC_init();
        // Use all free space of the heap before collecting (the free space
        // is memory already resident, mostly left by dead large blocks):
        // fewer collections, and no growth of the peak resident size. Set
        // after `GC_init`: set before, the collector collects its empty
        // heap at the first allocation, which costs start-up time.
        GC_use_entire_heap = 1;
        // Start with a heap that holds the runtime's own start-up objects
        // (about 100 KB), so a short program is not collected while it
        // starts.
        GC_expand_hp(256 << 10);
        // A length descriptor of 0 plus the object size (`adjust`): the
        // whole block is scanned.
        OBJ_KIND = GC_new_kind(GC_new_free_list(), 0, 1, 1) as i32;
        let div = std::env::var("PYAOT_GC_DIVISOR")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(4);
        GC_set_free_space_divisor(div);
        // At least this many bytes are allocated between collections, so
        // that programs with a small live heap and a high allocation rate
        // (big-int arithmetic, string building) do not collect every few
        // hundred kilobytes. Bounds the extra footprint to a few MB.
        let min = std::env::var("PYAOT_GC_MIN_ALLOC")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(2 << 20);
        MIN_ALLOC = min;
        GC_set_min_bytes_allocd(min);
    }
}

/// Allocate `n` bytes that the collector will not scan for pointers (the
/// text of ASCII strs, byte buffers); not cleared. Large requests go
/// through `before_large` as every other allocation.
#[inline]
pub fn alloc_atomic(n: usize) -> *mut u8 {
    unsafe {
        if n >= LARGE {
            before_large(n);
        }
        let p = GC_malloc_atomic(n);
        if p.is_null() {
            std::alloc::handle_alloc_error(Layout::from_size_align_unchecked(n, 16));
        }
        p
    }
}

pub fn heap_size() -> usize {
    unsafe { GC_get_heap_size() }
}

pub fn collect() {
    unsafe { GC_gcollect() }
}

/// Allocate a block of exactly `n` bytes (rounded up to the 16-byte
/// granule), cleared, scanned for pointers, without the padding byte the
/// collector otherwise adds at the end of every object.
///
/// The collector is built with `ALL_INTERIOR_POINTERS`, so it adds one
/// byte to each request: a pointer just past an object's end (which
/// optimised Rust loops over a `Vec` or slice may hold) then still points
/// into the object. That byte makes a 32-byte 2-tuple take a 48-byte
/// granule pair. Python objects of fixed layout (the structs made by
/// `new_obj`, tuple blocks) are read through their base pointer at fixed
/// offsets, or by forward slice iteration, which loads each item before
/// stepping past it and reads nothing once its pointer is at the end; so
/// a pointer past their end is never used to reach them, and they do not
/// need the byte. Asking for one byte less makes the padded request
/// exactly `n`. These blocks are of their own kind (`OBJ_KIND`), scanned
/// to their last word.
#[inline]
pub fn alloc_unpadded(n: usize) -> *mut u8 {
    unsafe {
        let p = if OBJ_KIND != NORMAL_KIND {
            GC_malloc_kind(n.max(2) - 1, OBJ_KIND)
        } else {
            GC_malloc(n)
        };
        if p.is_null() {
            std::alloc::handle_alloc_error(Layout::from_size_align_unchecked(n, 16));
        }
        p
    }
}

/// Move a value into the GC heap and return a raw pointer to it. The
/// value's destructor never runs: what it owns is garbage collected too.
/// The block is unpadded (`alloc_unpadded`): use it for objects of fixed
/// layout, read at fixed offsets from their base.
#[inline]
pub fn alloc<T>(v: T) -> *mut T {
    let l = Layout::new::<T>();
    if l.size() == 0 || l.align() > 16 || l.size() >= LARGE {
        return Box::into_raw(Box::new(v));
    }
    let p = alloc_unpadded(l.size()) as *mut T;
    unsafe { std::ptr::write(p, v) };
    p
}
