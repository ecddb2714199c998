#!/bin/bash
exec {cfg}<<'EOF'
PORT=8080
EOF
. "/dev/fd/$cfg"
echo "$PORT"
