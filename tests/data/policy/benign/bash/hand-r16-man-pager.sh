#!/bin/bash
# Show a man page without colours, paged by less with fixed options.
MANPAGER='less -R' man "${1:-ls}"
