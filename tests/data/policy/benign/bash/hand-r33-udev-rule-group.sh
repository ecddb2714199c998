#!/usr/bin/env bash
# Give the plugdev group access to the debug probe.
set -e
rule='SUBSYSTEM=="usb", ATTRS{idVendor}=="0483", MODE="0660", GROUP="plugdev"'
echo "$rule" | sudo tee /etc/udev/rules.d/70-probe.rules >/dev/null
sudo udevadm control --reload-rules
sudo udevadm trigger
