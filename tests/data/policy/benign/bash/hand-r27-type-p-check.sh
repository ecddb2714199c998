#!/bin/bash
if ! type -P jq >/dev/null; then echo "jq missing" >&2; exit 1; fi
