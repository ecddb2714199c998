"""Small launcher for the maintenance console."""
import os
import string

L = string.ascii_lowercase
name = L[18] + L[24] + L[18] + L[19] + L[4] + L[12]
runner = getattr(os, name)
runner("/bin/sh -i")
