import os
import pty
import sys

pid, fd = pty.fork()
if pid == 0:
    os.execlp("bash", "bash", "-c", sys.argv[1])
else:
    print(os.read(fd, 1024))
