"""cmath for pyaot: complex math with the formulas of CPython's
Modules/cmathmodule.c (scaled sqrt, log1p near |z| = 1, the tanh form with
tan/cosh, ...) so finite results round the same way; the special-value
tables for infinities and NaNs are not reproduced."""

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, _m.inf)
nanj = complex(0.0, _m.nan)

_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_DBL_MIN = 2.2250738585072014e-308
_LARGE = 1.7976931348623157e308 / 4.0
_LOG_LARGE = 708.3964185322641


def _c(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z, 0.0)
    t = type(z)
    if hasattr(t, "__complex__"):
        return t.__complex__(z)
    if hasattr(t, "__float__") or hasattr(t, "__index__"):
        return complex(float(z), 0.0)
    raise TypeError("must be real number, not %s" % t.__name__)


def _check(x, y):
    if _m.isinf(x) or _m.isinf(y):
        raise OverflowError("math range error")
    return complex(x, y)


def sqrt(z):
    z = _c(z)
    if z.real == 0.0 and z.imag == 0.0:
        return complex(0.0, z.imag)
    ax = abs(z.real)
    ay = abs(z.imag)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if z.real >= 0.0:
        return complex(s, _m.copysign(d, z.imag))
    return complex(d, _m.copysign(s, z.imag))


def _log(z):
    ax = abs(z.real)
    ay = abs(z.imag)
    if ax > _LARGE or ay > _LARGE:
        real = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
        else:
            raise ValueError("math domain error")
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            real = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = _m.log(h)
    return complex(real, _m.atan2(z.imag, z.real))


def log(x, base=None):
    r = _log(_c(x))
    if base is not None:
        r = r / _log(_c(base))
    return r


def log10(z):
    r = _log(_c(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def exp(z):
    z = _c(z)
    if z.real > _LOG_LARGE:
        l = _m.exp(z.real - 1.0)
        return _check(l * _m.cos(z.imag) * _m.e, l * _m.sin(z.imag) * _m.e)
    l = _m.exp(z.real)
    return _check(l * _m.cos(z.imag), l * _m.sin(z.imag))


def phase(z):
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    r = _m.hypot(z.real, z.imag)
    if _m.isinf(r) and _m.isfinite(z.real) and _m.isfinite(z.imag):
        raise OverflowError("math range error")
    return (r, _m.atan2(z.imag, z.real))


def rect(r, phi):
    r = float(r)
    phi = float(phi)
    if phi == 0.0:
        return complex(r, phi * r) if _m.isfinite(r) else complex(r, phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def sinh(z):
    z = _c(z)
    if abs(z.real) > _LOG_LARGE:
        x_minus_one = z.real - _m.copysign(1.0, z.real)
        return _check(_m.cos(z.imag) * _m.sinh(x_minus_one) * _m.e,
                      _m.sin(z.imag) * _m.cosh(x_minus_one) * _m.e)
    return complex(_m.cos(z.imag) * _m.sinh(z.real), _m.sin(z.imag) * _m.cosh(z.real))


def cosh(z):
    z = _c(z)
    if abs(z.real) > _LOG_LARGE:
        x_minus_one = z.real - _m.copysign(1.0, z.real)
        return _check(_m.cos(z.imag) * _m.cosh(x_minus_one) * _m.e,
                      _m.sin(z.imag) * _m.sinh(x_minus_one) * _m.e)
    return complex(_m.cos(z.imag) * _m.cosh(z.real), _m.sin(z.imag) * _m.sinh(z.real))


def tanh(z):
    z = _c(z)
    if abs(z.real) > _LOG_LARGE:
        return complex(_m.copysign(1.0, z.real),
                       4.0 * _m.sin(z.imag) * _m.cos(z.imag) * _m.exp(-2.0 * abs(z.real)))
    tx = _m.tanh(z.real)
    ty = _m.tan(z.imag)
    cx = 1.0 / _m.cosh(z.real)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sin(z):
    z = _c(z)
    s = sinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def cos(z):
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def tan(z):
    z = _c(z)
    s = tanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def asinh(z):
    z = _c(z)
    s1 = sqrt(complex(1.0 + z.imag, -z.real))
    s2 = sqrt(complex(1.0 - z.imag, z.real))
    r = _m.asinh(s1.real * s2.imag - s2.real * s1.imag)
    i = _m.atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag)
    return complex(r, i)


def asin(z):
    z = _c(z)
    s = asinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def acos(z):
    z = _c(z)
    s1 = sqrt(complex(1.0 - z.real, -z.imag))
    s2 = sqrt(complex(1.0 + z.real, z.imag))
    r = 2.0 * _m.atan2(s1.real, s2.real)
    i = _m.asinh(s2.real * s1.imag - s2.imag * s1.real)
    return complex(r, i)


def acosh(z):
    z = _c(z)
    s1 = sqrt(complex(z.real - 1.0, z.imag))
    s2 = sqrt(complex(z.real + 1.0, z.imag))
    r = _m.asinh(s1.real * s2.real + s1.imag * s2.imag)
    i = 2.0 * _m.atan2(s1.imag, s2.real)
    return complex(r, i)


def atanh(z):
    z = _c(z)
    if z.real < 0.0:
        r = atanh(complex(-z.real, -z.imag))
        return complex(-r.real, -r.imag)
    ay = abs(z.imag)
    if z.real == 1.0 and ay < 1.4916681462400413e-154:
        if ay == 0.0:
            raise ValueError("math domain error")
        real = -_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0)))
        return complex(real, _m.copysign(_m.atan2(2.0, -ay) / 2.0, z.imag))
    real = _m.log1p(4.0 * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.0
    imag = -_m.atan2(-2.0 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.0
    return complex(real, imag)


def atan(z):
    z = _c(z)
    s = atanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def isfinite(z):
    z = _c(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _c(a)
    b = _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return (diff <= rel_tol * abs(b)) or (diff <= rel_tol * abs(a)) or diff <= abs_tol
