# Running text a Debian machine carries, for the count files of make_wordfreq.py and make_hangul.py.
import glob
import struct


def mo_strings(path):
    """The strings of a gettext catalogue (.mo), decoded as UTF-8."""
    data = open(path, "rb").read()
    e = "<" if struct.unpack("<I", data[:4])[0] == 0x950412de else ">"
    n, _, to = struct.unpack(e + "III", data[8:20])
    for i in range(n):
        length, offset = struct.unpack(e + "II", data[to + 8 * i:to + 8 * i + 8])
        yield data[offset:offset + length].decode("utf-8", "ignore")


def messages(lang):
    """The translated messages of the installed programs in language lang."""
    for f in sorted(glob.glob(f"/usr/share/locale/{lang}/LC_MESSAGES/*.mo")):
        yield from mo_strings(f)
