/*
 * A sandbox's ports through /v1/sandboxes/ID/ports/PORT/...: a server a
 * command started in the sandbox answers the client as it would directly
 * (method, path and query, headers, body, status, repeated headers, a
 * streamed body of megabytes), and nothing of airlock's gets to it -- not
 * the key that let the request in. Refusals: another key, no key, a port
 * nobody listens on, a sandbox without loopback, a server that answers
 * garbage or nothing, an upgrade, an escaped prefix.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/harness.h"
#include "server/sandbox_client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(sandbox_ports, .fini = teardown, .timeout = 120);

/* Echoes each request as JSON; /stream sends 3 MiB without a length;
 * /garbage and /silent-close misbehave. Writes "ready" once it listens. */
static const char echo_py[] =
    "import http.server, json, sys\n"
    "class H(http.server.BaseHTTPRequestHandler):\n"
    "    def any(self):\n"
    "        if self.path == '/garbage':\n"
    "            self.wfile.write(b'SSH-2.0-not-http\\r\\n\\r\\n'); return\n"
    "        if self.path == '/bighead':\n"
    "            self.wfile.write(b'HTTP/1.0 200 OK\\r\\nX-Big: ' + b'a' * 100000); return\n"
    "        if self.path == '/split':\n"
    "            self.wfile.write(b'HTTP/1.0 200 OK\\r\\nX-A: 1\\rSet-Cookie: evil=1\\r\\n\\r\\nx'); return\n"
    "        if self.path == '/latin1':\n"
    "            self.send_response(200); self.send_header('X-Name', 'caf\\xe9')\n"
    "            self.send_header('Content-Length', '0'); self.end_headers(); return\n"
    "        if self.path == '/nocontent':\n"
    "            self.send_response(204); self.send_header('X-Empty', '1'); self.end_headers(); return\n"
    "        if self.path == '/silent-close':\n"
    "            return\n"
    "        if self.path == '/stream':\n"
    "            self.send_response(200)\n"
    "            self.send_header('Content-Type', 'application/octet-stream')\n"
    "            self.end_headers()\n"
    "            for i in range(48): self.wfile.write(bytes([65 + i % 26]) * 65536)\n"
    "            return\n"
    "        n = int(self.headers.get('Content-Length') or 0)\n"
    "        out = json.dumps({'method': self.command, 'path': self.path,\n"
    "            'version': self.request_version, 'headers': dict(self.headers),\n"
    "            'body': self.rfile.read(n).decode()}).encode()\n"
    "        self.send_response(201 if self.command == 'POST' else 200)\n"
    "        self.send_header('Content-Type', 'application/json')\n"
    "        self.send_header('X-Echo', 'yes')\n"
    "        self.send_header('Set-Cookie', 'a=1')\n"
    "        self.send_header('Set-Cookie', 'b=2')\n"
    "        self.send_header('Content-Length', str(len(out)))\n"
    "        self.end_headers()\n"
    "        self.wfile.write(out)\n"
    "    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = any\n"
    "    def log_message(self, *a): pass\n"
    "s = http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), H)\n"
    "open('ready', 'w').close()\n"
    "s.serve_forever()\n";

/* A sandbox (net as given) with the echo server on port 8000. */
static void start_echo(char *id, const char *net)
{
	char body[64];
	struct bin_reply b;

	snprintf(body, sizeof(body), "{\"net\": \"%s\"}", net);
	json_decref(sb_create(&S, S.user, body, id));
	sb_files(&S, S.user, "PUT", id, NULL, "path", "echo.py", echo_py, strlen(echo_py), 30, &b);
	cr_assert_eq(b.status, 201, "%ld %s", b.status, b.body);
	bin_reply_free(&b);
	if (strcmp(net, "none") == 0)
		return;
	json_t *r =
	    sb_exec(&S, S.user, id,
		    "python3 echo.py 8000 >/dev/null 2>&1 & "
		    "for i in $(seq 200); do [ -e ready ] && exit 0; sleep 0.05; done; exit 1",
		    NULL);
	cr_assert_eq(json_integer_value(json_object_get(r, "exit_code")), 0, "no server: %s",
		     json_dumps(r, 0));
	json_decref(r);
}

/* A raw request (head lines after the request line, then body) to path;
 * the whole answer. */
static char *raw(const char *method, const char *path, const char *key, const char *extra,
		 const char *body)
{
	char req[8192];
	snprintf(req, sizeof(req),
		 "%s %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n%s%s%s%sContent-Length: %zu\r\n"
		 "Connection: close\r\n\r\n%s",
		 method, path, S.port, key ? "Authorization: Bearer " : "", key ? key : "",
		 key ? "\r\n" : "", extra ? extra : "", body ? strlen(body) : 0, body ? body : "");
	bool closed;
	char *out = raw_exchange(S.port, req, strlen(req), 60, &closed);
	cr_assert(out != NULL);
	return out;
}

static long status_of(const char *answer)
{
	long st = 0;
	cr_assert_eq(sscanf(answer, "HTTP/1.%*d %ld", &st), 1, "%.200s", answer);
	return st;
}

static json_t *body_json(const char *answer)
{
	const char *b = strstr(answer, "\r\n\r\n");
	cr_assert(b != NULL);
	json_t *j = json_loads(b + 4, 0, NULL);
	cr_assert(j != NULL, "not JSON: %.300s", b + 4);
	return j;
}

Test(sandbox_ports, a_server_in_the_sandbox_answers_as_it_would_directly)
{
	char id[64], path[256];

	srv_start(&S, NULL, NULL);
	start_echo(id, "loopback");
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/ports/8000/a/b%%20c?x=1&y=%%2F", id);
	char *a =
	    raw("POST", path, S.user, "X-Mine: 42\r\nContent-Type: text/plain\r\n", "hello body");
	cr_assert_eq(status_of(a), 201, "%.400s", a);
	cr_assert(strstr(a, "\r\nX-Echo: yes\r\n"), "%.400s", a);
	cr_assert(strstr(a, "Set-Cookie: a=1\r\n") && strstr(a, "Set-Cookie: b=2\r\n"), "%s", a);
	cr_assert(strstr(a, "Content-Type: application/json\r\n"), "%.400s", a);
	json_t *j = body_json(a);
	cr_assert_str_eq(json_string_value(json_object_get(j, "method")), "POST");
	cr_assert_str_eq(json_string_value(json_object_get(j, "path")), "/a/b%20c?x=1&y=%2F");
	cr_assert_str_eq(json_string_value(json_object_get(j, "body")), "hello body");
	json_t *h = json_object_get(j, "headers");
	cr_assert_str_eq(json_string_value(json_object_get(h, "X-Mine")), "42");
	cr_assert_str_eq(json_string_value(json_object_get(h, "Content-Type")), "text/plain");
	/* airlock's key is not the server's business */
	cr_assert_null(json_object_get(h, "Authorization"), "%s", a);
	cr_assert(strstr(a + 1, S.user + 3) == NULL, "the key reached the sandbox: %s", a);
	json_decref(j);
	free(a);

	/* an answer without a body stays one, and HEAD gets the length */
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/ports/8000/nocontent", id);
	a = raw("GET", path, S.user, NULL, NULL);
	cr_assert_eq(status_of(a), 204, "%.400s", a);
	cr_assert(strstr(a, "X-Empty: 1\r\n"), "%.400s", a);
	cr_assert(strstr(a, "chunked") == NULL, "%.400s", a);
	cr_assert_str_eq(strstr(a, "\r\n\r\n") + 4, "", "no body: %s", a);
	free(a);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/ports/8000/h", id);
	a = raw("HEAD", path, S.user, NULL, NULL);
	cr_assert_eq(status_of(a), 200, "%.400s", a);
	cr_assert(strstr(a, "Content-Length: "), "%.400s", a);
	cr_assert_str_eq(strstr(a, "\r\n\r\n") + 4, "", "no body: %s", a);
	free(a);

	/* a header's bytes as they came, UTF-8 or not */
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/ports/8000/latin1", id);
	a = raw("GET", path, S.user, NULL, NULL);
	cr_assert_eq(status_of(a), 200, "%.400s", a);
	cr_assert(strstr(a, "X-Name: caf\xe9\r\n"), "%.400s", a);
	free(a);

	/* the port alone is its root */
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/ports/8000", id);
	a = raw("GET", path, S.user, NULL, NULL);
	cr_assert_eq(status_of(a), 200, "%.400s", a);
	j = body_json(a);
	cr_assert_str_eq(json_string_value(json_object_get(j, "path")), "/");
	json_decref(j);
	free(a);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/ports/8000?q=1", id);
	a = raw("DELETE", path, S.user, NULL, NULL);
	j = body_json(a);
	cr_assert_str_eq(json_string_value(json_object_get(j, "path")), "/?q=1");
	cr_assert_str_eq(json_string_value(json_object_get(j, "method")), "DELETE");
	json_decref(j);
	free(a);
}

Test(sandbox_ports, a_long_answer_streams_whole)
{
	char id[64], req[512];
	bool closed;
	size_t got;

	srv_start(&S, NULL, NULL);
	start_echo(id, "loopback");
	/* HTTP/1.0: the answer ends when the connection does, no chunks */
	snprintf(req, sizeof(req),
		 "GET /v1/sandboxes/%s/ports/8000/stream HTTP/1.0\r\nAuthorization: Bearer "
		 "%s\r\n\r\n",
		 id, S.user);
	char *a = raw_exchange_n(S.port, req, strlen(req), 60, &closed, &got);
	cr_assert(a != NULL);
	cr_assert_eq(status_of(a), 200, "%.300s", a);
	cr_assert(strstr(a, "Content-Type: application/octet-stream\r\n"), "%.300s", a);
	const char *body = strstr(a, "\r\n\r\n") + 4;
	size_t len = got - (size_t)(body - a);
	cr_assert_eq(len, (size_t)48 * 65536, "%zu bytes", len);
	for (size_t i = 0; i < 48; i++)
		cr_assert_eq(body[i * 65536 + 65535], 'A' + (int)(i % 26), "chunk %zu", i);
	free(a);
}

Test(sandbox_ports, who_may_reach_a_port)
{
	char id[64], path[256];

	srv_start(&S, NULL, NULL);
	start_echo(id, "loopback");
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/ports/8000/", id);
	char *a = raw("GET", path, S.other, NULL, NULL);
	cr_assert_eq(status_of(a), 404, "another key's: %.300s", a);
	free(a);
	a = raw("GET", path, NULL, NULL, NULL);
	cr_assert_eq(status_of(a), 401, "no key: %.300s", a);
	free(a);
	a = raw("GET", path, S.admin, NULL, NULL);
	cr_assert_eq(status_of(a), 200, "the admin: %.300s", a);
	free(a);
}

Test(sandbox_ports, refusals_say_what_is_wrong)
{
	char id[64], none[64], path[256];
	static const struct {
		const char *suffix, *method, *extra;
		long status;
		const char *says;
	} cases[] = {
	    {"/ports/8001/", "GET", NULL, 502, "nothing listens on port 8001"},
	    {"/ports/0/", "GET", NULL, 404, "PORT 1 to 65535"},
	    {"/ports/65536/", "GET", NULL, 404, "PORT 1 to 65535"},
	    {"/ports/http/", "GET", NULL, 404, "PORT 1 to 65535"},
	    {"/ports/08000/", "GET", NULL, 404, "without a leading zero"},
	    {"/ports/8000/garbage", "GET", NULL, 502, "HTTP/1.x status line"},
	    {"/ports/8000/silent-close", "GET", NULL, 502, "without an answer"},
	    {"/ports/8000/bighead", "GET", NULL, 502, "over 64 KiB"},
	    {"/ports/8000/split", "GET", NULL, 502, "control byte"},
	    /* an upgrade the server does not take: its own answer */
	    {"/ports/8000/ws", "GET", "Upgrade: websocket\r\nConnection: Upgrade\r\n", 200,
	     "\"Upgrade\": \"websocket\""},
	    {"/ports/8000/ws", "GET", "Upgrade: h2c\r\nConnection: Upgrade\r\n", 501,
	     "no other upgrade"},
	    {"/port%73/8000/", "GET", NULL, 400, "without escapes"},
	};

	srv_start(&S, NULL, NULL);
	start_echo(id, "loopback");
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(path, sizeof(path), "/v1/sandboxes/%s%s", id, cases[i].suffix);
		char *a = raw(cases[i].method, path, S.user, cases[i].extra, NULL);
		cr_assert_eq(status_of(a), cases[i].status, "%s: %.400s", path, a);
		cr_assert(strstr(a, cases[i].says), "%s: %.400s", path, a);
		free(a);
	}
	/* the server goes on answering */
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/ports/8000/after", id);
	char *a = raw("GET", path, S.user, NULL, NULL);
	cr_assert_eq(status_of(a), 200, "%.300s", a);
	free(a);

	start_echo(none, "none");
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/ports/8000/", none);
	a = raw("GET", path, S.user, NULL, NULL);
	cr_assert_eq(status_of(a), 409, "%.300s", a);
	cr_assert(strstr(a, "no_loopback"), "%.300s", a);
	free(a);
}

/* ---- E2B: getHost's traffic, by header and by Host ---- */

/* An answer to a request with head (lines after the request line, Host
 * among them). */
static char *raw_head(const char *method, const char *path, const char *head)
{
	char req[8192];
	bool closed;

	snprintf(req, sizeof(req), "%s %s HTTP/1.1\r\n%sConnection: close\r\n\r\n", method, path,
		 head);
	char *out = raw_exchange(S.port, req, strlen(req), 60, &closed);
	cr_assert(out != NULL);
	return out;
}

/* A sandbox made through /e2b (network as given, or none) with the echo
 * server on port 8000 (started over /v1 with the same key); its traffic
 * token into token (128 bytes). Returns create's answer. */
static json_t *e2b_echo(const char *network, char *id, char *token)
{
	char body[256], head[256];
	struct bin_reply b;

	snprintf(body, sizeof(body), "{\"templateID\": \"base\"%s%s}", network ? ", \"network\": " : "",
		 network ? network : "");
	snprintf(head, sizeof(head),
		 "Host: 127.0.0.1\r\nX-API-KEY: e2b_%s\r\nContent-Type: application/json\r\n"
		 "Content-Length: %zu\r\n",
		 S.user + 3, strlen(body));
	char req[1024];
	snprintf(req, sizeof(req), "POST /e2b/sandboxes HTTP/1.1\r\n%sConnection: close\r\n\r\n%s",
		 head, body);
	bool closed;
	char *a = raw_exchange(S.port, req, strlen(req), 60, &closed);
	cr_assert_eq(status_of(a), 201, "%.400s", a);
	json_t *j = body_json(a);
	free(a);
	snprintf(id, 64, "%s", json_string_value(json_object_get(j, "sandboxID")));
	snprintf(token, 128, "%s", json_string_value(json_object_get(j, "trafficAccessToken")));
	sb_files(&S, S.user, "PUT", id, NULL, "path", "echo.py", echo_py, strlen(echo_py), 30, &b);
	cr_assert_eq(b.status, 201, "%ld %s", b.status, b.body);
	bin_reply_free(&b);
	json_t *r = sb_exec(&S, S.user, id,
			    "python3 echo.py 8000 >/dev/null 2>&1 & "
			    "for i in $(seq 200); do [ -e ready ] && exit 0; sleep 0.05; done; exit 1",
			    NULL);
	cr_assert_eq(json_integer_value(json_object_get(r, "exit_code")), 0,
		     "no server: a sandbox made through /e2b has a loopback: %s", json_dumps(r, 0));
	json_decref(r);
	return j;
}

Test(sandbox_ports, e2b_traffic_by_header_needs_the_token_and_keeps_it)
{
	char id[64], token[128], head[512];

	srv_start(&S, NULL, NULL);
	json_decref(e2b_echo(NULL, id, token));
	snprintf(head, sizeof(head),
		 "Host: 127.0.0.1\r\nE2b-Sandbox-Id: %s\r\nE2b-Sandbox-Port: 8000\r\n"
		 "e2b-traffic-access-token: %s\r\nAuthorization: Bearer app-own-token\r\n",
		 id, token);
	char *a = raw_head("GET", "/e2b/hello?x=%2F", head);
	cr_assert_eq(status_of(a), 200, "%.400s", a);
	json_t *j = body_json(a);
	cr_assert_str_eq(json_string_value(json_object_get(j, "path")), "/hello?x=%2F");
	json_t *h = json_object_get(j, "headers");
	/* the application's own Authorization goes on; airlock's do not */
	cr_assert_str_eq(json_string_value(json_object_get(h, "Authorization")),
			 "Bearer app-own-token");
	cr_assert(strstr(a, token) == NULL, "the token reached the sandbox: %s", a);
	cr_assert(strstr(a, "E2b-Sandbox") == NULL, "%s", a);
	json_decref(j);
	free(a);

	/* no token: 401; another's: not let in */
	snprintf(head, sizeof(head), "Host: 127.0.0.1\r\nE2b-Sandbox-Id: %s\r\nE2b-Sandbox-Port: 8000\r\n",
		 id);
	a = raw_head("GET", "/e2b/hello", head);
	cr_assert_eq(status_of(a), 401, "%.400s", a);
	free(a);
	snprintf(head, sizeof(head),
		 "Host: 127.0.0.1\r\nE2b-Sandbox-Id: %s\r\nE2b-Sandbox-Port: 8000\r\n"
		 "e2b-traffic-access-token: 0000%s\r\n",
		 id, token + 4);
	a = raw_head("GET", "/e2b/hello", head);
	cr_assert_neq(status_of(a), 200, "%.400s", a);
	cr_assert(strstr(a, "\"path\"") == NULL, "%.400s", a);
	free(a);
	/* the owner's API key lets it in too, and is not passed on */
	snprintf(head, sizeof(head),
		 "Host: 127.0.0.1\r\nE2b-Sandbox-Id: %s\r\nE2b-Sandbox-Port: 8000\r\n"
		 "Authorization: Bearer e2b_%s\r\n",
		 id, S.user + 3);
	a = raw_head("GET", "/e2b/k", head);
	cr_assert_eq(status_of(a), 200, "%.400s", a);
	cr_assert(strstr(a, S.user + 3) == NULL, "the key reached the sandbox: %s", a);
	free(a);
	/* nothing on the port: E2B's 502 */
	snprintf(head, sizeof(head),
		 "Host: 127.0.0.1\r\nE2b-Sandbox-Id: %s\r\nE2b-Sandbox-Port: 9000\r\n"
		 "e2b-traffic-access-token: %s\r\n",
		 id, token);
	a = raw_head("GET", "/e2b/", head);
	cr_assert_eq(status_of(a), 502, "%.400s", a);
	cr_assert(strstr(a, "nothing listens on port 9000"), "%.400s", a);
	free(a);
	/* one spelling per port: 049983 is neither envd nor a server on
	 * 49983, 08000 not the echo server; what is not a port is 400 */
	const char *bad[] = {"", "0", "65536", "8000a", "+80", "0x50", "123456", "049983", "08000"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(head, sizeof(head),
			 "Host: 127.0.0.1\r\nE2b-Sandbox-Id: %s\r\nE2b-Sandbox-Port: %s\r\n"
			 "e2b-traffic-access-token: %s\r\n",
			 id, bad[i], token);
		a = raw_head("GET", "/e2b/", head);
		cr_assert_eq(status_of(a), 400, "port '%s': %.400s", bad[i], a);
		cr_assert(strstr(a, "port number"), "%.400s", a);
		free(a);
	}
}

Test(sandbox_ports, e2b_traffic_by_host_name)
{
	char id[64], token[128], pub[64], head[512];

	srv_start(&S, "e2b_domain: sandbox.test\n", NULL);
	json_t *j = e2b_echo(NULL, id, token);
	/* what the SDK's getHost builds PORT-ID.DOMAIN from */
	cr_assert_str_eq(json_string_value(json_object_get(j, "domain")), "sandbox.test");
	json_decref(j);
	snprintf(head, sizeof(head), "Host: 8000-%s.sandbox.test:%d\r\ne2b-traffic-access-token: %s\r\n",
		 id, S.port, token);
	char *a = raw_head("PUT", "/any/path?q=1", head);
	cr_assert_eq(status_of(a), 200, "%.400s", a);
	j = body_json(a);
	cr_assert_str_eq(json_string_value(json_object_get(j, "path")), "/any/path?q=1");
	cr_assert_str_eq(json_string_value(json_object_get(j, "method")), "PUT");
	json_decref(j);
	free(a);
	/* without the token: 401 */
	snprintf(head, sizeof(head), "Host: 8000-%s.SANDBOX.test\r\n", id);
	a = raw_head("GET", "/", head);
	cr_assert_eq(status_of(a), 401, "%.400s", a);
	free(a);
	/* envd is not reached by its host name */
	snprintf(head, sizeof(head), "Host: 49983-%s.sandbox.test\r\ne2b-traffic-access-token: %s\r\n",
		 id, token);
	a = raw_head("GET", "/health", head);
	cr_assert_eq(status_of(a), 404, "%.400s", a);
	free(a);
	/* another domain is the API as before */
	snprintf(head, sizeof(head), "Host: 8000-%s.other.test\r\n", id);
	a = raw_head("GET", "/healthz", head);
	cr_assert_eq(status_of(a), 200, "%.400s", a);
	free(a);

	/* allowPublicTraffic: true, and only then, needs no token */
	json_decref(e2b_echo("{\"allowPublicTraffic\": true}", pub, token));
	snprintf(head, sizeof(head), "Host: 8000-%s.sandbox.test\r\n", pub);
	a = raw_head("GET", "/open", head);
	cr_assert_eq(status_of(a), 200, "%.400s", a);
	free(a);
	/* and it opens no door to envd */
	snprintf(head, sizeof(head), "Host: 127.0.0.1\r\nE2b-Sandbox-Id: %s\r\n", pub);
	a = raw_head("GET", "/e2b/health", head);
	cr_assert_eq(status_of(a), 401, "envd without a token: %.400s", a);
	free(a);
}

/* ---- WebSocket ---- */

/* An echo server of small text frames on port 8100, the handshake by
 * hand (no module needed); a close frame is answered and ends it. */
static const char ws_py[] =
    "import socket, hashlib, base64, threading\n"
    "G = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11'\n"
    "def serve(c):\n"
    "    data = b''\n"
    "    while b'\\r\\n\\r\\n' not in data:\n"
    "        d = c.recv(4096)\n"
    "        if not d: return\n"
    "        data += d\n"
    "    head, buf = data.split(b'\\r\\n\\r\\n', 1)\n"
    "    lines = head.decode().split('\\r\\n')\n"
    "    key = [l.split(':', 1)[1].strip() for l in lines if l.lower().startswith('sec-websocket-key:')][0]\n"
    "    acc = base64.b64encode(hashlib.sha1((key + G).encode()).digest()).decode()\n"
    "    c.sendall(('HTTP/1.1 101 Switching Protocols\\r\\nUpgrade: websocket\\r\\n'\n"
    "               'Connection: Upgrade\\r\\nSec-WebSocket-Accept: %s\\r\\n'\n"
    "               'Sec-WebSocket-Protocol: echo\\r\\n\\r\\n' % acc).encode())\n"
    "    while True:\n"
    "        while len(buf) >= 6 and len(buf) >= 6 + (buf[1] & 0x7f):\n"
    "            op, n, mask = buf[0] & 0x0f, buf[1] & 0x7f, buf[2:6]\n"
    "            body = bytes(b ^ mask[i % 4] for i, b in enumerate(buf[6:6 + n]))\n"
    "            buf = buf[6 + n:]\n"
    "            if op == 8:\n"
    "                c.sendall(b'\\x88\\x00'); c.close(); return\n"
    "            out = b'echo:' + body\n"
    "            c.sendall(bytes([0x81, len(out)]) + out)\n"
    "        d = c.recv(4096)\n"
    "        if not d: return\n"
    "        buf += d\n"
    "s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
    "s.bind(('127.0.0.1', 8100)); s.listen(8)\n"
    "open('ws-ready', 'w').close()\n"
    "while True:\n"
    "    c, _ = s.accept()\n"
    "    threading.Thread(target=serve, args=(c,), daemon=True).start()\n";

static size_t read_n(int fd, char *buf, size_t want)
{
	size_t got = 0;
	while (got < want) {
		ssize_t n = read(fd, buf + got, want - got);
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	return got;
}

Test(sandbox_ports, a_websocket_is_relayed_both_ways)
{
	char id[64], req[1024], head[2048] = "";
	struct bin_reply b;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, "{\"net\": \"loopback\"}", id));
	sb_files(&S, S.user, "PUT", id, NULL, "path", "ws.py", ws_py, strlen(ws_py), 30, &b);
	cr_assert_eq(b.status, 201, "%ld %s", b.status, b.body);
	bin_reply_free(&b);
	json_t *r = sb_exec(&S, S.user, id,
			    "python3 ws.py >/dev/null 2>&1 & "
			    "for i in $(seq 200); do [ -e ws-ready ] && exit 0; sleep 0.05; done; exit 1",
			    NULL);
	cr_assert_eq(json_integer_value(json_object_get(r, "exit_code")), 0, "%s", json_dumps(r, 0));
	json_decref(r);

	int fd = raw_connect(S.port, 30);
	snprintf(req, sizeof(req),
		 "GET /v1/sandboxes/%s/ports/8100/chat HTTP/1.1\r\nHost: 127.0.0.1\r\n"
		 "Authorization: Bearer %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
		 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
		 "Sec-WebSocket-Protocol: echo\r\n\r\n",
		 id, S.user);
	cr_assert_eq(write(fd, req, strlen(req)), (ssize_t)strlen(req));
	size_t got = 0;
	while (got < sizeof(head) - 1 && strstr(head, "\r\n\r\n") == NULL) {
		ssize_t n = read(fd, head + got, 1); /* the head only: frames follow */
		if (n <= 0)
			break;
		got += (size_t)n;
		head[got] = 0;
	}
	cr_assert(strncmp(head, "HTTP/1.1 101 ", 13) == 0, "[%s]", head);
	/* RFC 6455's example key, and the server's own answer to it */
	cr_assert(strstr(head, "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"), "%s", head);
	cr_assert(strstr(head, "Sec-WebSocket-Protocol: echo\r\n"), "%s", head);

	for (int i = 0; i < 3; i++) { /* a frame and its echo, a few times */
		unsigned char f[8] = {0x81, 0x82, 1, 2, 3, 4, 'h' ^ 1, 'i' ^ 2};
		cr_assert_eq(write(fd, f, sizeof(f)), (ssize_t)sizeof(f));
		char echo[9];
		cr_assert_eq(read_n(fd, echo, 9), 9);
		cr_assert_eq((unsigned char)echo[0], 0x81);
		cr_assert_eq(echo[1], 7);
		cr_assert(memcmp(echo + 2, "echo:hi", 7) == 0, "%.7s", echo + 2);
	}
	unsigned char close_frame[6] = {0x88, 0x80, 9, 9, 9, 9};
	cr_assert_eq(write(fd, close_frame, sizeof(close_frame)), (ssize_t)sizeof(close_frame));
	char end[4];
	cr_assert_eq(read_n(fd, end, 2), 2);
	cr_assert_eq((unsigned char)end[0], 0x88);
	cr_assert_eq(read_n(fd, end, 1), 0, "the server's close ends the connection");
	close(fd);

	/* an upgrade to anything else, or without Connection: Upgrade, is 501 */
	char path[200];
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/ports/8100/", id);
	char *a = raw("GET", path, S.user, "Upgrade: h2c\r\nConnection: Upgrade\r\n", NULL);
	cr_assert_eq(status_of(a), 501, "%.300s", a);
	free(a);
}
