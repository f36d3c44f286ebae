//! `time.struct_time`: the struct sequence `localtime()`/`gmtime()` return
//! (a 9-tuple with named fields `tm_year` .. `tm_isdst` and CPython's
//! repr), plus the `tm_zone`/`tm_gmtoff` attributes and the module's
//! `tzname`/`timezone`/`altzone`/`daylight` constants.
//!
//! The tuple holds the nine sequence fields only. `tm_zone` and
//! `tm_gmtoff` are derived from the C library's view of the local zone
//! for that moment (struct_times from `gmtime()` report `GMT`/0).

use crate::exc::{type_error, PyResult};
use crate::object::{Kind, Kw, Slots, TypeObject};
use crate::str::from_string;
use crate::value::Value;

extern "C" {
    fn tzset();
}

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

fn repr(v: Value) -> PyResult<Value> {
    let items = crate::tuple::items(v);
    let mut parts = Vec::with_capacity(items.len());
    for (f, x) in FIELDS.iter().zip(items.iter()) {
        parts.push(format!("{f}={}", crate::ops::repr_string(*x)?));
    }
    Ok(from_string(format!(
        "time.struct_time({})",
        parts.join(", ")
    )))
}

/// The local zone's name and UTC offset at the moment `v` describes.
fn local_zone(v: Value) -> PyResult<(String, i64)> {
    if std::ptr::eq(v.ty(), &GM_STRUCT_TIME_TYPE) {
        return Ok(("GMT".to_string(), 0));
    }
    let mut tm = super::time::tuple_to_tm(v)?;
    let t = unsafe { libc::mktime(&mut tm) };
    let mut out: libc::tm = unsafe { std::mem::zeroed() };
    unsafe {
        libc::localtime_r(&t, &mut out);
    }
    Ok((zone_name(&out), out.tm_gmtoff))
}

/// The zone abbreviation the C library gives a broken-down local time.
pub fn zone_name(tm: &libc::tm) -> String {
    if tm.tm_zone.is_null() {
        return String::new();
    }
    unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
        .to_string_lossy()
        .into_owned()
}

fn getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(i) = FIELDS.iter().position(|f| *f == name) {
        return Ok(crate::tuple::items(v).get(i).copied());
    }
    match name {
        "tm_zone" => Ok(Some(crate::str::new_str(&local_zone(v)?.0))),
        "tm_gmtoff" => Ok(Some(crate::int::new_int(local_zone(v)?.1))),
        "n_fields" => Ok(Some(Value::from_small(11))),
        "n_sequence_fields" => Ok(Some(Value::from_small(9))),
        "n_unnamed_fields" => Ok(Some(Value::from_small(0))),
        _ => Ok(None),
    }
}

/// `time.struct_time(seq)`: 9 to 11 items (zone and offset are ignored).
fn new(_ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    let src = match (args, kw.is_empty()) {
        ([s], true) => *s,
        _ => {
            return Err(type_error(
                "time.struct_time() takes exactly 1 positional argument",
            ))
        }
    };
    let items = crate::ops::collect(src)?;
    if items.len() < 9 {
        return Err(type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({}-sequence given)",
            items.len()
        )));
    }
    if items.len() > 11 {
        return Err(type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({}-sequence given)",
            items.len()
        )));
    }
    Ok(make(&STRUCT_TIME_TYPE, items[..9].to_vec()))
}

pub fn make(ty: &'static TypeObject, items: Vec<Value>) -> Value {
    crate::tuple::alloc_tuple(ty, &items)
}

const SLOTS: Slots = Slots {
    repr: Some(repr),
    str: Some(repr),
    getattr: Some(getattr),
    new: Some(new),
    ..crate::tuple::TUPLE_SLOTS
};

pub static STRUCT_TIME_TYPE: TypeObject = TypeObject::builtin(
    "struct_time",
    Kind::Tuple,
    &crate::tuple::TUPLE_TYPE,
    &[],
    SLOTS,
)
.final_();

/// The type of `gmtime()` results: a subtype of `struct_time` that
/// knows its zone is UTC.
pub static GM_STRUCT_TIME_TYPE: TypeObject =
    TypeObject::builtin("struct_time", Kind::Tuple, &STRUCT_TIME_TYPE, &[], SLOTS).final_();

/// Register `struct_time` and the zone constants in the `time` module.
pub fn init(d: Value) -> PyResult<()> {
    let set = |k: &str, v: Value| crate::dict::dict_set(d, crate::str::intern(k), v);
    STRUCT_TIME_TYPE.module.set("time");
    GM_STRUCT_TIME_TYPE.module.set("time");
    set("struct_time", STRUCT_TIME_TYPE.as_value())?;
    set("_STRUCT_TM_ITEMS", Value::from_small(11))?;
    // The zone in January and in July of this year: standard and summer time.
    let now = unsafe { libc::time(std::ptr::null_mut()) };
    let mut cur: libc::tm = unsafe { std::mem::zeroed() };
    unsafe {
        tzset();
        libc::localtime_r(&now, &mut cur);
    }
    let probe = |mon: i32| {
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        tm.tm_year = cur.tm_year;
        tm.tm_mon = mon;
        tm.tm_mday = 1;
        tm.tm_hour = 12;
        tm.tm_isdst = -1;
        let t = unsafe { libc::mktime(&mut tm) };
        let mut out: libc::tm = unsafe { std::mem::zeroed() };
        unsafe {
            libc::localtime_r(&t, &mut out);
        }
        (zone_name(&out), out.tm_gmtoff, out.tm_isdst > 0)
    };
    let (jan, jul) = (probe(0), probe(6));
    // The standard zone is the one without daylight saving time.
    let (std_z, dst_z) = if jan.2 && !jul.2 {
        (jul, jan)
    } else {
        (jan, jul)
    };
    let daylight = std_z.1 != dst_z.1;
    set(
        "tzname",
        crate::tuple::new_tuple(vec![
            crate::str::new_str(&std_z.0),
            crate::str::new_str(&dst_z.0),
        ]),
    )?;
    set("timezone", crate::int::new_int(-std_z.1))?;
    set("altzone", crate::int::new_int(-dst_z.1))?;
    set("daylight", Value::from_small(daylight as i64))?;
    Ok(())
}
