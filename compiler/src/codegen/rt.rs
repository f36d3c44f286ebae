//! The runtime ABI as seen from generated code: the `rt_*` functions that
//! native code calls, with their C signatures.
//!
//! Every function is imported once per object (`Linkage::Import`) and
//! referenced from each generated function lazily, on first use. Calls are
//! marked colocated (direct `call rel32`): the runtime is always linked
//! statically into the same executable.
//!
//! Signature encoding in [`Rt::spec`]: one char per parameter, `v` for a
//! 64-bit word (a value, a pointer or a count) and `u` for a 32-bit int; the
//! result is `v` (value word, 0 = exception pending), `s` (i32 status) or
//! `-` (void).

use cranelift_codegen::ir::{types, AbiParam, Signature};
use cranelift_codegen::isa::CallConv;

macro_rules! rt_fns {
    ($( $v:ident = $sym:literal ($params:literal) -> $ret:literal; )*) => {
        /// A runtime ABI function.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum Rt { $( $v ),* }

        impl Rt {
            pub const ALL: &'static [Rt] = &[ $( Rt::$v ),* ];

            /// (symbol, parameter kinds, result kind).
            pub fn spec(self) -> (&'static str, &'static str, char) {
                match self { $( Rt::$v => ($sym, $params, $ret) ),* }
            }
        }
    };
}

rt_fns! {
    Binary = "rt_binary" ("uvv") -> 'v';
    Inplace = "rt_inplace" ("uvv") -> 'v';
    Unary = "rt_unary" ("uv") -> 'v';
    Compare = "rt_compare" ("uvv") -> 'v';
    Truthy = "rt_truthy" ("v") -> 's';
    LoadGlobalIc = "rt_load_global_ic" ("vvv") -> 'v';
    GetAttrIc = "rt_getattr_ic" ("vvv") -> 'v';
    Truth = "rt_truth" ("v") -> 'v';
    CheckBoundFail = "rt_check_bound_fail" ("vu") -> 'v';
    LoadGlobal = "rt_load_global" ("vv") -> 'v';
    StoreGlobal = "rt_store_global" ("vvv") -> 's';
    DelGlobal = "rt_del_global" ("vv") -> 's';
    LoadBuiltin = "rt_load_builtin" ("v") -> 'v';
    LoadGlobals = "rt_load_globals" ("v") -> 'v';
    BuildClass = "rt_build_class" ("vvvvv") -> 'v';
    GetAttr = "rt_getattr" ("vv") -> 'v';
    SetAttr = "rt_setattr" ("vvv") -> 's';
    DelAttr = "rt_delattr" ("vv") -> 's';
    GetItem = "rt_getitem" ("vv") -> 'v';
    SetItem = "rt_setitem" ("vvv") -> 's';
    DelItem = "rt_delitem" ("vv") -> 's';
    MakeSlice = "rt_make_slice" ("vvv") -> 'v';
    Call = "rt_call" ("vvvv") -> 'v';
    CallMethod = "rt_call_method" ("vvvvv") -> 'v';
    LoadMethodAttr = "rt_load_method_attr" ("vv") -> 'v';
    CallEx = "rt_call_ex" ("vvv") -> 'v';
    BuildTuple = "rt_build_tuple" ("vv") -> 'v';
    BuildList = "rt_build_list" ("vv") -> 'v';
    BuildSet = "rt_build_set" ("vv") -> 'v';
    BuildDict = "rt_build_dict" ("vv") -> 'v';
    BuildString = "rt_build_string" ("vv") -> 'v';
    FormatValue = "rt_format_value" ("vuv") -> 'v';
    ListAppend = "rt_list_append" ("vv") -> 's';
    ListExtend = "rt_list_extend" ("vvv") -> 's';
    SetAdd = "rt_set_add" ("vv") -> 's';
    SetUpdate = "rt_set_update" ("vv") -> 's';
    DictSet = "rt_dict_set" ("vvv") -> 's';
    DictUpdate = "rt_dict_update" ("vvv") -> 's';
    ListToTuple = "rt_list_to_tuple" ("v") -> 'v';
    GetIter = "rt_get_iter" ("v") -> 'v';
    ForIter = "rt_for_iter" ("vv") -> 's';
    Unpack = "rt_unpack" ("vvvv") -> 's';
    MakeFunction = "rt_make_function" ("vuvvv") -> 'v';
    MakeCell = "rt_make_cell" ("v") -> 'v';
    CellGet = "rt_cell_get" ("vvu") -> 'v';
    CellSet = "rt_cell_set" ("vv") -> 's';
    CellClear = "rt_cell_clear" ("v") -> 's';
    LoadClosure = "rt_load_closure" ("vu") -> 'v';
    Import = "rt_import" ("vvu") -> 'v';
    ImportFrom = "rt_import_from" ("vv") -> 'v';
    Catch = "rt_catch" ("v") -> 'v';
    RestoreExc = "rt_restore_exc" ("v") -> '-';
    ExcMatch = "rt_exc_match" ("vv") -> 's';
    Raise = "rt_raise" ("vv") -> 'v';
    Reraise = "rt_reraise" ("v") -> 'v';
    Traceback = "rt_traceback" ("uuu") -> '-';
    Enter = "rt_enter" ("") -> 's';
    EnterSlow = "rt_enter_slow" ("") -> 's';
    MethodIc = "rt_method_ic" ("vvv") -> 'v';
    SetAttrIc = "rt_setattr_ic" ("vvvv") -> 's';
    GenDelegate = "rt_gen_delegate" ("vvv") -> 's';
    YieldFromIter = "rt_yield_from_iter" ("v") -> 'v';
    GetAwaitable = "rt_get_awaitable" ("v") -> 'v';
    LoadName = "rt_load_name" ("vvv") -> 'v';
    StoreName = "rt_store_name" ("vvv") -> 's';
    DelName = "rt_del_name" ("vv") -> 's';
    Leave = "rt_leave" ("") -> '-';
    BoxFloat = "rt_box_float" ("v") -> 'v';
    ExactFloat = "rt_exact_float" ("vv") -> 's';
    GetItemSlice = "rt_getitem_slice" ("vvvv") -> 'v';
    SetItemSlice = "rt_setitem_slice" ("vvvvv") -> 's';
}

impl Rt {
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn name(self) -> &'static str {
        self.spec().0
    }

    /// The Cranelift signature of this function under `cc`.
    pub fn signature(self, cc: CallConv) -> Signature {
        let (_, params, ret) = self.spec();
        let mut sig = Signature::new(cc);
        for p in params.chars() {
            let ty = if p == 'u' { types::I32 } else { types::I64 };
            sig.params.push(AbiParam::new(ty));
        }
        match ret {
            'v' => sig.returns.push(AbiParam::new(types::I64)),
            's' => sig.returns.push(AbiParam::new(types::I32)),
            _ => {}
        }
        sig
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        for (i, f) in Rt::ALL.iter().enumerate() {
            assert_eq!(f.index(), i);
            assert!(f.name().starts_with("rt_"));
            assert!(matches!(f.spec().2, 'v' | 's' | '-'));
        }
    }
}
