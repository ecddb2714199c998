#!/bin/bash
# Record when the build finished.
{ date; echo "build done"; } | tee -a build.log
( echo "# generated"; ls src ) | tee manifest.txt >/dev/null
