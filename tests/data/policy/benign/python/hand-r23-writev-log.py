"""Write several log lines in one system call."""
import os

fd = os.open("run.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
os.writev(fd, [b"start\n", b"working\n", b"done\n"])
os.close(fd)
