import os
import tempfile

target = os.path.join(tempfile.gettempdir(), "app.log")
fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
os.write(fd, b"started\n")
os.close(fd)
