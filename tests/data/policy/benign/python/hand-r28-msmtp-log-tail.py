from pathlib import Path

log = Path.home() / ".msmtp.log"
if log.exists():
    for line in log.read_text().splitlines()[-10:]:
        print(line)
