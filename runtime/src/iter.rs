//! Iterator objects for builtin types: sequence iterators, and the lazy
//! builtins (enumerate, zip, map, filter, reversed).

use crate::exc::PyResult;
use crate::object::{new_obj, Kind, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::Value;
use std::cell::Cell;

/// Iterates `obj[0]`, `obj[1]`, ... until IndexError (the old protocol).
#[repr(C)]
pub struct SeqIterObj {
    pub ob: Obj,
    pub seq: Value,
    pub i: Cell<usize>,
}

pub static SEQ_ITER_TYPE: TypeObject = TypeObject::builtin(
    "iterator",
    Kind::Iter,
    &OBJECT_TYPE,
    &[],
    Slots { iter: Some(|v| Ok(v)), next: Some(seq_next), ..Slots::EMPTY },
);

pub fn new_seq_iter(seq: Value) -> Value {
    new_obj(SeqIterObj { ob: Obj { ty: &SEQ_ITER_TYPE }, seq, i: Cell::new(0) })
}

fn seq_next(v: Value) -> PyResult<Option<Value>> {
    let it = v.cast::<SeqIterObj>();
    if it.seq.is_null() {
        return Ok(None);
    }
    let i = it.i.get();
    match crate::ops::getitem(it.seq, crate::int::new_int(i as i64)) {
        Ok(x) => {
            it.i.set(i + 1);
            Ok(Some(x))
        }
        Err(e) => {
            if crate::exc::pending_is(&crate::exc::INDEX_ERROR)
                || crate::exc::pending_is(&crate::exc::STOP_ITERATION)
            {
                crate::exc::take();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}
