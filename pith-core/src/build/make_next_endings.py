# Generates pith-core/src/main/resources/dev/pith/repair/next-ru.txt: how often each Russian one-letter word stands
# before a word with a given ending (its last two letters), for choosing between one-letter words a lost byte leaves
# possible. "я" and "с" lose the same byte under several codecs and are both common; the word after tells them
# apart: "с" takes a noun in the instrumental or genitive ("с мамой", "с утра"), "я" a verb ("я люблю", "я знаю").
# Source: the Debian package fortunes-ru (GPL-2; only counts are kept), running prose rather than program messages,
# whose "с" ("соединение с сервером") would outweigh the "я" of ordinary writing.
#   apt-get install fortunes-ru     (or: apt-get download fortunes-ru; dpkg-deb -x fortunes-ru_*.deb ROOT)
#   python3 make_next_endings.py OUT_DIR [ROOT]
import collections, glob, os, re, sys

MIN_COUNT = 2


def normalise(w):
    return w.lower().replace("ё", "е")


out = sys.argv[1]
root = sys.argv[2] if len(sys.argv) > 2 else ""
counts = collections.Counter()
words = 0
for f in sorted(glob.glob(f"{root}/usr/share/games/fortunes/ru/*")):
    if "." in os.path.basename(f).replace("2001.", "").replace("2002.", "") or f.endswith((".dat", ".u8")):
        continue
    text = open(f, encoding="utf-8", errors="ignore").read()
    # words of one sentence follow each other; a punctuation mark between two words breaks the pair
    for a, sep, b in re.findall(r"(?=\b([а-яёА-ЯЁ])(\s+)([а-яёА-ЯЁ]+)\b)", text):
        counts[(normalise(a), normalise(b)[-2:])] += 1
    words += len(re.findall(r"\w+", text))
with open(f"{out}/next-ru.txt", "w", encoding="utf-8") as f:
    f.write(f"# one-letter word, space, the last two letters of the next word; count in fortunes-ru ({words} words); "
            f"made by pith-core/src/build/make_next_endings.py\n")
    for (a, e), k in sorted(counts.items()):
        if k >= MIN_COUNT:
            f.write(f"{a} {e}\t{k}\n")
print(len(counts), sum(counts.values()))
