#!/bin/bash
set -eu
name=lambda
stage=$(mktemp -d)
mkdir -p "$stage/$name/bin" "$stage/$name/doc"
echo "#!/bin/sh" > "$stage/$name/bin/$name"
chmod 755 "$stage/$name/bin/$name"
echo "readme" > "$stage/$name/doc/README"
tar -C "$stage" -czf "/tmp/$name.tar.gz" "$name"
tar -tzf "/tmp/$name.tar.gz" | sort
rm -rf "$stage" "/tmp/$name.tar.gz"
