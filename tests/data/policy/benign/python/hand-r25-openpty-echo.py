"""Open a pseudo terminal pair and echo a line through it."""
import os
import pty

master, slave = pty.openpty()
os.write(slave, b"hello\n")
print(os.read(master, 64))
os.close(master)
os.close(slave)
