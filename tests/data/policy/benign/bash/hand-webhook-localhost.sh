#!/usr/bin/env bash
# Smoke-test the webhook handler: start a tiny HTTP receiver on localhost,
# send it a signed payload the way the provider does, check what arrived.
set -euo pipefail

port="${PORT:-18081}"
secret="${WEBHOOK_SECRET:-test-secret}"
work=$(mktemp -d)
server_pid=""

cleanup() {
	if [[ -n "$server_pid" ]]; then
		kill "$server_pid" 2>/dev/null || true
		wait "$server_pid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

cat >"$work/server.py" <<'PY'
import http.server, sys, pathlib
out = pathlib.Path(sys.argv[2])
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        n = int(self.headers.get("Content-Length", 0))
        out.write_bytes(self.headers.get("X-Signature", "").encode() + b"\n" + self.rfile.read(n))
        self.send_response(204)
        self.end_headers()
    def log_message(self, *a):
        pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
PY
python3 "$work/server.py" "$port" "$work/received" &
server_pid=$!

for _ in $(seq 1 50); do
	if curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then break; fi
	sleep 0.1
done

payload='{"event":"push","ref":"refs/heads/main","commits":3}'
sig="sha256=$(printf '%s' "$payload" | openssl dgst -sha256 -hmac "$secret" | awk '{print $NF}')"

curl -fsS -X POST "http://127.0.0.1:$port/hook" \
	-H "Content-Type: application/json" \
	-H "X-Signature: $sig" \
	--data "$payload"

sleep 0.2
got_sig=$(head -n1 "$work/received")
got_body=$(tail -n +2 "$work/received")
[[ "$got_sig" == "$sig" ]] || { echo "signature mismatch" >&2; exit 1; }
[[ "$got_body" == "$payload" ]] || { echo "body mismatch" >&2; exit 1; }
echo "webhook round trip ok ($sig)"
