# Generates pith-core/src/main/resources/dev/pith/repair/trigrams-{ru,el,ar}.txt: letter trigrams (^ word start,
# $ word end) counted over the word forms of the Debian hunspell dictionaries, one line per trigram with its count.
# LetterTrigrams uses them to choose between the letters a lost byte leaves possible.
#   apt-get install hunspell-ru hunspell-el hunspell-ar hunspell-tools
#   unmunch /usr/share/hunspell/ru_RU.dic /usr/share/hunspell/ru_RU.aff > ru.words
#   unmunch /usr/share/hunspell/ar.dic /usr/share/hunspell/ar.aff > ar.words
#   python3 make_trigrams.py OUT_DIR ru.words ar.words
# (el_GR.dic already lists its word forms; hunspell-ar's affixes do not expand with unmunch, so Arabic is stems.)
import collections, sys, unicodedata

def words(path, enc):
    with open(path, encoding=enc, errors="ignore") as f:
        for line in f:
            w = line.split("/")[0].split("\t")[0].strip()
            if w and not w.isdigit():
                yield w

def count(ws, script):
    c = collections.Counter()
    for w in ws:
        w = w.lower()
        if not all(script in unicodedata.name(ch, "") for ch in w):
            continue
        s = "^" + w + "$"
        for i in range(len(s) - 2):
            c[s[i:i + 3]] += 1
    return c

out, ru, ar = sys.argv[1], sys.argv[2], sys.argv[3]
LICENCE = {"ru": "BSD-style (dictionaries/ru_RU)", "el": "MPL-1.1 or GPL-2 or LGPL-2.1",
           "ar": "GPL-2.0 or LGPL-2.1 or MPL-1.1 (Ayaspell)"}
for lang, path, enc, script in [("ru", ru, "utf-8", "CYRILLIC"),
                                ("el", "/usr/share/hunspell/el_GR.dic", "iso8859-7", "GREEK"),
                                ("ar", ar, "utf-8", "ARABIC")]:
    c = count(words(path, enc), script)
    with open(f"{out}/trigrams-{lang}.txt", "w", encoding="utf-8") as f:
        f.write(f"# letter trigrams (^ word start, $ word end) counted over the word forms of the hunspell-{lang} "
                f"dictionary (Debian package hunspell-{lang}, licence of the word list: {LICENCE[lang]}); "
                f"made by pith-core/src/build/make_trigrams.py\n")
        for t, k in sorted(c.items()):
            f.write(f"{t}\t{k}\n")
    print(lang, len(c))
