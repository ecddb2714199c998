#!/bin/bash
# non-interactive credential helper for the mirror
helper=$(mktemp)
printf '#!/bin/sh\necho "$MIRROR_TOKEN"\n' > "$helper"
chmod +x "$helper"
GIT_ASKPASS="$helper" git ls-remote https://git.example.net/mirror.git >/dev/null 2>&1
rm -f "$helper"
