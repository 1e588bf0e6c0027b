#!/usr/bin/env python3
"""Writes repair cases for Russian, Greek and Arabic text broken through Asian multi-byte codecs.

Each case is a sentence of 5 to 12 words drawn at random (seeded) from pith's own lists of common words
(pith-core/src/main/resources/dev/pith/repair/words-{ru,el,ar}.txt), encoded as UTF-8 and decoded as EUC-KR, Big5,
EUC-JP or Shift_JIS with undecodable bytes replaced or dropped; 25 per language, codec and mode, 600 in all (cases
that come through unbroken are left out). The lines have the fields of ../shared/mojibake/dev.jsonl, so that
`./pith eval repair FILE --by src_lang,mode` scores them.

The words come from the lists repair itself uses, so the figures are optimistic for the step that guesses whole
words; they measure how often lost letters come back as letters of the sentence's alphabet, and keep the dev set's
few dozen such cases from being the only check.

Usage: python3 pith-eval/src/scripts/make_alphabet_cases.py > /tmp/alphabet-cases.jsonl
"""
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
WORDS = ROOT / "pith-core/src/main/resources/dev/pith/repair"


def main() -> None:
    random.seed(7)
    k = 0
    for lang in ["ru", "el", "ar"]:
        words = [line.split("\t")[0] for line in (WORDS / f"words-{lang}.txt").read_text(encoding="utf-8").splitlines()
                 if line and not line.startswith("#")]
        for codec in ["euc_kr", "big5", "euc_jp", "shift_jis"]:
            for mode in ["replace", "ignore"]:
                for _ in range(25):
                    s = " ".join(random.choice(words) for _ in range(random.randint(5, 12)))
                    s = s[0].upper() + s[1:] + "."
                    if lang == "el":
                        s = re.sub(r"σ\b", "ς", s)  # the lists hold lower-cased forms with σ at word ends
                    broken = s.encode("utf-8").decode(codec, errors=mode)
                    if broken == s:
                        continue
                    case = {"id": f"alpha-{k:05d}", "src_lang": lang, "wrong_encoding": codec.replace("_", "-"),
                            "mode": mode, "broken": broken, "original": s}
                    sys.stdout.write(json.dumps(case, ensure_ascii=False) + "\n")
                    k += 1


if __name__ == "__main__":
    main()
