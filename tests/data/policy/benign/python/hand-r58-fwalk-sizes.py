import os

total = 0
for root, dirs, files, fd in os.fwalk("src"):
    for name in files:
        total += os.stat(name, dir_fd=fd).st_size
print(total)
