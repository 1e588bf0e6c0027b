# Generates pith-core/src/main/resources/dev/pith/repair/lexicon-{ru,el,ar}.bin: Bloom filters of the word forms of
# the Debian hunspell dictionaries (affixes expanded here, one level of suffixes and prefixes, cross products where
# the dictionary allows them). Lexicon.java reads them to tell a word of the language from a near miss when a lost
# byte leaves several letters possible.
#   apt-get install hunspell-ru hunspell-el hunspell-ar
#   python3 make_lexicons.py OUT_DIR
# File format (big-endian): magic "PLEX", int version 1, int words, int bits m, int hashes k, then m/8 bytes.
# Bit i of the filter is byte i>>3, bit i&7. A word is normalised (lower case per code point, final sigma as sigma,
# yo as ye), hashed with 64-bit FNV-1a over its UTF-8 bytes; h1 = low 32 bits, h2 = high 32 bits, and hash j sets
# bit (h1 + j*h2) mod m, j = 0..k-1.
import re, struct, sys

BITS_PER_WORD = 10
HASHES = 7
LICENCE = {"ru": "BSD-style (dictionaries/ru_RU)", "el": "MPL-1.1 or GPL-2 or LGPL-2.1",
           "ar": "GPL-2.0 or LGPL-2.1 or MPL-1.1 (Ayaspell)"}


def load_aff(path, enc):
    rules = {}
    lines = open(path, encoding=enc, errors="ignore").read().split("\n")
    i = 0
    while i < len(lines):
        p = lines[i].split()
        if len(p) >= 4 and p[0] in ("SFX", "PFX") and p[2] in ("Y", "N") and p[3].isdigit():
            kind, flag, cross, n = p[0], p[1], p[2] == "Y", int(p[3])
            lst = []
            for j in range(1, n + 1):
                q = lines[i + j].split()
                strip = "" if q[2] == "0" else q[2]
                add = q[3].split("/")[0]
                add = "" if add == "0" else add
                cond = q[4] if len(q) > 4 else "."
                lst.append((strip, add, re.compile(cond + "$" if kind == "SFX" else "^" + cond)))
            rules[flag] = (kind, cross, lst)
            i += n + 1
        else:
            i += 1
    return rules


def expand(dic, aff, enc):
    rules = load_aff(aff, enc)
    out = set()
    for line in open(dic, encoding=enc, errors="ignore").read().split("\n")[1:]:
        line = line.strip()
        if not line:
            continue
        w, _, flags = line.partition("/")
        w = w.split("\t")[0].split(" ")[0]
        flags = flags.split()[0] if flags else ""
        out.add(w)
        sfx, pfx = [], []
        for f in flags:
            if f not in rules:
                continue
            kind, cross, lst = rules[f]
            for strip, add, rx in lst:
                if kind == "SFX" and rx.search(w) and w.endswith(strip):
                    nw = w[:len(w) - len(strip)] + add
                    out.add(nw)
                    sfx.append((nw, cross))
                elif kind == "PFX" and rx.search(w) and w.startswith(strip):
                    out.add(add + w[len(strip):])
                    pfx.append((add, strip, cross))
        for nw, c1 in sfx:
            for add, strip, c2 in pfx:
                if c1 and c2 and nw.startswith(strip):
                    out.add(add + nw[len(strip):])
    return out


def normalise(w):
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in w).replace("ς", "σ").replace("ё", "е")


def fnv1a64(data):
    h = 0xcbf29ce484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def write(path, words):
    m = max(64, len(words) * BITS_PER_WORD // 8 * 8)
    bits = bytearray(m // 8)
    for w in words:
        h = fnv1a64(w.encode("utf-8"))
        h1, h2 = h & 0xFFFFFFFF, h >> 32
        for j in range(HASHES):
            i = (h1 + j * h2) % m
            bits[i >> 3] |= 1 << (i & 7)
    with open(path, "wb") as f:
        f.write(b"PLEX" + struct.pack(">iiii", 1, len(words), m, HASHES))
        f.write(bits)


out = sys.argv[1]
for lang, name, enc in [("ru", "ru_RU", "utf-8"), ("el", "el_GR", "iso8859-7"), ("ar", "ar", "utf-8")]:
    words = {normalise(w) for w in expand(f"/usr/share/hunspell/{name}.dic", f"/usr/share/hunspell/{name}.aff", enc)
             if w and not any(c.isdigit() for c in w)}
    write(f"{out}/lexicon-{lang}.bin", sorted(words))
    print(lang, len(words), "words, licence of the word list:", LICENCE[lang])
