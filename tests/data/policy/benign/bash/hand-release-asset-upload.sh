#!/usr/bin/env bash
# Build a release tarball of the current git tag and upload it as an asset of
# the GitHub release with the same name. Needs GITHUB_TOKEN and GITHUB_REPOSITORY.
set -euo pipefail

: "${GITHUB_TOKEN:?set GITHUB_TOKEN}"
: "${GITHUB_REPOSITORY:?set GITHUB_REPOSITORY (owner/name)}"
api=https://api.github.com
uploads=https://uploads.github.com

tag=$(git describe --tags --exact-match 2>/dev/null) || {
	echo "HEAD is not tagged" >&2
	exit 1
}
name="${GITHUB_REPOSITORY#*/}-${tag#v}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

git archive --format=tar.gz --prefix="$name/" -o "$out/$name.tar.gz" "$tag"
(cd "$out" && sha256sum "$name.tar.gz" >"$name.tar.gz.sha256")

auth=(-H "Authorization: Bearer $GITHUB_TOKEN" -H "Accept: application/vnd.github+json")
release=$(curl -fsS "${auth[@]}" "$api/repos/$GITHUB_REPOSITORY/releases/tags/$tag")
release_id=$(jq -r .id <<<"$release")
[[ $release_id =~ ^[0-9]+$ ]] || { echo "no release for $tag" >&2; exit 1; }

for asset in "$out/$name.tar.gz" "$out/$name.tar.gz.sha256"; do
	base=${asset##*/}
	echo "uploading $base"
	curl -fsS "${auth[@]}" \
		-H "Content-Type: application/octet-stream" \
		--data-binary @"$asset" \
		"$uploads/repos/$GITHUB_REPOSITORY/releases/$release_id/assets?name=$base" |
		jq -r '"  -> " + .browser_download_url'
done
