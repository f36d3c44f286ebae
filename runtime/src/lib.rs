//! pyaot's runtime: the object model, memory management, builtins,
//! exceptions, builtin modules and the VM, linked as a static library into
//! every executable pyaot builds. See ARCHITECTURE.md for the design.

#![allow(clippy::missing_safety_doc)]
#![allow(static_mut_refs)]

pub mod abi;
pub mod builtins;
pub mod bytes;
pub mod class;
pub mod descr;
pub mod complex;
pub mod dict;
pub mod exc;
pub mod exec;
pub mod float;
pub mod format;
pub mod func;
pub mod generator;
pub mod gc;
pub mod import;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod module;
pub mod modules;
pub mod numbuiltins;
pub mod object;
pub mod ops;
pub mod pattern;
pub mod program;
pub mod range;
pub mod seqbuiltins;
pub mod set;
pub mod slice;
pub mod stdio;
pub mod str;
pub mod tuple;
pub mod typeobj;
pub mod value;
pub mod vm;
pub mod bytes_methods;
pub mod file;
pub mod printf;
pub mod str_format;
pub mod str_methods;
pub mod str_split;
pub mod str_unicode;
pub mod str_unicode_tables;
pub mod dtoa;
pub mod float_methods;
pub mod int_methods;
pub mod int_ops;
pub mod numdunder;
pub mod dict_methods;
pub mod dict_views;
pub mod list_sort;
pub mod sequtil;
pub mod set_methods;
pub mod range_big;
pub mod libm;
