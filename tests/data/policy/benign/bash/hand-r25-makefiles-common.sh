#!/bin/bash
# Build with the shared variables file.
cat > /tmp/common.mk <<'EOF'
CFLAGS += -O2 -Wall
EOF
MAKEFILES=/tmp/common.mk make -s all
