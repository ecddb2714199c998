#!/bin/bash
# psql defaults for the team.
tee -a "$HOME/.psqlrc" <<'EOF'
\timing on
\pset null '(null)'
\set PROMPT1 '%n@%/ %R%# '
EOF
