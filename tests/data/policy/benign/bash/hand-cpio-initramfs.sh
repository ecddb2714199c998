#!/usr/bin/env bash
# Ordinary: packs a tiny initramfs from the project's rootfs/ directory with
# `cpio -o` (file list from find) and gzip, for a QEMU test.
set -euo pipefail

root=${1:-rootfs}
out=${2:-build/initramfs.cpio.gz}
[ -d "$root" ] || { echo "no $root directory" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
abs_out=$(realpath "$out")
(
  cd "$root"
  find . -print0 | cpio --null -o -H newc --quiet
) | gzip -9 > "$abs_out"
echo "wrote $out ($(du -h "$out" | cut -f1))"
echo "files: $(gzip -dc "$out" | cpio -t --quiet | wc -l)"
