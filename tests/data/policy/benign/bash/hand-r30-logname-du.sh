#!/bin/bash
who=${LOGNAME:-$(id -un)}
du -sh "/home/${who}" 2>/dev/null
rm -rf -- "/home/${who}/.cache/thumbnails"
