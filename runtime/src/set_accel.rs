//! A lookup accelerator for small sets that have had entries removed.
//!
//! CPython's set table (which `set.rs` reproduces exactly, so iteration
//! order matches) keeps deleted entries as dummies and reuses the last
//! dummy of a probe chain on insertion. A set used as a work set (add,
//! test, remove, over and over) therefore grows long runs of dummies and
//! live keys, and every lookup walks them: a miss probes until it finds
//! an unused slot, and a hit usually finds its key at the far end of the
//! run.
//!
//! The accelerator answers most lookups without probing and never changes
//! the table, so the layout (and the iteration order) stays CPython's:
//! - `count[b]` is the exact number of live entries whose hash has low
//!   bits `b`; a zero count proves the key absent.
//! - `hint[b]` is the slot where a key of bucket `b` was last inserted or
//!   found; a hit there is verified against the table before use, so a
//!   stale hint only costs the normal probe.
//!
//! Guarantee: while a set has an accelerator, every change to its live
//! entries goes through `on_insert`/`on_remove`, or the accelerator is
//! rebuilt from the table (`build`) or dropped. It exists only for tables
//! of at most `MAX_TABLE` slots and is created on the first removal, so
//! sets that never shrink pay one word.

use crate::set::SetEntry;

/// Buckets: the low bits of the hash.
const BUCKETS: usize = 64;

/// The largest table that keeps an accelerator (slot numbers fit a u16,
/// and larger tables see little benefit from 64 buckets).
pub const MAX_TABLE: usize = 1024;

/// No hint recorded.
const NO_HINT: u16 = u16::MAX;

pub struct Accel {
    count: [u16; BUCKETS],
    hint: [u16; BUCKETS],
}

#[inline(always)]
fn bucket(hash: i64) -> usize {
    (hash as u64 as usize) & (BUCKETS - 1)
}

impl Accel {
    /// An accelerator for `table`, whose live entries are those with a
    /// key that is neither NULL nor `dummy`; `None` if the table is too
    /// large.
    pub fn build(table: &[SetEntry], dummy: crate::value::Value) -> Option<Box<Accel>> {
        if table.len() > MAX_TABLE {
            return None;
        }
        let mut a = Box::new(Accel {
            count: [0; BUCKETS],
            hint: [NO_HINT; BUCKETS],
        });
        for (i, e) in table.iter().enumerate() {
            if !e.key.is_null() && !e.key.is(dummy) {
                let b = bucket(e.hash);
                a.count[b] += 1;
                a.hint[b] = i as u16;
            }
        }
        Some(a)
    }

    /// Is a key with this hash certainly absent?
    #[inline(always)]
    pub fn absent(&self, hash: i64) -> bool {
        self.count[bucket(hash)] == 0
    }

    /// The hinted slot for this hash (to be verified by the caller).
    #[inline(always)]
    pub fn hint(&self, hash: i64) -> usize {
        self.hint[bucket(hash)] as usize
    }

    /// Remember where a key with this hash was found.
    #[inline(always)]
    pub fn found(&mut self, hash: i64, slot: usize) {
        self.hint[bucket(hash)] = slot as u16;
    }

    /// A new live entry was stored at `slot`.
    #[inline(always)]
    pub fn on_insert(&mut self, hash: i64, slot: usize) {
        let b = bucket(hash);
        self.count[b] += 1;
        self.hint[b] = slot as u16;
    }

    /// A live entry with this hash became a dummy.
    #[inline(always)]
    pub fn on_remove(&mut self, hash: i64) {
        self.count[bucket(hash)] -= 1;
    }
}
