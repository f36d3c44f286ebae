//! Builtin functions on iterables and containers (min, max, sum, sorted, ...).

pub static FNS: &[(&str, crate::object::NativeFn)] = &[];
