"""Reverse a buffer in place and print it."""
import os

name = bytearray(b"olleh")
name.reverse()
print(name.decode(), getattr(os, "sep"))
