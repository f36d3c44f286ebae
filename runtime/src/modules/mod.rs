//! Builtin modules implemented in Rust, one file each.

use crate::import::ModuleInit;

pub mod math;
pub mod sre;
pub mod sys;
pub mod time;

pub static BUILTIN_MODULES: &[(&str, ModuleInit)] = &[
    ("sys", sys::init),
    ("math", math::init),
    ("time", time::init),
    ("_sre", sre::init),
];
