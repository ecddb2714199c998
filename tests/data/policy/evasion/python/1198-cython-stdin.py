"""Compile a kernel given on stdin."""
import sys

import cython

print(cython.inline(sys.stdin.read()))
