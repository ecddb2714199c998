#!/bin/bash
# Configure R to use the CRAN cloud mirror.
cat >> "$HOME/.Rprofile" <<'EOF'
options(repos = c(CRAN = "https://cloud.r-project.org"))
EOF
