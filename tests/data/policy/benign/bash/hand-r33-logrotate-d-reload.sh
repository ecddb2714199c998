#!/usr/bin/env bash
# Install the app's log rotation policy.
set -e
sudo tee /etc/logrotate.d/webapp >/dev/null <<'EOF'
/var/log/webapp/*.log {
    daily
    rotate 7
    compress
    sharedscripts
    postrotate
        systemctl reload webapp >/dev/null 2>&1 || true
    endscript
}
EOF
sudo logrotate --debug /etc/logrotate.d/webapp
