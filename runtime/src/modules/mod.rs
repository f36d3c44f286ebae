//! Builtin modules implemented in Rust, one file each.

use crate::import::ModuleInit;

pub mod sys;

pub static BUILTIN_MODULES: &[(&str, ModuleInit)] = &[
    ("sys", sys::init),
];
