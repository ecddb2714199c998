#!/usr/bin/env bash
# Package a project release: export the tagged tree with git archive,
# add a build stamp, produce .tar.gz plus checksum, and verify it unpacks.
set -euo pipefail

tag="${1:?usage: $0 TAG [OUTDIR]}"
outdir="${2:-dist}"
name="$(basename "$(git rev-parse --show-toplevel)")-${tag#v}"

git rev-parse -q --verify "refs/tags/$tag" >/dev/null ||
	{ echo "no such tag: $tag" >&2; exit 1; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

git archive --format=tar --prefix="$name/" "$tag" | tar -x -C "$stage"
{
	echo "version=${tag#v}"
	echo "commit=$(git rev-list -n1 "$tag")"
	echo "built=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
} >"$stage/$name/BUILD_INFO"

# drop files that are only useful in the repository
rm -rf "$stage/$name/.github" "$stage/$name/.gitignore"

mkdir -p "$outdir"
tarball="$outdir/$name.tar.gz"
tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner \
	-czf "$tarball" "$name"
(cd "$outdir" && sha256sum "$name.tar.gz" >"$name.tar.gz.sha256")

check=$(mktemp -d)
trap 'rm -rf "$stage" "$check"' EXIT
tar -xzf "$tarball" -C "$check"
diff -r "$stage/$name" "$check/$name" >/dev/null ||
	{ echo "unpacked tree differs" >&2; exit 1; }

echo "wrote $tarball ($(du -h "$tarball" | cut -f1))"
cat "$tarball.sha256"
