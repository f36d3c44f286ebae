//! A position that may be unset (the marks of unmatched groups): a
//! stand-in for the `optional` crate's `Optioned<usize>`, with `usize::MAX`
//! as the "none" sentinel.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Optioned<T>(T);

impl Optioned<usize> {
    pub const fn none() -> Self {
        Optioned(usize::MAX)
    }
    pub const fn some(v: usize) -> Self {
        Optioned(v)
    }
    pub const fn is_some(&self) -> bool {
        self.0 != usize::MAX
    }
    pub const fn unpack(&self) -> usize {
        self.0
    }
}
