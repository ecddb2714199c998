#!/usr/bin/env bash
# Start the attach service when the probe is plugged in.
set -e
sudo tee /etc/udev/rules.d/71-probe-attach.rules >/dev/null <<'EOF'
ACTION=="add", SUBSYSTEM=="usb", ATTRS{idVendor}=="1366", TAG+="systemd", RUN+="/usr/bin/systemctl --no-block start probe-attach.service"
EOF
sudo udevadm control --reload
