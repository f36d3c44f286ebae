//! pyaot's runtime: the object model, memory management, builtins,
//! exceptions, builtin modules and the VM, linked as a static library into
//! every executable pyaot builds. See ARCHITECTURE.md for the design.

#![allow(clippy::missing_safety_doc)]
// The object model is single-threaded and uses interior mutability through
// raw object pointers: accessors hand out `&mut` views of GC objects and ABI
// functions take raw pointers from generated code by design.
#![allow(clippy::mut_from_ref)]
#![allow(clippy::not_unsafe_ptr_arg_deref)]
#![allow(clippy::excessive_precision)]
#![allow(clippy::type_complexity)]
#![allow(static_mut_refs)]

pub mod abi;
pub mod async_gen;
pub mod attr_ic;
pub mod builtins;
pub mod bytes;
pub mod bytes_methods;
pub mod bytes_text;
pub mod carets;
pub mod class;
pub mod codec_wide;
pub mod complex;
pub mod coroutine;
pub mod descr;
pub mod dict;
pub mod dict_methods;
pub mod dict_views;
pub mod diskfile;
pub mod dtoa;
pub mod exc;
pub mod exc_attrs;
pub mod exc_group;
pub mod exc_print;
pub mod exec;
pub mod extra_methods;
pub mod file;
pub mod float;
pub mod float_methods;
pub mod format;
pub mod func;
pub mod gc;
pub mod generator;
pub mod generic_alias;
pub mod getset;
pub mod import;
pub mod instance;
pub mod int;
pub mod int_methods;
pub mod int_ops;
pub mod iter;
pub mod libm;
pub mod list;
pub mod list_slice;
pub mod list_sort;
pub mod load_method;
pub mod memoryview;
pub mod method_types;
pub mod module;
pub mod modules;
pub mod numbuiltins;
pub mod numdunder;
pub mod object;
pub mod object_methods;
pub mod ops;
pub mod oserror;
pub mod pattern;
pub mod printf;
pub mod program;
pub mod range;
pub mod range_big;
pub mod seqbuiltins;
pub mod sequtil;
pub mod set;
pub mod set_accel;
pub mod set_methods;
pub mod shape;
pub mod slice;
pub mod slots;
pub mod stdio;
pub mod str;
pub mod str_format;
pub mod str_methods;
pub mod str_split;
pub mod str_surrogate;
pub mod str_unicode;
pub mod str_unicode_tables;
pub mod traceback;
pub mod tuple;
pub mod typeobj;
pub mod union;
pub mod value;
pub mod vm;
