/*
 * --net egress against a program that wants out: every way around the
 * allow-list the issue names. Each test runs in a network namespace of its
 * own with local servers (tests/lib/egress.h), and checks both what the
 * program saw and that the servers it must not reach saw nothing.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "lib/egress.h"
#include "lib/harness.h"

/* Python in the sandbox: ask(head) sends raw bytes to the proxy and returns
 * its whole answer; status(head) its status line. */
#define RAW_CLIENT                                                                                 \
	"import socket\n"                                                                          \
	"def ask(head, then=None):\n"                                                              \
	"    s = socket.create_connection(('127.0.0.1', 3128), timeout=10)\n"                      \
	"    s.sendall(head)\n"                                                                    \
	"    data = b''\n"                                                                         \
	"    while True:\n"                                                                        \
	"        d = s.recv(65536)\n"                                                              \
	"        if not d: break\n"                                                                \
	"        data += d\n"                                                                      \
	"        if then and b'\\r\\n\\r\\n' in data:\n"                                           \
	"            s.sendall(then); then = None\n"                                               \
	"    s.close()\n"                                                                          \
	"    return data\n"                                                                        \
	"def status(head):\n"                                                                      \
	"    s = socket.create_connection(('127.0.0.1', 3128), timeout=10)\n"                      \
	"    s.sendall(head)\n"                                                                    \
	"    data = b''\n"                                                                         \
	"    while b'\\r\\n' not in data:\n"                                                       \
	"        d = s.recv(65536)\n"                                                              \
	"        if not d: break\n"                                                                \
	"        data += d\n"                                                                      \
	"    s.close()\n"                                                                          \
	"    return data.split(b'\\r\\n', 1)[0].decode()\n"

static void expect_no_request_reached(const struct egress_case *c)
{
	cr_expect_str_eq(c->hits, "", "a server was reached:\n%s", c->hits);
}

static void expect_all_refused(const struct egress_case *c)
{
	for (size_t i = 0; i < egress_nrequests(c); i++)
		cr_expect(!jbool(egress_request(c, i), "allowed"), "request %zu was allowed", i);
}

/* sandbox-runtime CVE-2025-66479: an empty allow-list meant "allow
 * everything". Here it is nothing, by every client. */
Test(egress_adv, an_empty_allow_list_allows_nothing)
{
	struct egress_case c;
	static const char *const args[] = {"--net", "egress", NULL};
	json_t *r = egress_run(
	    &c, "bash",
	    "curl -s -o /dev/null -w '%{http_code}\\n' http://api.test/\n"
	    "curl -s -o /dev/null -w '%{http_code}\\n' --cacert /ca/ca.pem https://api.test/\n"
	    "curl -s -o /dev/null -w '%{http_code}\\n' http://203.0.113.10/\n",
	    args);
	cr_expect_str_eq(jstr(r, "stdout"), "403\n000\n403\n", "%s", jstr(r, "stdout"));
	cr_expect_eq(egress_nrequests(&c), 3);
	expect_all_refused(&c);
	expect_no_request_reached(&c);
	egress_case_free(&c);
}

Test(egress_adv, name_tricks_are_refused)
{
	struct egress_case c;
	static const char *const args[] = {"--allow-host", "api.test", NULL};
	json_t *r = egress_run(
	    &c, "python",
	    RAW_CLIENT
	    "for h in [b'CONNECT other.test:443', b'CONNECT api.test\\x00.other.test:443',\n"
	    "          b'CONNECT api.test.other.test:443', b'CONNECT api.test@other.test:443',\n"
	    "          b'CONNECT api.test%00.other.test:443', b'CONNECT "
	    "api.test%2eother.test:443',\n"
	    "          'CONNECT \\u0430pi.test:443'.encode(), b'CONNECT api.test..:443',\n"
	    "          b'CONNECT other.test:443\\r\\nHost: api.test',\n"
	    "          b'GET http://other.test/ HTTP/1.1\\r\\nHost: api.test',\n"
	    "          b'GET http://api.test@other.test/ HTTP/1.1\\r\\nHost: other.test',\n"
	    "          b'GET http://api.test\\\\@other.test/ HTTP/1.1\\r\\nHost: other.test',\n"
	    "          b'GET http://other.test\\tapi.test/ HTTP/1.1\\r\\nHost: api.test']:\n"
	    "    if b' HTTP/1.1' not in h: h = h.replace(b':443', b':443 HTTP/1.1', 1)\n"
	    "    print(status(h + b'\\r\\n\\r\\n')[9:12], end=' ')\n"
	    "print(status(b'CONNECT API.Test.:443 HTTP/1.1\\r\\n\\r\\n'))\n",
	    args);
	cr_expect_str_eq(jstr(r, "stdout"),
			 "403 400 403 403 403 403 403 403 403 403 403 403 403 HTTP/1.1 200 "
			 "Connection established\n",
			 "%s\n%s", jstr(r, "stdout"), jstr(r, "stderr"));
	cr_expect_eq(egress_hits(&c, "198.51.100.7"), 0, "%s", c.hits);
	egress_case_free(&c);
}

Test(egress_adv, ip_literals_are_refused_unless_allowed_as_addresses)
{
	struct egress_case c;
	static const char *const names[] = {"--allow-host", "api.test", NULL};
	static const char *const code = RAW_CLIENT
	    "for t in ['203.0.113.10', '3405803786', '0xcb.0.0x71.10', '0313.0.0161.012',\n"
	    "          '[::ffff:203.0.113.10]', '203.0.113.10.']:\n"
	    "    print(status(f'CONNECT {t}:443 HTTP/1.1\\r\\n\\r\\n'.encode())[9:12], end=' ')\n"
	    "print()\n";
	json_t *r = egress_run(&c, "python", code, names);
	cr_expect_str_eq(jstr(r, "stdout"), "403 403 403 403 403 403 \n", "%s", jstr(r, "stderr"));
	expect_all_refused(&c);
	for (size_t i = 0; i < egress_nrequests(&c); i++)
		cr_expect_str_eq(jstr(egress_request(&c, i), "host"), "203.0.113.10",
				 "every spelling is the address");
	expect_no_request_reached(&c);
	egress_case_free(&c);

	static const char *const ip[] = {"--allow-host", "203.0.113.10", NULL};
	r = egress_run(&c, "python", code, ip);
	cr_expect_str_eq(jstr(r, "stdout"), "200 200 200 200 200 200 \n", "%s", jstr(r, "stderr"));
	egress_case_free(&c);
}

Test(egress_adv, the_host_header_must_name_the_target)
{
	struct egress_case c;
	static const char *const args[] = {"--allow-host", "api.test", NULL};
	json_t *r = egress_run(
	    &c, "python",
	    RAW_CLIENT "for h in [b'Host: other.test', b'Host: api.test\\r\\nHost: other.test',\n"
		       "          b'Host: api.test:8080', b'Host: 203.0.113.10', b'Host: "
		       "other.test\\r\\n x',\n"
		       "          b'Host: api.test\\r\\nTransfer-Encoding: chunked']:\n"
		       "    print(status(b'GET http://api.test/ HTTP/1.1\\r\\n' + h + "
		       "b'\\r\\n\\r\\n')[9:12], end=' ')\n"
		       "print(status(b'GET http://api.test/ok HTTP/1.1\\r\\nHost: "
		       "API.test\\r\\n\\r\\n')[9:12])\n",
	    args);
	cr_expect_str_eq(jstr(r, "stdout"), "403 400 403 403 403 403 200\n", "%s",
			 jstr(r, "stderr"));
	cr_expect_eq(egress_hits(&c, "GET"), 1, "only the agreeing request: %s", c.hits);
	cr_expect_eq(egress_hits(&c, "GET /ok API.test"), 1, "%s", c.hits);
	egress_case_free(&c);
}

Test(egress_adv, a_tunnel_or_a_plain_request_reaches_its_checked_address_only)
{
	struct egress_case c;
	static const char *const args[] = {"--allow-host", "api.test", NULL};
	json_t *r = egress_run(
	    &c, "python",
	    RAW_CLIENT
	    "again = b'GET http://other.test/x HTTP/1.1\\r\\nHost: other.test\\r\\n\\r\\n'\n"
	    "a = ask(b'CONNECT api.test:80 HTTP/1.1\\r\\n\\r\\n', then=again + \n"
	    "        b'GET /y HTTP/1.1\\r\\nHost: 10.1.2.3\\r\\nConnection: close\\r\\n\\r\\n')\n"
	    "print(a.count(b'hello from 203.0.113.10:80'))\n"
	    "b = ask(b'GET http://api.test/a HTTP/1.1\\r\\nHost: api.test\\r\\nContent-Length: "
	    "3\\r\\n\\r\\n'\n"
	    "        b'abcGET http://other.test/b HTTP/1.1\\r\\nHost: other.test\\r\\n\\r\\n')\n"
	    "print(b.count(b'hello from'), b'body=3' in b)\n",
	    args);
	cr_expect_str_eq(jstr(r, "stdout"), "2\n1 True\n", "%s", jstr(r, "stderr"));
	cr_expect_eq(egress_hits(&c, "198.51.100.7"), 0, "%s", c.hits);
	cr_expect_eq(egress_hits(&c, "10.1.2.3 80"), 0, "%s", c.hits);
	cr_expect_eq(egress_hits(&c, "203.0.113.10 80 GET http://other.test/x other.test"), 1, "%s",
		     c.hits);
	cr_expect_eq(egress_hits(&c, "203.0.113.10 80 GET /y 10.1.2.3"), 1, "%s", c.hits);
	cr_expect_eq(egress_hits(&c, " /b "), 0, "a second request is not relayed: %s", c.hits);
	egress_case_free(&c);
}

Test(egress_adv, a_program_that_ignores_the_proxy_reaches_nothing)
{
	struct egress_case c;
	static const char *const args[] = {"--allow-host", "api.test", NULL};
	json_t *r = egress_run(
	    &c, "python",
	    "import socket\n"
	    "for a in [('203.0.113.10', 80), ('10.1.2.3', 80), ('127.0.0.1', 80), "
	    "('169.254.169.254', 80),\n"
	    "          ('::1', 80), ('fd00:ec2::254', 80), ('10.254.0.1', 80)]:\n"
	    "    try:\n"
	    "        socket.create_connection(a, timeout=3); print('REACHED', a)\n"
	    "    except OSError as e: print(e.errno, end=' ')\n"
	    "for fam, typ, proto in [(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP),\n"
	    "                        (socket.AF_PACKET, socket.SOCK_RAW, 0)]:\n"
	    "    try:\n"
	    "        socket.socket(fam, typ, proto); print('RAW SOCKET')\n"
	    "    except OSError as e: print('raw', e.errno, end=' ')\n"
	    "print()\n",
	    args);
	cr_expect(!strstr(jstr(r, "stdout"), "REACHED") && !strstr(jstr(r, "stdout"), "RAW SOCKET"),
		  "%s", jstr(r, "stdout"));
	cr_expect(strstr(jstr(r, "stdout"), "raw"), "%s %s", jstr(r, "stdout"), jstr(r, "stderr"));
	cr_expect_eq(egress_nrequests(&c), 0);
	expect_no_request_reached(&c);
	egress_case_free(&c);
}

Test(egress_adv, udp_and_dns_go_nowhere)
{
	struct egress_case c;
	static const char *const args[] = {"--allow-host", "api.test", NULL};
	json_t *r =
	    egress_run(&c, "python",
		       "import socket\n"
		       "for a in [('10.1.2.3', 53), ('203.0.113.10', 53), ('127.0.0.53', 53)]:\n"
		       "    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
		       "    try:\n"
		       "        "
		       "s.sendto(b'"
		       "\\x12\\x34\\x01\\x00\\x00\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x03api\\x04te"
		       "st\\x00\\x00\\x01\\x00\\x01', a)\n"
		       "        s.settimeout(1); s.recvfrom(512); print('ANSWER', a)\n"
		       "    except OSError as e: print('udp', e.errno, end=' ')\n"
		       "try:\n"
		       "    socket.getaddrinfo('api.test', 80); print('RESOLVED')\n"
		       "except OSError: print('no resolver')\n",
		       args);
	cr_expect(!strstr(jstr(r, "stdout"), "ANSWER") && !strstr(jstr(r, "stdout"), "RESOLVED"),
		  "%s", jstr(r, "stdout"));
	cr_expect(strstr(jstr(r, "stdout"), "no resolver"), "%s %s", jstr(r, "stdout"),
		  jstr(r, "stderr"));
	cr_expect_eq(egress_hits(&c, "UDP"), 0, "%s", c.hits);
	egress_case_free(&c);
}

Test(egress_adv, metadata_addresses_are_refused_even_with_allow_private)
{
	struct egress_case c;
	static const char *const args[] = {"--allow-host",    "169.254.169.254",
					   "--allow-host",    "metadata.test",
					   "--resolve",	      "metadata.test:169.254.169.254",
					   "--allow-host",    "[fd00:ec2::254]",
					   "--allow-host",    "md6.test",
					   "--resolve",	      "md6.test:fd00:ec2::254",
					   "--allow-private", NULL};
	json_t *r =
	    egress_run(&c, "bash",
		       "for u in http://169.254.169.254/latest/meta-data/ http://metadata.test/ "
		       "'http://[fd00:ec2::254]/' http://md6.test/ http://2852039166/; do\n"
		       "  curl -s -g -o /dev/null -w '%{http_code} ' \"$u\"\n"
		       "done\n",
		       args);
	cr_expect_str_eq(jstr(r, "stdout"), "403 403 403 403 403 ", "%s", jstr(r, "stderr"));
	cr_expect_eq(egress_nrequests(&c), 5);
	expect_all_refused(&c);
	for (size_t i = 0; i < egress_nrequests(&c); i++)
		cr_expect(strstr(jstr(egress_request(&c, i), "reason"), "metadata"), "%s",
			  jstr(egress_request(&c, i), "reason"));
	expect_no_request_reached(&c);
	egress_case_free(&c);
}

Test(egress_adv, loopback_and_private_addresses_are_refused)
{
	struct egress_case c;
	static const char *const args[] = {"--allow-host",
					   "127.0.0.1",
					   "--allow-host",
					   "[::1]",
					   "--allow-host",
					   "localhost",
					   "--allow-host",
					   "db.localhost",
					   "--allow-host",
					   "lo.test",
					   "--resolve",
					   "lo.test:127.0.0.1",
					   "--allow-host",
					   "lo6.test",
					   "--resolve",
					   "lo6.test:::1",
					   "--allow-host",
					   "mapped.test",
					   "--resolve",
					   "mapped.test:::ffff:127.0.0.1",
					   "--allow-host",
					   "lan.test",
					   "--resolve",
					   "lan.test:192.168.5.5",
					   "--allow-host",
					   "127.0.0.1:8080",
					   NULL};
	json_t *r = egress_run(
	    &c, "bash",
	    "for u in http://127.0.0.1/ 'http://[::1]/' http://localhost/ http://db.localhost/ "
	    "http://lo.test/ "
	    "http://lo6.test/ http://mapped.test/ http://lan.test/ http://127.1/ "
	    "http://127.0.0.1:8080/; do\n"
	    "  curl -s -g -o /dev/null -w '%{http_code} ' \"$u\"\n"
	    "done\n",
	    args);
	/* localhost names are the loopback whatever the host's resolver says (RFC 6761) */
	cr_expect_str_eq(jstr(r, "stdout"), "403 403 403 403 403 403 403 403 403 403 ", "%s",
			 jstr(r, "stderr"));
	expect_all_refused(&c);
	expect_no_request_reached(&c);
	egress_case_free(&c);
}

Test(egress_adv, a_name_that_resolves_to_an_allowed_and_a_private_address_is_refused_whole)
{
	struct egress_case c;
	/* api.test resolves to 203.0.113.10 (egress_run's --resolve) and, with
	 * this one, to 192.168.5.5 too */
	static const char *const args[] = {"--allow-host", "api.test", "--resolve",
					   "api.test:192.168.5.5", NULL};
	json_t *r = egress_run(
	    &c, "bash",
	    "for i in 1 2 3; do curl -s -o /dev/null -w '%{http_code} ' http://api.test/; done\n"
	    "curl -s -o /dev/null -w '%{http_code}' --cacert /ca/ca.pem https://api.test/\n",
	    args);
	cr_expect_str_eq(jstr(r, "stdout"), "403 403 403 000", "%s", jstr(r, "stderr"));
	json_t *q = egress_request(&c, 0);
	cr_assert_not_null(q);
	cr_expect(strstr(jstr(q, "reason"), "192.168.5.5, a private address"), "%s",
		  jstr(q, "reason"));
	expect_all_refused(&c);
	expect_no_request_reached(&c);
	egress_case_free(&c);
}
