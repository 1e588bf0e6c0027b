# Generates pith-core/src/main/resources/dev/pith/repair/words-de.txt: German word forms with their counts in
# running prose, for putting back the ß that EUC-KR, Big5 and EUC-JP drop whole ("saßen" reaches us as "saen").
# Kept: every form seen at least three times (the vocabulary that says a word needs nothing put back), and every form
# with ß seen at all (the words it may be put back into). Source: the Debian package fortunes-de (its UTF-8 files;
# only word counts are kept).
#   apt-get install fortunes-de     (or: apt-get download fortunes-de; dpkg-deb -x fortunes-de_*.deb ROOT)
#   python3 make_german_words.py OUT_DIR [ROOT]
import collections, glob, re, sys

MIN_COUNT = 3

out = sys.argv[1]
root = sys.argv[2] if len(sys.argv) > 2 else ""
counts = collections.Counter()
for f in sorted(glob.glob(f"{root}/usr/share/games/fortunes/de/*.u8")):
    text = open(f, encoding="utf-8", errors="ignore").read()
    counts.update(w.lower() for w in re.findall(r"[A-Za-zÄÖÜäöüß]+", text))
kept = {w: k for w, k in counts.items() if k >= MIN_COUNT or "ß" in w}
with open(f"{out}/words-de.txt", "w", encoding="utf-8") as f:
    f.write(f"# German word forms of fortunes-de ({sum(counts.values())} words): those seen {MIN_COUNT} times or more, "
            f"and all with ß; made by pith-core/src/build/make_german_words.py\n")
    for w, k in sorted(kept.items(), key=lambda e: (-e[1], e[0])):
        f.write(f"{w}\t{k}\n")
print(len(kept), sum(1 for w in kept if "ß" in w))
