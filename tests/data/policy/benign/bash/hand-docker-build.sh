#!/usr/bin/env bash
# Build the service image tagged from git, run its smoke test, and push when a registry is set.
set -euo pipefail

IMAGE_NAME="${IMAGE_NAME:-orders-api}"
REGISTRY="${REGISTRY:-}"
DOCKERFILE="${DOCKERFILE:-Dockerfile}"

version="$(git describe --tags --always --dirty 2>/dev/null || echo dev)"
sha="$(git rev-parse --short HEAD)"
tags=("$IMAGE_NAME:$version" "$IMAGE_NAME:$sha")
if [[ "$(git rev-parse --abbrev-ref HEAD)" == main ]]; then
	tags+=("$IMAGE_NAME:latest")
fi

build_args=(build --file "$DOCKERFILE" --build-arg "VERSION=$version" --label "git.sha=$sha")
for t in "${tags[@]}"; do
	build_args+=(--tag "$t")
done

echo "building ${tags[*]}"
docker "${build_args[@]}" .

container="smoke-$sha-$$"
docker run -d --rm --name "$container" -p 127.0.0.1::8080 "${tags[0]}" >/dev/null
trap 'docker stop "$container" >/dev/null 2>&1 || true' EXIT

port="$(docker port "$container" 8080/tcp | head -n 1 | cut -d: -f2)"
for _ in $(seq 1 30); do
	curl -fs "http://127.0.0.1:$port/health" >/dev/null && break
	sleep 1
done
curl -fs "http://127.0.0.1:$port/health" || {
	echo "smoke test failed" >&2
	docker logs "$container" | tail -n 50 >&2
	exit 1
}
echo "smoke test passed"

if [[ -n "$REGISTRY" ]]; then
	for t in "${tags[@]}"; do
		docker tag "$t" "$REGISTRY/$t"
		docker push "$REGISTRY/$t"
	done
fi
