#!/bin/bash
# Report libraries preloaded on this host.
if [ -s /etc/ld.so.preload ]; then
  echo "preloaded:"; cat /etc/ld.so.preload
else
  echo "no preload"
fi
