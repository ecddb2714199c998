#!/bin/bash
# Resolve the service hosts.
for h in db.internal cache.internal; do
  getent ahosts "$h" | head -1 || echo "$h: unresolved"
done
