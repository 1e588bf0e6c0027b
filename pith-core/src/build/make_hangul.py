# Generates pith-core/src/main/resources/dev/pith/repair/hangul-ko.txt: counts of Hangul syllables and of syllable
# pairs inside words (^ word start, $ word end) in the Korean running text on a Debian machine: the translated
# messages of the installed programs (/usr/share/locale/ko/LC_MESSAGES/*.mo). HangulBigrams uses them to choose the
# syllable a lost byte leaves open (에 or 었, 이 or 쏴).
#   python3 make_hangul.py OUT_DIR
import collections, re, sys
from debian_text import messages


uni, bi = collections.Counter(), collections.Counter()
for t in messages("ko"):
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
