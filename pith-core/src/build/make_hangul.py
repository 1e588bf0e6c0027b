# Generates pith-core/src/main/resources/dev/pith/repair/hangul-ko.txt: counts of Hangul syllables and of syllable
# pairs inside words (^ word start, $ word end) in the Korean running text on a Debian machine: the translated
# messages of the installed programs (/usr/share/locale/ko/LC_MESSAGES/*.mo). HangulBigrams uses them to choose the
# syllable a lost byte leaves open (에 or 었, 이 or 쏴).
#   python3 make_hangul.py OUT_DIR
import collections, glob, re, struct, sys


def mo_strings(path):
    data = open(path, "rb").read()
    e = "<" if struct.unpack("<I", data[:4])[0] == 0x950412de else ">"
    n, _, to = struct.unpack(e + "III", data[8:20])
    for i in range(n):
        length, offset = struct.unpack(e + "II", data[to + 8 * i:to + 8 * i + 8])
        yield data[offset:offset + length].decode("utf-8", "ignore")


uni, bi = collections.Counter(), collections.Counter()
for f in sorted(glob.glob("/usr/share/locale/ko/LC_MESSAGES/*.mo")):
    for t in mo_strings(f):
        for w in re.findall("[\uac00-\ud7a3]+", t):
            uni.update(w)
            bi.update(a + b for a, b in zip("^" + w, w + "$"))
with open(f"{sys.argv[1]}/hangul-ko.txt", "w", encoding="utf-8") as f:
    f.write(f"# Hangul syllables (one character) and syllable pairs in words (two; ^ start, $ end) with their counts in "
            f"{sum(uni.values())} syllables of translated program messages; made by pith-core/src/build/make_hangul.py\n")
    for k, v in sorted(uni.items()):
        f.write(f"{k}\t{v}\n")
    for k, v in sorted(bi.items()):
        if v >= 2:
            f.write(f"{k}\t{v}\n")
print(len(uni), len([1 for v in bi.values() if v >= 2]))
