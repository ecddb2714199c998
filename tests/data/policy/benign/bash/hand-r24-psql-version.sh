#!/bin/bash
# Print the server version and extensions.
psql -d app -c "SELECT version();"
psql -d app -c "SELECT extname FROM pg_extension;"
