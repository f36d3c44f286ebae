

# ---- Decoding (from tools/unicodedata_impl.py) ----

_cache = {}


def _runs(key, text):
    """Decode 'start:value,...' into (starts, values) lists."""
    r = _cache.get(key)
    if r is None:
        starts = []
        values = []
        for item in text.split(","):
            a, b = item.split(":")
            starts.append(int(a, 16))
            values.append(int(b))
        r = (starts, values)
        _cache[key] = r
    return r


def _run_value(key, text, cp):
    starts, values = _runs(key, text)
    lo, hi = 0, len(starts)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if starts[mid] <= cp:
            lo = mid
        else:
            hi = mid
    return values[lo]


def _cp(fname, chr_):
    if type(chr_) is not str and not isinstance(chr_, str):
        raise TypeError("%s() argument must be a unicode character, not %s"
                        % (fname, type(chr_).__name__))
    if len(chr_) != 1:
        raise TypeError("%s() argument must be a unicode character, not str" % fname)
    return ord(chr_)


def _name_table():
    t = _cache.get("names")
    if t is None:
        starts = []
        counts = []
        offsets = []
        total = 0
        for item in _NAME_RUNS.split(","):
            a, n = item.split(":")
            starts.append(int(a, 16))
            counts.append(int(n, 16))
            offsets.append(total)
            total += int(n, 16)
        t = (starts, counts, offsets, _NAMES.split("|"), _WORDS.split(" "))
        _cache["names"] = t
    return t


def _decode_name(words, enc):
    out = []
    for ch in enc:
        c = ord(ch)
        if c >= 0xE000:
            c -= 0x800
        out.append(words[c - 0x100])
    return " ".join(out)


_SBase, _LBase, _VBase, _TBase = 0xAC00, 0x1100, 0x1161, 0x11A7
_LCount, _VCount, _TCount = 19, 21, 28
_NCount = _VCount * _TCount
_SCount = _LCount * _NCount
_JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"]
_JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
           "WI", "YU", "EU", "YI", "I"]
_JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
           "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"]

# Algorithmically named ranges: (first, last, prefix).
_ALGO = [
    (0x3400, 0x4DBF, "CJK UNIFIED IDEOGRAPH-"), (0x4E00, 0x9FFF, "CJK UNIFIED IDEOGRAPH-"),
    (0x20000, 0x2A6DF, "CJK UNIFIED IDEOGRAPH-"), (0x2A700, 0x2B738, "CJK UNIFIED IDEOGRAPH-"),
    (0x2B740, 0x2B81D, "CJK UNIFIED IDEOGRAPH-"), (0x2B820, 0x2CEA1, "CJK UNIFIED IDEOGRAPH-"),
    (0x2CEB0, 0x2EBE0, "CJK UNIFIED IDEOGRAPH-"), (0x30000, 0x3134A, "CJK UNIFIED IDEOGRAPH-"),
    (0xF900, 0xFA6D, "CJK COMPATIBILITY IDEOGRAPH-"), (0xFA70, 0xFAD9, "CJK COMPATIBILITY IDEOGRAPH-"),
    (0x2F800, 0x2FA1D, "CJK COMPATIBILITY IDEOGRAPH-"),
]

_MISSING = object()


def name(chr, default=_MISSING):
    """Returns the name assigned to the character chr as a string."""
    cp = _cp("name", chr)
    if _SBase <= cp < _SBase + _SCount:
        s = cp - _SBase
        return "HANGUL SYLLABLE " + _JAMO_L[s // _NCount] + _JAMO_V[(s % _NCount) // _TCount] + _JAMO_T[s % _TCount]
    for first, last, prefix in _ALGO:
        if first <= cp <= last:
            return prefix + "%X" % cp
    starts, counts, offsets, names, words = _name_table()
    lo, hi = 0, len(starts)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if starts[mid] <= cp:
            lo = mid
        else:
            hi = mid
    if starts[lo] <= cp < starts[lo] + counts[lo]:
        return _decode_name(words, names[offsets[lo] + cp - starts[lo]])
    if default is _MISSING:
        raise ValueError("no such name")
    return default


def lookup(name):
    """Look up character by name."""
    if not isinstance(name, str):
        raise TypeError("lookup() argument must be str, not %s" % type(name).__name__)
    key = name.upper()
    rev = _cache.get("rev")
    if rev is None:
        starts, counts, offsets, names, words = _name_table()
        rev = {}
        for i in range(len(starts)):
            for k in range(counts[i]):
                rev[_decode_name(words, names[offsets[i] + k])] = starts[i] + k
        _cache["rev"] = rev
    cp = rev.get(key)
    if cp is not None:
        return chr(cp)
    if key.startswith("HANGUL SYLLABLE "):
        rest = key[16:]
        for li, l in enumerate(_JAMO_L):
            for vi, v in enumerate(_JAMO_V):
                for ti, t in enumerate(_JAMO_T):
                    if l + v + t == rest:
                        return chr(_SBase + (li * _VCount + vi) * _TCount + ti)
    for first, last, prefix in _ALGO:
        if key.startswith(prefix):
            try:
                cp = int(key[len(prefix):], 16)
            except ValueError:
                break
            if first <= cp <= last and key == prefix + "%X" % cp:
                return chr(cp)
    raise KeyError("undefined character name '%s'" % name)


def category(chr):
    """Returns the general category assigned to the character chr as string."""
    return _CATS[_run_value("cat", _CAT_RUNS, _cp("category", chr))]


def bidirectional(chr):
    """Returns the bidirectional class assigned to the character chr as string."""
    return _BIDIS[_run_value("bidi", _BIDI_RUNS, _cp("bidirectional", chr))]


def east_asian_width(chr):
    """Returns the east asian width assigned to the character chr as string."""
    return _EAWS[_run_value("eaw", _EAW_RUNS, _cp("east_asian_width", chr))]


def combining(chr):
    """Returns the canonical combining class assigned to the character chr as integer."""
    return _run_value("ccc", _CCC_RUNS, _cp("combining", chr))


def mirrored(chr):
    """Returns the mirrored property assigned to the character chr as integer."""
    return _run_value("mirrored", _MIRRORED_RUNS, _cp("mirrored", chr))


def _decomp_table():
    t = _cache.get("decomp")
    if t is None:
        t = {}
        for item in _DECOMP.split(";"):
            k, v = item.split("=")
            t[int(k, 16)] = v
        _cache["decomp"] = t
    return t


def decomposition(chr):
    """Returns the character decomposition mapping assigned to the character chr as string."""
    return _decomp_table().get(_cp("decomposition", chr), "")


def _nums():
    t = _cache.get("nums")
    if t is None:
        t = {}
        for item in _NUMS.split(";"):
            k, d, g, n = item.split("=")
            t[int(k, 16)] = (int(d) if d else None, int(g) if g else None, float(n))
        _cache["nums"] = t
    return t


def decimal(chr, default=_MISSING):
    """Converts a Unicode character into its equivalent decimal value."""
    v = _nums().get(_cp("decimal", chr))
    if v is None or v[0] is None:
        if default is _MISSING:
            raise ValueError("not a decimal")
        return default
    return v[0]


def digit(chr, default=_MISSING):
    """Converts a Unicode character into its equivalent digit value."""
    v = _nums().get(_cp("digit", chr))
    if v is None or v[1] is None:
        if default is _MISSING:
            raise ValueError("not a digit")
        return default
    return v[1]


def numeric(chr, default=_MISSING):
    """Converts a Unicode character into its equivalent numeric value."""
    v = _nums().get(_cp("numeric", chr))
    if v is None:
        if default is _MISSING:
            raise ValueError("not a numeric character")
        return default
    return v[2]


def _decompose_char(cp, compat, out):
    if _SBase <= cp < _SBase + _SCount:
        s = cp - _SBase
        out.append(_LBase + s // _NCount)
        out.append(_VBase + (s % _NCount) // _TCount)
        t = s % _TCount
        if t:
            out.append(_TBase + t)
        return
    d = _decomp_table().get(cp)
    if d is not None and (compat or not d.startswith("<")):
        parts = d.split()
        if parts[0].startswith("<"):
            parts = parts[1:]
        for p in parts:
            _decompose_char(int(p, 16), compat, out)
        return
    out.append(cp)


def _decompose(s, compat):
    out = []
    for ch in s:
        _decompose_char(ord(ch), compat, out)
    # Canonical ordering: stable sort of each run of non-starters.
    i = 0
    n = len(out)
    while i < n:
        if combining(chr(out[i])) == 0:
            i += 1
            continue
        j = i
        while j < n and combining(chr(out[j])) != 0:
            j += 1
        if j - i > 1:
            out[i:j] = sorted(out[i:j], key=lambda c: combining(chr(c)))
        i = j
    return out


def _compose_pairs():
    t = _cache.get("pairs")
    if t is None:
        t = {}
        table = _decomp_table()
        for h in _COMPOSITES.split(","):
            cp = int(h, 16)
            a, b = table[cp].split()
            t[(int(a, 16), int(b, 16))] = cp
        _cache["pairs"] = t
    return t


def _compose(cps):
    if not cps:
        return cps
    pairs = _compose_pairs()
    out = [cps[0]]
    starter = 0 if combining(chr(cps[0])) == 0 else -1
    last_cc = 0 if starter == 0 else 256
    for c in cps[1:]:
        cc = combining(chr(c))
        if starter >= 0 and (last_cc < cc or last_cc == 0):
            s = out[starter]
            # Hangul LV and LVT composition.
            if _LBase <= s < _LBase + _LCount and _VBase <= c < _VBase + _VCount and last_cc == 0 \
                    and starter == len(out) - 1:
                out[starter] = _SBase + ((s - _LBase) * _VCount + (c - _VBase)) * _TCount
                continue
            if _SBase <= s < _SBase + _SCount and (s - _SBase) % _TCount == 0 \
                    and _TBase < c < _TBase + _TCount and last_cc == 0 and starter == len(out) - 1:
                out[starter] = s + (c - _TBase)
                continue
            p = pairs.get((s, c))
            if p is not None:
                out[starter] = p
                continue
        if cc == 0:
            starter = len(out)
            last_cc = 0
        else:
            last_cc = cc
        out.append(c)
    return out


def normalize(form, unistr):
    """Return the normal form 'form' for the Unicode string unistr."""
    if not isinstance(form, str):
        raise TypeError("normalize() argument 1 must be str, not %s" % type(form).__name__)
    if not isinstance(unistr, str):
        raise TypeError("normalize() argument 2 must be str, not %s" % type(unistr).__name__)
    if form == "NFD":
        cps = _decompose(unistr, False)
    elif form == "NFKD":
        cps = _decompose(unistr, True)
    elif form == "NFC":
        cps = _compose(_decompose(unistr, False))
    elif form == "NFKC":
        cps = _compose(_decompose(unistr, True))
    else:
        raise ValueError("invalid normalization form")
    return "".join(map(chr, cps))


def is_normalized(form, unistr):
    """Return whether the Unicode string unistr is in the normal form 'form'."""
    return normalize(form, unistr) == unistr
