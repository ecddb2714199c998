/* The proxy's request parser (src/net/http.c). */
#include <criterion/criterion.h>
#include <string.h>

#include "net/http.h"

#define S(x) x, sizeof(x) - 1

static int parse(const char *req, size_t len, struct proxy_head *h, int *status, const char **why)
{
	*why = NULL;
	return proxy_parse_head(req, len, h, status, why);
}

Test(net_http, connect_names_host_and_port)
{
	struct proxy_head h;
	int st;
	const char *why;
	cr_assert_gt(
	    parse(S("CONNECT API.test:443 HTTP/1.1\r\nHost: api.test:443\r\n\r\n"), &h, &st, &why),
	    0, "%s", why);
	cr_assert_eq(h.kind, PROXY_CONNECT);
	cr_assert_str_eq(h.host.name, "api.test");
	cr_assert_eq(h.port, 443);
	cr_assert_eq(parse(S("CONNECT api.test HTTP/1.1\r\n\r\n"), &h, &st, &why), -1);
	cr_assert_eq(parse(S("CONNECT user@api.test:443 HTTP/1.1\r\n\r\n"), &h, &st, &why), -1);
	cr_assert_eq(st, 403);
	cr_assert_eq(parse(S("CONNECT [::1]:443 HTTP/1.1\r\n\r\n"), &h, &st, &why),
		     (int)sizeof("CONNECT [::1]:443 HTTP/1.1\r\n\r\n") - 1);
	cr_assert(h.host.is_ip);
}

Test(net_http, incomplete_heads_wait_and_huge_ones_are_refused)
{
	struct proxy_head h;
	int st;
	const char *why;
	static char big[PROXY_HEAD_MAX + 10];
	cr_assert_eq(parse(S("GET http://a.test/ HTTP/1.1\r\nHost: a.te"), &h, &st, &why), 0);
	memset(big, 'a', sizeof(big));
	cr_assert_eq(parse(big, sizeof(big), &h, &st, &why), -1);
	cr_assert(strstr(why, "too large"));
}

Test(net_http, forward_requests_are_rewritten_to_origin_form)
{
	struct proxy_head h;
	int st;
	const char *why;
	struct buf out = {0};
	static const char req[] = "GET http://Api.Test:8080/x?y=1 HTTP/1.1\r\n"
				  "Host: api.test:8080\r\n"
				  "Proxy-Connection: keep-alive\r\n"
				  "Proxy-Authorization: Basic eA==\r\n"
				  "Connection: keep-alive\r\n"
				  "Accept: */*\r\n\r\nBODY";
	cr_assert_eq(parse(S(req), &h, &st, &why), (int)sizeof(req) - 1 - 4, "%s", why);
	cr_assert_eq(h.kind, PROXY_FORWARD);
	cr_assert_eq(h.port, 8080);
	proxy_rewrite_head(req, &h, &out);
	buf_append(&out, "", 1);
	cr_assert_str_eq(out.data, "GET /x?y=1 HTTP/1.1\r\nHost: api.test:8080\r\nAccept: */*\r\n"
				   "Connection: close\r\n\r\n");
	buf_free(&out);
}

Test(net_http, a_missing_host_header_is_added_and_an_empty_path_is_slash)
{
	struct proxy_head h;
	int st;
	const char *why;
	struct buf out = {0};
	static const char req[] = "GET http://api.test?q HTTP/1.0\r\n\r\n";
	cr_assert_gt(parse(S(req), &h, &st, &why), 0, "%s", why);
	proxy_rewrite_head(req, &h, &out);
	buf_append(&out, "", 1);
	cr_assert_str_eq(out.data,
			 "GET /?q HTTP/1.1\r\nHost: api.test\r\nConnection: close\r\n\r\n");
	buf_free(&out);
}

Test(net_http, host_header_must_agree_with_the_target)
{
	static const char *const bad[] = {
	    "GET http://api.test/ HTTP/1.1\r\nHost: evil.test\r\n\r\n",
	    "GET http://api.test/ HTTP/1.1\r\nHost: api.test:8080\r\n\r\n",
	    "GET http://api.test:8080/ HTTP/1.1\r\nHost: api.test\r\n\r\n",
	    "GET http://api.test/ HTTP/1.1\r\nHost: api.test\r\nHost: evil.test\r\n\r\n",
	    "GET http://api.test/ HTTP/1.1\r\nHost: user@api.test\r\n\r\n",
	    "GET http://api.test/ HTTP/1.1\r\nHost: 10.1.2.3\r\n\r\n",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct proxy_head h;
		int st;
		const char *why;
		cr_assert_eq(parse(bad[i], strlen(bad[i]), &h, &st, &why), -1, "%s", bad[i]);
		cr_assert_str_eq(h.host.name, "api.test", "the target is logged: %s", bad[i]);
	}
	struct proxy_head h;
	int st;
	const char *why;
	cr_assert_gt(
	    parse(S("GET http://api.test/ HTTP/1.1\r\nHost: API.test.:80\r\n\r\n"), &h, &st, &why),
	    0, "%s", why);
}

Test(net_http, smuggling_shapes_are_refused)
{
	static const char *const bad[] = {
	    "GET http://api.test/ HTTP/1.1\nHost: api.test\r\n\r\n",
	    "GET http://api.test/ HTTP/1.1\r\nHost: api.test\n\r\n\r\n",
	    "GET http://api.test/ HTTP/1.1\r\nHost: api.test\r\n folded\r\n\r\n",
	    "GET http://api.test/ HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
	    "POST http://api.test/ HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
	    "POST http://api.test/ HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
	    "GET http://api.test/ HTTP/1.1\r\nX\r\n\r\n",
	    "GET http://api.test/ HTTP/1.1\r\nBad Name: x\r\n\r\n",
	    "GET http://api.test/ HTTP/2.0\r\n\r\n",
	    "GET /relative HTTP/1.1\r\nHost: api.test\r\n\r\n",
	    "GET https://api.test/ HTTP/1.1\r\n\r\n",
	    "GET http://user:pw@api.test/ HTTP/1.1\r\n\r\n",
	    "GET http://api.test/#frag HTTP/1.1\r\n\r\n",
	    "GET  http://api.test/ HTTP/1.1\r\n\r\n",
	    "G(T http://api.test/ HTTP/1.1\r\n\r\n",
	    "GET http://api.test\x01/ HTTP/1.1\r\n\r\n",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct proxy_head h;
		int st;
		const char *why;
		cr_assert_eq(parse(bad[i], strlen(bad[i]), &h, &st, &why), -1, "%s", bad[i]);
		cr_assert(why && *why, "%s", bad[i]);
		cr_assert(st == 400 || st == 403, "%s", bad[i]);
	}
	/* a NUL in the head */
	struct proxy_head h;
	int st;
	const char *why;
	cr_assert_eq(parse(S("GET http://api.test/ HTTP/1.1\r\nX: a\0b\r\n\r\n"), &h, &st, &why),
		     -1);
}

Test(net_http, content_length_is_kept)
{
	struct proxy_head h;
	int st;
	const char *why;
	cr_assert_gt(
	    parse(S("POST http://api.test/ HTTP/1.1\r\nContent-Length: 12\r\n\r\n"), &h, &st, &why),
	    0, "%s", why);
	cr_assert_eq(h.content_length, 12);
}
