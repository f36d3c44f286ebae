//! The C library's math functions, bound to glibc's `_Float64` aliases
//! (`sinf64`, `powf64`, ...), which are the same code as `sin`, `pow`, ...
//! in libm.so.6. Rust's `f64` methods and plain `sin`/`cbrt` symbols can
//! resolve to Rust's own implementations (compiler-builtins) inside a Rust
//! binary, which differ from glibc in the last bit for some functions;
//! CPython calls glibc, so we call exactly the same code.

macro_rules! libm1 {
    ($($name:ident = $sym:literal;)*) => {
        mod ffi {
            extern "C" {
                $( #[link_name = $sym] pub fn $name(x: f64) -> f64; )*
            }
        }
        $( #[inline] pub fn $name(x: f64) -> f64 { unsafe { ffi::$name(x) } } )*
    };
}

libm1! {
    sin = "sinf64";
    cos = "cosf64";
    tan = "tanf64";
    asin = "asinf64";
    acos = "acosf64";
    atan = "atanf64";
    sinh = "sinhf64";
    cosh = "coshf64";
    tanh = "tanhf64";
    asinh = "asinhf64";
    acosh = "acoshf64";
    atanh = "atanhf64";
    exp = "expf64";
    expm1 = "expm1f64";
    exp2 = "exp2f64";
    log = "logf64";
    log1p = "log1pf64";
    log2 = "log2f64";
    log10 = "log10f64";
    cbrt = "cbrtf64";
    erf = "erff64";
    erfc = "erfcf64";
}

mod ffi2 {
    extern "C" {
        #[link_name = "atan2f64"]
        pub fn atan2(y: f64, x: f64) -> f64;
        #[link_name = "powf64"]
        pub fn pow(x: f64, y: f64) -> f64;
        #[link_name = "hypotf64"]
        pub fn hypot(x: f64, y: f64) -> f64;
        #[link_name = "fmodf64"]
        pub fn fmod(x: f64, y: f64) -> f64;
        #[link_name = "nextafterf64"]
        pub fn nextafter(x: f64, y: f64) -> f64;
        #[link_name = "ldexpf64"]
        pub fn ldexp(x: f64, e: i32) -> f64;
        #[link_name = "frexpf64"]
        pub fn frexp(x: f64, e: *mut i32) -> f64;
    }
}

#[inline]
pub fn atan2(y: f64, x: f64) -> f64 {
    unsafe { ffi2::atan2(y, x) }
}
#[inline]
pub fn pow(x: f64, y: f64) -> f64 {
    unsafe { ffi2::pow(x, y) }
}
#[inline]
pub fn hypot(x: f64, y: f64) -> f64 {
    unsafe { ffi2::hypot(x, y) }
}
#[inline]
pub fn fmod(x: f64, y: f64) -> f64 {
    unsafe { ffi2::fmod(x, y) }
}
#[inline]
pub fn nextafter(x: f64, y: f64) -> f64 {
    unsafe { ffi2::nextafter(x, y) }
}
#[inline]
pub fn ldexp(x: f64, e: i32) -> f64 {
    unsafe { ffi2::ldexp(x, e) }
}
/// `frexp(x)` as (mantissa, exponent).
#[inline]
pub fn frexp(x: f64) -> (f64, i32) {
    let mut e = 0i32;
    let m = unsafe { ffi2::frexp(x, &mut e) };
    (m, e)
}
