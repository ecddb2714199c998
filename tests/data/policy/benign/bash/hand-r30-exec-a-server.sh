#!/bin/bash
cd "$(dirname "$0")"
exec -a notes-server python3 -m app.server --port 8080
