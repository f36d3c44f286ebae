//! The `_random` module: CPython's Mersenne Twister core generator
//! (Modules/_randommodule.c), bit for bit. `_random.Random` holds the
//! MT19937 state; `seed` uses `init_by_array` on the 32-bit words of
//! `abs(n)` for ints (of the unsigned hash for other objects, of 624
//! words from the OS for `None`), `random` is `genrand_res53`,
//! `getrandbits` fills 32-bit words least significant first, and
//! `getstate`/`setstate` exchange CPython's 625-int tuple. `_randbelow`
//! is `Random._randbelow_with_getrandbits` run natively (used only when a
//! class does not override `getrandbits`, see the Python `random`
//! module). `_sha512` returns the SHA-512 digest of a bytes object, for
//! seeding from str and bytes.
//!
//! The pure-Python `random` module (compiler/stdlib/random.py) builds the
//! distributions on top of this type exactly as CPython's Lib/random.py.

use crate::exc::{type_error, value_error, PyResult};
use crate::int::{int_ref, IntRef};
use crate::object::{Kind, Kw, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{none, Value};
use num_bigint::{BigInt, BigUint, Sign};
use std::cell::UnsafeCell;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator state: CPython's `RandomObject` fields.
pub struct Mt {
    mt: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let p = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(p ^ (p >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.mt;
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(key.len());
        while k > 0 {
            let p = mt[i - 1];
            mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let p = mt[i - 1];
            mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
    }

    #[inline]
    fn genrand_uint32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.mt;
            let mag = |y: u32| if y & 1 != 0 { MATRIX_A } else { 0 };
            let mut kk = 0;
            while kk < N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
                kk += 1;
            }
            while kk < N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
                kk += 1;
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `genrand_res53`: a float in [0, 1) with 53 random bits.
    #[inline]
    fn random(&mut self) -> f64 {
        let a = self.genrand_uint32() >> 5;
        let b = self.genrand_uint32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` random bits (k > 0) as 32-bit words, least significant first.
    fn bits_words(&mut self, k: u64) -> Vec<u32> {
        let words = ((k - 1) / 32 + 1) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.genrand_uint32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        out
    }
}

#[repr(C)]
pub struct RandomObj {
    pub ob: Obj,
    st: UnsafeCell<Mt>,
}

static RANDOM_METHODS: MethodTable = &[
    ("random", r_random),
    ("seed", r_seed),
    ("getstate", r_getstate),
    ("setstate", r_setstate),
    ("getrandbits", r_getrandbits),
    ("_randbelow", r_randbelow),
    ("__init__", r_init),
];

pub static RANDOM_TYPE: TypeObject = TypeObject::builtin(
    "Random",
    Kind::Random,
    &OBJECT_TYPE,
    RANDOM_METHODS,
    Slots {
        new: Some(random_new),
        ..Slots::EMPTY
    },
);

/// `_random.Random.__new__`: a zero state (CPython's generic allocation);
/// `__init__` seeds it.
fn random_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = crate::sequtil::new_container(
        ty,
        RandomObj {
            ob: Obj { ty },
            st: UnsafeCell::new(Mt {
                mt: [0; N],
                index: 0,
            }),
        },
    );
    if !ty.heap {
        r_init(&[&[v], args].concat(), kw)?;
    }
    Ok(v)
}

fn state(name: &str, args: &[Value]) -> PyResult<&'static mut Mt> {
    match args.first() {
        Some(v) if !v.is_small() && v.kind() == Kind::Random => {
            Ok(unsafe { &mut *v.cast::<RandomObj>().st.get() })
        }
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a '_random.Random' object"
        ))),
    }
}

fn arity(name: &str, args: &[Value], kw: Kw, n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "Random.{name}() takes no keyword arguments"
        )));
    }
    if args.len() != n + 1 {
        return Err(type_error(match n {
            0 => format!(
                "Random.{name}() takes no arguments ({} given)",
                args.len() - 1
            ),
            _ => format!(
                "Random.{name}() takes exactly one argument ({} given)",
                args.len() - 1
            ),
        }));
    }
    Ok(())
}

fn r_init(args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() && !args[0].ty().heap {
        return Err(type_error("Random() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(type_error("Random() requires 0 or 1 argument"));
    }
    let st = state("__init__", args)?;
    seed_with(st, args.get(1).copied().unwrap_or(none()))?;
    Ok(none())
}

fn r_random(args: &[Value], kw: Kw) -> PyResult<Value> {
    let st = state("random", args)?;
    if args.len() != 1 || !kw.is_empty() {
        arity("random", args, kw, 0)?;
    }
    Ok(crate::float::new_float(st.random()))
}

fn r_seed(args: &[Value], kw: Kw) -> PyResult<Value> {
    let st = state("seed", args)?;
    if !kw.is_empty() {
        return Err(type_error("Random.seed() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(type_error(format!(
            "seed expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    seed_with(st, args.get(1).copied().unwrap_or(none()))?;
    Ok(none())
}

/// CPython's `random_seed`.
fn seed_with(st: &mut Mt, arg: Value) -> PyResult<()> {
    if arg.is_none() {
        let mut buf = [0u8; N * 4];
        let key: Vec<u32> = if urandom(&mut buf) {
            buf.chunks(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect()
        } else {
            // CPython's fallback: time and process id.
            let mut ts = libc::timespec {
                tv_sec: 0,
                tv_nsec: 0,
            };
            unsafe { libc::clock_gettime(libc::CLOCK_REALTIME, &mut ts) };
            let t = ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64;
            let pid = unsafe { libc::getpid() } as u32;
            vec![t as u32, (t >> 32) as u32, pid, 0]
        };
        st.init_by_array(&key);
        return Ok(());
    }
    let n: BigUint = match int_ref(arg) {
        Some(IntRef::Small(i)) => BigUint::from(i.unsigned_abs()),
        Some(IntRef::Big(b)) => b.magnitude().clone(),
        None => BigUint::from(crate::ops::hash(arg)? as u64),
    };
    let mut key = n.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    st.init_by_array(&key);
    Ok(())
}

/// Fill `buf` from the OS entropy source; false if none is available.
fn urandom(buf: &mut [u8]) -> bool {
    let mut off = 0;
    while off < buf.len() {
        let r = unsafe {
            libc::getrandom(
                buf[off..].as_mut_ptr() as *mut libc::c_void,
                buf.len() - off,
                0,
            )
        };
        if r <= 0 {
            return false;
        }
        off += r as usize;
    }
    true
}

fn r_getstate(args: &[Value], kw: Kw) -> PyResult<Value> {
    let st = state("getstate", args)?;
    arity("getstate", args, kw, 0)?;
    let mut items: Vec<Value> = st
        .mt
        .iter()
        .map(|&w| crate::int::new_int(w as i64))
        .collect();
    items.push(crate::int::new_int(st.index as i64));
    Ok(crate::tuple::new_tuple(items))
}

fn r_setstate(args: &[Value], kw: Kw) -> PyResult<Value> {
    let st = state("setstate", args)?;
    arity("setstate", args, kw, 1)?;
    let t = args[1];
    if t.is_small() || t.kind() != Kind::Tuple {
        return Err(type_error("state vector must be a tuple"));
    }
    let items = crate::tuple::items(t);
    if items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut mt = [0u32; N];
    for (i, &v) in items[..N].iter().enumerate() {
        mt[i] = unsigned_long(v)? as u32;
    }
    let index = match int_ref(items[N]) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(_)) => {
            return Err(crate::exc::overflow_error(
                "Python int too large to convert to C long",
            ))
        }
        None => return Err(not_int(items[N])),
    };
    if index < 0 || index > N as i64 {
        return Err(value_error("invalid state"));
    }
    st.mt = mt;
    st.index = index as usize;
    Ok(none())
}

fn not_int(v: Value) -> crate::exc::PyErr {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.ty().name()
    ))
}

/// `PyLong_AsUnsignedLong`.
fn unsigned_long(v: Value) -> PyResult<u64> {
    match int_ref(v) {
        Some(IntRef::Small(i)) if i >= 0 => Ok(i as u64),
        Some(IntRef::Big(b)) if b.sign() != Sign::Minus => {
            let d = b.magnitude().to_u64_digits();
            if d.len() <= 1 {
                Ok(d.first().copied().unwrap_or(0))
            } else {
                Err(crate::exc::overflow_error(
                    "Python int too large to convert to C unsigned long",
                ))
            }
        }
        Some(_) => Err(crate::exc::overflow_error(
            "can't convert negative value to unsigned int",
        )),
        None => Err(type_error("an integer is required")),
    }
}

/// The bit count argument of `getrandbits` (a C int).
fn bit_count(v: Value) -> PyResult<i64> {
    match int_ref(v) {
        Some(IntRef::Small(i)) if i32::try_from(i).is_ok() => Ok(i),
        Some(IntRef::Small(i)) if i > 0 => Err(crate::exc::overflow_error(
            "signed integer is greater than maximum",
        )),
        Some(IntRef::Small(_)) => Err(crate::exc::overflow_error(
            "signed integer is less than minimum",
        )),
        Some(IntRef::Big(b)) => Err(crate::exc::overflow_error(if b.sign() == Sign::Minus {
            "signed integer is less than minimum"
        } else {
            "signed integer is greater than maximum"
        })),
        None if v.kind() == Kind::Float => Err(not_int(v)),
        None => match crate::int::call_dunder(v, "__index__")? {
            Some(i) => bit_count(i),
            None => Err(not_int(v)),
        },
    }
}

fn getrandbits(st: &mut Mt, k: i64) -> PyResult<Value> {
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::from_small(0));
    }
    if k <= 32 {
        return Ok(Value::from_small((st.genrand_uint32() >> (32 - k)) as i64));
    }
    let words = st.bits_words(k as u64);
    if words.len() == 2 && k < 63 {
        return Ok(crate::int::new_int(
            (words[0] as i64) | ((words[1] as i64) << 32),
        ));
    }
    Ok(crate::int::from_bigint(BigInt::from_biguint(
        Sign::Plus,
        BigUint::from_slice(&words),
    )))
}

fn r_getrandbits(args: &[Value], kw: Kw) -> PyResult<Value> {
    let st = state("getrandbits", args)?;
    arity("getrandbits", args, kw, 1)?;
    getrandbits(st, bit_count(args[1])?)
}

/// `Random._randbelow_with_getrandbits(n)`: a random int in [0, n), n > 0.
fn r_randbelow(args: &[Value], kw: Kw) -> PyResult<Value> {
    let st = state("_randbelow", args)?;
    arity("_randbelow", args, kw, 1)?;
    match int_ref(args[1]) {
        Some(IntRef::Small(n)) if n > 0 => {
            let n = n as u64;
            let k = 64 - n.leading_zeros() as i64;
            loop {
                let r = if k <= 32 {
                    (st.genrand_uint32() >> (32 - k)) as u64
                } else {
                    let w = st.bits_words(k as u64);
                    w[0] as u64 | ((w[1] as u64) << 32)
                };
                if r < n {
                    return Ok(crate::int::new_int(r as i64));
                }
            }
        }
        Some(IntRef::Big(b)) if b.sign() == Sign::Plus => {
            let k = b.bits();
            loop {
                let r = BigInt::from_biguint(Sign::Plus, BigUint::from_slice(&st.bits_words(k)));
                if &r < b {
                    return Ok(crate::int::from_bigint(r));
                }
            }
        }
        _ => {
            // Outside the defined domain: behave as the Python version would.
            let k = crate::ops::call_method_str(args[1], "bit_length", &[])?;
            let k = bit_count(k)?;
            loop {
                let r = getrandbits(st, k)?;
                let ge = crate::ops::compare(pyaot_ir::CmpOp::Ge, r, args[1])?;
                if !crate::ops::truthy(ge)? {
                    return Ok(r);
                }
            }
        }
    }
}

fn m_sha512(args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() || args.len() != 1 {
        return Err(type_error("_sha512() takes exactly one argument"));
    }
    let v = args[0];
    let data: &[u8] = if !v.is_small() && matches!(v.kind(), Kind::Bytes | Kind::ByteArray) {
        crate::bytes::as_bytes(v)
    } else {
        return Err(type_error("object supporting the buffer API required"));
    };
    Ok(crate::bytes::new_bytes(
        super::sha512::digest(data).to_vec(),
    ))
}

/// `_urandom(n)`: n bytes from the OS entropy source (`os.urandom`).
fn m_urandom(args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() || args.len() != 1 {
        return Err(type_error("_urandom() takes exactly one argument"));
    }
    let n = match int_ref(args[0]) {
        Some(IntRef::Small(n)) if n >= 0 => n as usize,
        Some(_) => return Err(value_error("negative argument not allowed")),
        None => return Err(not_int(args[0])),
    };
    let mut buf = vec![0u8; n];
    if !urandom(&mut buf) {
        return Err(crate::exc::raise(
            &crate::exc::OS_ERROR,
            "no entropy source available",
        ));
    }
    Ok(crate::bytes::new_bytes(buf))
}

/// Fill the `_random` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    let set = |k: &str, v: Value| crate::dict::dict_set(d, crate::str::intern(k), v);
    RANDOM_TYPE.module.set("_random");
    set("__name__", crate::str::new_str("_random"))?;
    set("Random", RANDOM_TYPE.as_value())?;
    set(
        "_sha512",
        crate::func::new_builtin("_sha512", m_sha512, Value::NULL),
    )?;
    set(
        "_urandom",
        crate::func::new_builtin("_urandom", m_urandom, Value::NULL),
    )?;
    Ok(())
}
