# Generates pith-core/src/main/resources/dev/pith/repair/words-{ru,el,ar}.txt: the most frequent words of running
# text in Russian, Greek and Arabic with their counts, for choosing between words a lost byte leaves possible
# (Russian "я" or "с", Arabic "في" or "كي": both are words, one is far commoner). Sources, all on a Debian machine:
# the translated messages of the installed programs (/usr/share/locale/<lang>/LC_MESSAGES/*.mo) and, for Russian,
# the Debian package fortunes-ru (GPL-2; only word counts are kept).
#   apt-get install fortunes-ru
#   python3 make_wordfreq.py OUT_DIR
import collections, glob, os, re, sys, unicodedata
from debian_text import messages

TOP = 3000


def normalise(w):
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in w).replace("ς", "σ").replace("ё", "е")


def texts(lang):
    yield from messages(lang)
    if lang == "ru":
        for f in sorted(glob.glob("/usr/share/games/fortunes/ru/*")):
            if "." in os.path.basename(f).replace("2001.", "").replace("2002.", "") or f.endswith((".dat", ".u8")):
                continue
            yield open(f, encoding="utf-8", errors="ignore").read()


out = sys.argv[1]
for lang, script in [("ru", "CYRILLIC"), ("el", "GREEK"), ("ar", "ARABIC")]:
    c = collections.Counter()
    for t in texts(lang):
        for w in re.findall(r"\w+", t):
            if all(script in unicodedata.name(ch, "") for ch in w):
                c[normalise(w)] += 1
    with open(f"{out}/words-{lang}.txt", "w", encoding="utf-8") as f:
        f.write(f"# the {TOP} commonest words of the running text on a Debian machine ({sum(c.values())} words): "
                f"translated program messages{' and fortunes-ru' if lang == 'ru' else ''}; "
                f"made by pith-core/src/build/make_wordfreq.py\n")
        for w, k in c.most_common(TOP):
            f.write(f"{w}\t{k}\n")
    print(lang, sum(c.values()), len(c))
