#!/bin/bash
# Evasion: a kernel module built next to the script is loaded (native code in the kernel)
set -e
mod="$(dirname "$0")/build/nf_conntrack_helper.ko"
sudo insmod "$mod" debug=0
lsmod | grep -q nf_conntrack_helper && echo "helper loaded"
