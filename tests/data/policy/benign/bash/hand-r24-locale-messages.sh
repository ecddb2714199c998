#!/bin/bash
# Print localized usage text.
TEXTDOMAIN=mytool
usage() {
  echo $"Usage: mytool [-v] FILE"
  echo $"Options:"
}
[ $# -eq 0 ] && usage
