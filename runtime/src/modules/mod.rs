//! Builtin modules implemented in Rust, one file each.

use crate::import::ModuleInit;

pub mod hashes;
pub mod io;
pub mod json;
pub mod json_encode;
pub mod math;
pub mod posix;
pub mod pyaot_ext;
pub mod random;
pub mod sha512;
pub mod sre;
pub mod structfloat;
pub mod sys;
pub mod sys_sizeof;
pub mod time;
pub mod time_struct;

pub static BUILTIN_MODULES: &[(&str, ModuleInit)] = &[
    ("sys", sys::init),
    ("math", math::init),
    ("time", time::init),
    ("_random", random::init),
    ("_io", io::init),
    ("_json", json::init),
    ("_sre", sre::init),
    ("_pyaot", pyaot_ext::init),
    ("posix", posix::init),
    ("_hashlib", hashes::init),
    ("_struct", structfloat::init),
];
