/*
 * --net egress end to end: programs reach an allowed host through airlock's
 * proxy with the clients people use, and the result lists every request.
 * Each test runs in a network namespace of its own with local servers
 * (tests/lib/egress.h); nothing leaves it.
 */
#include <criterion/criterion.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "lib/egress.h"
#include "lib/harness.h"

static const char *const allow_api[] = {"--allow-host", "api.test", NULL};

static void expect_allowed(struct egress_case *c, size_t i, const char *host, int port)
{
	json_t *q = egress_request(c, i);
	cr_assert_not_null(q, "no request %zu", i);
	cr_expect_str_eq(jstr(q, "host"), host);
	cr_expect_eq(jint(q, "port"), port);
	cr_expect(jbool(q, "allowed"), "request %zu was refused", i);
	cr_expect_gt(jint(q, "bytes_sent"), 0);
	cr_expect_gt(jint(q, "bytes_received"), 0);
}

Test(egress, curl_reaches_an_allowed_host_over_http_and_https)
{
	struct egress_case c;
	json_t *r = egress_run(&c, "bash",
			       "curl -sS -m 10 http://api.test/plain\n"
			       "curl -sS -m 10 --cacert /ca/ca.pem https://api.test/tls\n",
			       allow_api);
	cr_expect_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect(strstr(jstr(r, "stdout"), "hello from 203.0.113.10:80 host=api.test path=/plain"),
		  "%s", jstr(r, "stdout"));
	cr_expect(strstr(jstr(r, "stdout"), "hello from 203.0.113.10:443 host=api.test path=/tls"),
		  "%s", jstr(r, "stdout"));
	cr_assert_eq(egress_nrequests(&c), 2);
	expect_allowed(&c, 0, "api.test", 80);
	expect_allowed(&c, 1, "api.test", 443);
	cr_expect_str_eq(jstr(json_object_get(r, "limits"), "net"), "egress");
	egress_case_free(&c);
}

Test(egress, python_urllib_uses_the_proxy)
{
	struct egress_case c;
	json_t *r = egress_run(&c, "python",
			       "import ssl, urllib.request\n"
			       "print(urllib.request.urlopen('http://api.test/u', "
			       "timeout=10).read().decode(), end='')\n"
			       "ctx = ssl.create_default_context(cafile='/ca/ca.pem')\n"
			       "print(urllib.request.urlopen('https://api.test/s', context=ctx, "
			       "timeout=10).read().decode(), end='')\n",
			       allow_api);
	cr_expect_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect(strstr(jstr(r, "stdout"), "path=/u"), "%s", jstr(r, "stdout"));
	cr_expect(strstr(jstr(r, "stdout"), "203.0.113.10:443 host=api.test path=/s"), "%s",
		  jstr(r, "stdout"));
	cr_assert_eq(egress_nrequests(&c), 2);
	expect_allowed(&c, 1, "api.test", 443);
	egress_case_free(&c);
}

Test(egress, python_requests_uses_the_proxy)
{
	struct egress_case c;
	json_t *r = egress_run(&c, "python",
			       "import requests\n"
			       "print(requests.get('https://api.test/r', verify='/ca/ca.pem', "
			       "timeout=10).text, end='')\n"
			       "print(requests.post('http://api.test/p', data=b'x' * 1000, "
			       "timeout=10).text, end='')\n",
			       allow_api);
	cr_expect_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect(strstr(jstr(r, "stdout"), "443 host=api.test path=/r"), "%s", jstr(r, "stdout"));
	cr_expect(strstr(jstr(r, "stdout"), "path=/p body=1000"), "%s", jstr(r, "stdout"));
	cr_assert_eq(egress_nrequests(&c), 2);
	egress_case_free(&c);
}

/* pip, as an agent installing a package runs it: the index's page and the
 * wheel over HTTPS, each through a CONNECT to the checked address. */
Test(egress, pip_downloads_a_package_through_the_proxy)
{
	struct egress_case c;
	json_t *r =
	    egress_run(&c, "bash",
		       "python3 -m pip download -q --no-cache-dir --disable-pip-version-check "
		       "--no-input --index-url https://api.test/simple/ --cert /ca/ca.pem "
		       "-d /tmp/dl airlock-demo\n"
		       "ls /tmp/dl\n",
		       allow_api);
	cr_expect_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect(strstr(jstr(r, "stdout"), "airlock_demo-1.0-py3-none-any.whl"), "%s\n%s",
		  jstr(r, "stdout"), jstr(r, "stderr"));
	cr_expect_eq(egress_hits(&c, "443 GET /simple/airlock-demo/ api.test"), 1, "%s", c.hits);
	cr_expect_eq(egress_hits(&c, "443 GET /files/airlock_demo-1.0-py3-none-any.whl api.test"),
		     1, "%s", c.hits);
	cr_assert_geq(egress_nrequests(&c), 1);
	for (size_t i = 0; i < egress_nrequests(&c); i++)
		expect_allowed(&c, i, "api.test", 443);
	egress_case_free(&c);
}

/* Node's fetch honours HTTP_PROXY only from Node 24 on, with
 * NODE_USE_ENV_PROXY=1 (which airlock sets); before, it resolves the name
 * itself, and the sandbox has no resolver: it reaches nothing. Its http
 * module reaches the proxy when told to. */
Test(egress, node_reaches_the_proxy_and_fetch_follows_the_variables_from_node_24)
{
	struct egress_case c;
	json_t *r =
	    egress_run(&c, "javascript",
		       "const http = require('http');\n"
		       "const major = Number(process.versions.node.split('.')[0]);\n"
		       "http.get({host: '127.0.0.1', port: 3128, path: 'http://api.test/h',\n"
		       "          headers: {Host: 'api.test'}}, res => {\n"
		       "  let b = ''; res.on('data', d => b += d); res.on('end', async () => {\n"
		       "    console.log('http:', b.trim());\n"
		       "    try { const t = await (await fetch('http://api.test/f')).text();\n"
		       "          console.log('fetch:', t.trim(), major >= 24 ? 'expected' : "
		       "'UNEXPECTED'); }\n"
		       "    catch (e) { console.log('fetch failed', major >= 24 ? 'UNEXPECTED' : "
		       "'expected'); }\n"
		       "  });\n"
		       "});\n",
		       allow_api);
	cr_expect_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect(
	    strstr(jstr(r, "stdout"), "http: hello from 203.0.113.10:80 host=api.test path=/h"),
	    "%s", jstr(r, "stdout"));
	cr_expect(strstr(jstr(r, "stdout"), "expected") && !strstr(jstr(r, "stdout"), "UNEXPECTED"),
		  "%s", jstr(r, "stdout"));
	expect_allowed(&c, 0, "api.test", 80);
	egress_case_free(&c);
}

Test(egress, the_proxy_variables_are_set_and_the_result_lists_refusals)
{
	struct egress_case c;
	json_t *r =
	    egress_run(&c, "bash",
		       "echo \"$HTTP_PROXY $HTTPS_PROXY $http_proxy $https_proxy [$NO_PROXY]\"\n"
		       "curl -s -o /dev/null -w '%{http_code}\\n' http://other.test/\n",
		       allow_api);
	cr_expect_str_eq(jstr(r, "stdout"),
			 "http://127.0.0.1:3128 http://127.0.0.1:3128 http://127.0.0.1:3128 "
			 "http://127.0.0.1:3128 []\n403\n");
	cr_assert_eq(egress_nrequests(&c), 1);
	json_t *q = egress_request(&c, 0);
	cr_expect_str_eq(jstr(q, "host"), "other.test");
	cr_expect(!jbool(q, "allowed"));
	cr_expect(strstr(jstr(q, "reason"), "not on the allow-list"), "%s", jstr(q, "reason"));
	cr_expect_eq(egress_hits(&c, "198.51.100.7"), 0, "%s", c.hits);
	egress_case_free(&c);
}

Test(egress, wildcards_and_listed_ports)
{
	struct egress_case c;
	static const char *const args[] = {"--allow-host",
					   "*.api.test",
					   "--allow-host",
					   "api.test:8080",
					   "--resolve",
					   "www.api.test:203.0.113.10",
					   NULL};
	json_t *r =
	    egress_run(&c, "bash",
		       "curl -s -w ' %{http_code}\\n' http://www.api.test/w\n"
		       "curl -s -w ' %{http_code}\\n' http://api.test:8080/p\n"
		       "curl -s -o /dev/null -w '%{http_code}\\n' http://www.api.test:8080/\n",
		       args);
	const char *out = jstr(r, "stdout");
	cr_expect(strstr(out, "host=www.api.test path=/w"), "%s", out);
	cr_expect(strstr(out, "203.0.113.10:8080 host=api.test:8080 path=/p"), "%s", out);
	cr_expect(strstr(out, "\n403\n"), "a listed port is for its host only: %s", out);
	cr_expect_eq(egress_hits(&c, "GET / www.api.test:8080"), 0, "%s", c.hits);
	egress_case_free(&c);
}

Test(egress, private_destinations_need_allow_private)
{
	struct egress_case c;
	static const char *const args[] = {"--allow-host",	     "intranet.test",	"--resolve",
					   "intranet.test:10.1.2.3", "--allow-private", NULL};
	json_t *r = egress_run(&c, "bash", "curl -sS http://intranet.test/i\n", args);
	cr_expect(strstr(jstr(r, "stdout"), "hello from 10.1.2.3:80 host=intranet.test"), "%s",
		  jstr(r, "stdout"));
	egress_case_free(&c);
	static const char *const without[] = {"--allow-host", "intranet.test", "--resolve",
					      "intranet.test:10.1.2.3", NULL};
	r = egress_run(&c, "bash", "curl -sS http://intranet.test/i\n", without);
	cr_expect(strstr(jstr(r, "stdout"), "10.1.2.3, a private address"), "%s",
		  jstr(r, "stdout"));
	cr_expect_eq(egress_hits(&c, "10.1.2.3"), 0, "%s", c.hits);
	egress_case_free(&c);
}

/* exit 125, as every other misuse of `airlock run` (CONTRACT.md) */
Test(egress, bad_flags_exit_125_with_one_line)
{
	static const struct {
		const char *a, *b, *msg;
	} bad[] = {
	    {"--allow-host", "user@api.test", "user@host"},
	    {"--allow-host", "api.test:0", "bad port"},
	    {"--resolve", "api.test", "not HOST:ADDR"},
	    {"--resolve", "api.test:999.1.1.1", "not an IP address"},
	    {"--net", "bridge", "none, loopback or egress"},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		const char *argv[] = {airlock_bin(), "run", bad[i].a, bad[i].b, "-l",
				      "bash",	     "-c",  "true",   NULL};
		struct proc_out o;
		run_cmd(argv, NULL, 30, &o);
		cr_expect_eq(o.status, 125, "%s %s: exit %d", bad[i].a, bad[i].b, o.status);
		cr_expect(strstr(o.err, bad[i].msg), "%s", o.err);
		cr_expect_eq(strchr(o.err, '\n'), o.err + o.err_len - 1, "one line: %s", o.err);
		proc_out_free(&o);
	}
	const char *argv[] = {airlock_bin(),  "run",	  "--net", "loopback",
			      "--allow-host", "api.test", "-l",	   "bash",
			      "-c",	      "true",	  NULL};
	struct proc_out o;
	run_cmd(argv, NULL, 30, &o);
	cr_expect_eq(o.status, 125);
	cr_expect(strstr(o.err, "--allow-host needs --net egress"), "%s", o.err);
	proc_out_free(&o);
}

/* The proxy keeps an ended connection's buffers and pipe for the next one
 * (net/proxy.c): a download cut short, with bytes still in the pipe, and
 * a run of requests one after another, some at once: each answer is its
 * own request's, whole, and nothing of another's. */
Test(egress, a_connection_cut_short_leaves_nothing_for_the_next)
{
	struct egress_case c;
	json_t *r = egress_run(
	    &c, "python",
	    "import socket\n"
	    "def ask(path, keep=None):\n"
	    "    s = socket.create_connection(('127.0.0.1', 3128))\n"
	    "    s.sendall(b'GET http://api.test' + path.encode() + b' HTTP/1.1\\r\\n'\n"
	    "              b'Host: api.test\\r\\n\\r\\n')\n"
	    "    if keep is not None:\n"
	    "        got = s.recv(keep)\n"
	    "        s.close()\n"
	    "        return got\n"
	    "    out = b''\n"
	    "    while True:\n"
	    "        b = s.recv(65536)\n"
	    "        if not b:\n"
	    "            return out\n"
	    "        out += b\n"
	    "bad = 0\n"
	    "for i in range(12):\n"
	    "    if i % 3 == 0:\n"
	    "        ask('/big/8000000', keep=1000)  # cut short\n"
	    "    if i % 4 == 1:  # two at once\n"
	    "        a = socket.create_connection(('127.0.0.1', 3128))\n"
	    "        a.sendall(b'GET http://api.test/x HTTP/1.1\\r\\nHost: api.test\\r\\n\\r\\n')\n"
	    "    body = ask('/n%d' % i)\n"
	    "    head, _, text = body.partition(b'\\r\\n\\r\\n')\n"
	    "    want = b'path=/n%d ' % i\n"
	    "    if not head.startswith(b'HTTP/1.') or b' 200 ' not in head.split(b'\\r\\n')[0] "
	    "\\\n"
	    "            or not text.startswith(b'hello from') or want not in text \\\n"
	    "            or b'\\0' in body:\n"
	    "        bad += 1\n"
	    "        print('request', i, 'got', body[:120])\n"
	    "    if i % 4 == 1:\n"
	    "        a.close()\n"
	    "print('bad', bad)\n",
	    allow_api);
	cr_expect_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect_str_eq(jstr(r, "stdout"), "bad 0\n", "%s", jstr(r, "stdout"));
	cr_expect_geq(egress_nrequests(&c), 12 + 4 + 3);
	egress_case_free(&c);
}

/* A client that reads slower than its destination sends: the proxy's
 * pipe fills (by its slots, long before its bytes), and the proxy waits
 * for the client instead of waking, round after round, on a destination
 * that is still readable. Before, it spun a core for as long as the
 * download lasted. What this run's processes spent (the proxy's thread,
 * the sandbox, the test's servers) against how long it took. On a machine
 * N times slower (AIRLOCK_TEST_SLOW) every byte costs N times the CPU:
 * the download is N times smaller and the reader waits N times longer
 * between reads, which keeps the ratio of a proxy that waits where it was,
 * while one that spins still takes a whole core. */
Test(egress, a_slow_reader_does_not_make_the_proxy_spin)
{
	struct egress_case c;
	struct rusage before, after;
	struct timespec t0, t1;
	double slow = test_slowness();
	long bytes = (long)(40000000 / slow);
	char code[1024];

	snprintf(code, sizeof(code),
		 "import socket, time\n"
		 "s = socket.create_connection(('127.0.0.1', 3128))\n"
		 "s.sendall(b'GET http://api.test/big/%ld HTTP/1.1\\r\\n'\n"
		 "          b'Host: api.test\\r\\n\\r\\n')\n"
		 "n = 0\n"
		 "while True:\n"
		 "    b = s.recv(262144)\n"
		 "    if not b:\n"
		 "        break\n"
		 "    n += len(b)\n"
		 "    time.sleep(%.3f)\n"
		 "print(n > %ld)\n",
		 bytes, 0.025 * slow, bytes);
	getrusage(RUSAGE_CHILDREN, &before);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	json_t *r = egress_run(&c, "python", code, allow_api);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	getrusage(RUSAGE_CHILDREN, &after);
	double wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	double cpu = (double)(after.ru_utime.tv_sec - before.ru_utime.tv_sec) +
		     (double)(after.ru_stime.tv_sec - before.ru_stime.tv_sec) +
		     (double)(after.ru_utime.tv_usec - before.ru_utime.tv_usec) / 1e6 +
		     (double)(after.ru_stime.tv_usec - before.ru_stime.tv_usec) / 1e6;
	cr_expect_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect_str_eq(jstr(r, "stdout"), "True\n", "%s", jstr(r, "stderr"));
	cr_expect_lt(cpu / wall, 0.7, "%.2f s of CPU in %.2f s", cpu, wall);
	egress_case_free(&c);
}
