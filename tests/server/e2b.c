/* /e2b at the HTTP level, for what the SDKs never send: keys in E2B's
 * spelling, the sandbox traffic's access token (wrong, missing, another
 * key's, a sandbox that ended), E2B's error shapes, 501s, and the
 * streamed /execute and Process/Start answers (chunked). The SDKs
 * themselves are tests/e2b. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/harness.h"
#include "server/client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(e2b, .fini = teardown, .timeout = 120);

struct raw {
	int status;
	char *head, *body; /* body: after the blank line (chunked as sent) */
	char *all;
	size_t len; /* of all: Connect's frames hold NUL bytes */
};

/* One request with extra header lines (each ending in \r\n). */
static void raw(const char *method, const char *path, const char *headers, const char *body,
		size_t body_len, struct raw *out)
{
	char *req;
	bool closed;
	size_t n;
	FILE *f = open_memstream(&req, &n);

	fprintf(f, "%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n%s", method, path,
		headers ? headers : "");
	if (body)
		fprintf(f, "Content-Length: %zu\r\n\r\n", body_len), fwrite(body, 1, body_len, f);
	else
		fprintf(f, "\r\n");
	fclose(f);
	out->all = raw_exchange_n(S.port, req, n, 30, &closed, &out->len);
	free(req);
	cr_assert(out->all && strncmp(out->all, "HTTP/1.1 ", 9) == 0, "%s", out->all);
	out->status = atoi(out->all + 9);
	char *sep = strstr(out->all, "\r\n\r\n");
	out->body = sep ? sep + 4 : out->all + strlen(out->all);
	out->head = out->all;
}

/* How many times needle is in what came back, NUL bytes and all. */
static int count(const struct raw *r, const char *needle)
{
	int n = 0;
	size_t k = strlen(needle);

	for (const char *at = r->all, *end = r->all + r->len;
	     (at = memmem(at, (size_t)(end - at), needle, k)) != NULL; at += k)
		n++;
	return n;
}

/* Connect's envelope of one JSON message (free it); *n its length. */
static char *envelope(const char *msg, size_t *n)
{
	size_t m = strlen(msg);
	char *body = malloc(m + 5);

	body[0] = 0;
	body[1] = (char)(m >> 24);
	body[2] = (char)(m >> 16);
	body[3] = (char)(m >> 8);
	body[4] = (char)m;
	memcpy(body + 5, msg, m);
	*n = m + 5;
	return body;
}

static void e2b_key(const char *ak, char *out)
{
	snprintf(out, 100, "e2b_%s", ak + 3);
}

/* Creates a sandbox with E2B's control plane; its id and token. */
static void create(const char *ak, char *id, char *token)
{
	char h[200], k[100];
	struct raw r;
	const char *body = "{\"templateID\":\"code-interpreter-v1\",\"timeout\":120,"
			   "\"allow_internet_access\":true,\"metadata\":{\"a\":\"b\"}}";

	e2b_key(ak, k);
	snprintf(h, sizeof(h), "X-API-KEY: %s\r\nContent-Type: application/json\r\n", k);
	raw("POST", "/e2b/v2/sandboxes", h, body, strlen(body), &r);
	cr_assert_eq(r.status, 201, "%s", r.all);
	json_t *o = json_loads(r.body, 0, NULL);
	cr_assert_str_eq(jstr(o, "envdVersion"), "0.5.7");
	cr_assert_str_eq(jstr(o, "templateID"), "code-interpreter-v1");
	cr_assert(json_is_false(json_object_get(o, "allowInternetAccess")),
		  "no network, whatever was asked");
	snprintf(id, 64, "%s", jstr(o, "sandboxID"));
	snprintf(token, 80, "%s", jstr(o, "envdAccessToken"));
	cr_assert(strlen(token) >= 32);
	json_decref(o);
	free(r.all);
}

Test(e2b, keys_tokens_and_error_shapes)
{
	char id[64], tok[80], h[400], k[100];
	struct raw r;

	srv_start(&S, NULL, NULL);
	create(S.user, id, tok);

	snprintf(h, sizeof(h),
		 "E2b-Sandbox-Id: %s\r\nE2b-Sandbox-Port: 49983\r\nX-Access-Token: %s\r\n", id,
		 tok);
	raw("GET", "/e2b/health", h, NULL, 0, &r);
	cr_assert_eq(r.status, 204, "%s", r.all);
	free(r.all);
	snprintf(h, sizeof(h),
		 "E2b-Sandbox-Id: %s\r\nE2b-Sandbox-Port: 49983\r\nX-Access-Token: %.31sx\r\n", id,
		 tok);
	raw("GET", "/e2b/health", h, NULL, 0, &r);
	cr_assert_eq(r.status, 502, "a wrong token is as a sandbox not running: %s", r.all);
	free(r.all);
	snprintf(h, sizeof(h), "E2b-Sandbox-Id: %s\r\nE2b-Sandbox-Port: 49983\r\n", id);
	raw("GET", "/e2b/files?path=x", h, NULL, 0, &r);
	cr_assert_eq(r.status, 401, "%s", r.all);
	free(r.all);
	e2b_key(S.other, k);
	snprintf(h, sizeof(h), "E2b-Sandbox-Id: %s\r\nE2b-Sandbox-Port: 49983\r\nX-API-KEY: %s\r\n",
		 id, k);
	raw("GET", "/e2b/files?path=x", h, NULL, 0, &r);
	cr_assert_eq(r.status, 404, "another key's sandbox: %s", r.all);
	free(r.all);
	raw("GET",
	    "/e2b/sandboxes/"
	    "x",
	    "X-API-KEY: e2b_00\r\n", NULL, 0, &r);
	cr_assert_eq(r.status, 401);
	json_t *o = json_loads(r.body, 0, NULL);
	cr_assert_eq(jint(o, "code"), 401, "E2B's {code, message}: %s", r.body);
	cr_assert(jstr(o, "message")[0]);
	json_decref(o);
	free(r.all);
	e2b_key(S.user, k);
	snprintf(h, sizeof(h), "X-API-KEY: %s\r\nContent-Type: application/json\r\n", k);
	char path[160];
	snprintf(path, sizeof(path), "/e2b/sandboxes/%s/metrics", id);
	raw("GET", path, h, NULL, 0, &r);
	cr_assert_eq(r.status, 200, "%s", r.all);
	o = json_loads(r.body, 0, NULL);
	cr_assert(json_is_array(o) && json_array_size(o) == 1, "[SandboxMetric]: %s", r.body);
	json_t *m = json_array_get(o, 0);
	cr_assert(jint(m, "cpuCount") >= 1 && jint(m, "memTotal") > 0 && jint(m, "diskTotal") > 0 &&
		      json_is_number(json_object_get(m, "cpuUsedPct")) &&
		      jint(m, "timestampUnix") > 0 && jstr(m, "timestamp")[0],
		  "%s", r.body);
	json_decref(o);
	free(r.all);
	snprintf(path, sizeof(path), "/e2b/sandboxes/%s/pause", id);
	raw("POST", path, h, "{\"memory\":false}", 16, &r);
	cr_assert_eq(r.status, 501, "a file-system-only pause: %s", r.all);
	cr_assert(strstr(r.body, "\"code\":501"));
	free(r.all);
	raw("POST", path, h, "{}", 2, &r);
	cr_assert_eq(r.status, 204, "%s", r.all);
	free(r.all);
	raw("POST", path, h, "{}", 2, &r);
	cr_assert_eq(r.status, 409, "paused already (the SDK's false): %s", r.all);
	free(r.all);
	char ph[400];
	snprintf(ph, sizeof(ph),
		 "E2b-Sandbox-Id: %s\r\nE2b-Sandbox-Port: 49983\r\nX-Access-Token: %s\r\n", id,
		 tok);
	raw("GET", "/e2b/health", ph, NULL, 0, &r);
	cr_assert_eq(r.status, 502, "paused: not running: %s", r.all);
	free(r.all);
	raw("POST", "/e2b/filesystem.Filesystem/Stat", ph, "{\"path\":\".\"}", 12, &r);
	cr_assert_eq(r.status, 503, "%s", r.all);
	cr_assert(strstr(r.body, "\"code\":\"unavailable\""), "%s", r.body);
	free(r.all);
	raw("GET", "/e2b/v2/sandboxes?state=paused", h, NULL, 0, &r);
	cr_assert(strstr(r.body, id) && strstr(r.body, "\"state\":\"paused\""), "%s", r.body);
	free(r.all);
	raw("GET", "/e2b/v2/sandboxes?state=running", h, NULL, 0, &r);
	cr_assert_null(strstr(r.body, id), "%s", r.body);
	free(r.all);
	snprintf(path, sizeof(path), "/e2b/sandboxes/%s/connect", id);
	raw("POST", path, h, "{\"timeout\":60}", 14, &r);
	cr_assert_eq(r.status, 200, "connect resumes it: %s", r.all);
	free(r.all);
	raw("GET", "/e2b/health", ph, NULL, 0, &r);
	cr_assert_eq(r.status, 204, "%s", r.all);
	free(r.all);
	snprintf(path, sizeof(path), "/e2b/sandboxes/%s/resume", id);
	raw("POST", path, h, "{}", 2, &r);
	cr_assert_eq(r.status, 409, "running already: %s", r.all);
	free(r.all);
	raw("POST", "/e2b/v2/sandboxes", h, "{\"templateID\":\"nope\"}", 21, &r);
	cr_assert_eq(r.status, 404, "%s", r.all);
	free(r.all);

	/* ended: the token no longer opens anything */
	snprintf(path, sizeof(path), "/e2b/sandboxes/%s", id);
	raw("DELETE", path, h, NULL, 0, &r);
	cr_assert_eq(r.status, 204, "%s", r.all);
	free(r.all);
	raw("GET", path, h, NULL, 0, &r);
	cr_assert_eq(r.status, 404, "%s", r.all);
	free(r.all);
	snprintf(h, sizeof(h),
		 "E2b-Sandbox-Id: %s\r\nE2b-Sandbox-Port: 49983\r\nX-Access-Token: %s\r\n", id,
		 tok);
	raw("GET", "/e2b/health", h, NULL, 0, &r);
	cr_assert_eq(r.status, 502, "%s", r.all);
	free(r.all);
}

static void post_body(const char *path, const char *h, const char *body, struct raw *r)
{
	raw("POST", path, h, body, strlen(body), r);
}

/* autoPause (lifecycle.onTimeout 'pause'): paused at its timeout, not
 * ended; getInfo says paused and lifecycle; connect resumes it with a new
 * timeout. A pause without memory is 501; autoResume is made and said
 * (rootless: 501, no freezer). */
/* POST /e2b/v2/sandboxes with body as key ak; the status, the body kept
 * in *out (free out->all). */
static int create_with(const char *ak, const char *body, struct raw *out)
{
	char h[200], k[100];

	e2b_key(ak, k);
	snprintf(h, sizeof(h), "X-API-KEY: %s\r\nContent-Type: application/json\r\n", k);
	raw("POST", "/e2b/v2/sandboxes", h, body, strlen(body), out);
	return out->status;
}

/* network.allowOut is the sandbox's egress allow-list (names, wildcards,
 * single addresses), within the server's; getInfo says it back with
 * everything else denied, and allowInternetAccess stays false. What an
 * allow-list cannot be is 501, in E2B's error shape. */
Test(e2b, network_allow_out_is_the_egress_allow_list)
{
	struct raw r;
	char path[128], h[200], k[100];

	srv_start(&S,
		  "egress: [api.test, \"*.files.test\", 10.0.0.7, \"[fd00::7]\", "
		  "\"api.test:8443\"]\n",
		  NULL);
	cr_assert_eq(create_with(S.user,
				 "{\"templateID\":\"base\",\"network\":{\"allowOut\":[\"api.test\","
				 "\"*.files.test\",\"10.0.0.7/32\",\"fd00::7\",\"api.test:8443\"],"
				 "\"denyOut\":["
				 "\"0.0.0.0/0\"]}}",
				 &r),
		     201, "%s", r.all);
	json_t *o = json_loads(r.body, 0, NULL);
	cr_assert(json_is_false(json_object_get(o, "allowInternetAccess")));
	snprintf(path, sizeof(path), "/e2b/sandboxes/%s", jstr(o, "sandboxID"));
	json_decref(o);
	free(r.all);

	e2b_key(S.user, k);
	snprintf(h, sizeof(h), "X-API-KEY: %s\r\n", k);
	raw("GET", path, h, NULL, 0, &r);
	cr_assert_eq(r.status, 200, "%s", r.all);
	o = json_loads(r.body, 0, NULL);
	json_t *net = json_object_get(o, "network");
	json_t *allow = json_object_get(net, "allowOut");
	cr_assert_eq(json_array_size(allow), 5, "%s", r.body);
	cr_assert_str_eq(json_string_value(json_array_get(allow, 3)), "[fd00::7]");
	cr_assert_str_eq(json_string_value(json_array_get(allow, 4)), "api.test:8443");
	cr_assert_str_eq(json_string_value(json_array_get(allow, 0)), "api.test");
	cr_assert_str_eq(json_string_value(json_array_get(allow, 1)), "*.files.test");
	cr_assert_str_eq(json_string_value(json_array_get(allow, 2)), "10.0.0.7");
	cr_assert_str_eq(json_string_value(json_array_get(json_object_get(net, "denyOut"), 0)),
			 "0.0.0.0/0");
	cr_assert(json_is_false(json_object_get(o, "allowInternetAccess")));
	json_decref(o);
	free(r.all);

	/* the same sandbox through /v1: egress, to those hosts */
	struct reply v;
	snprintf(path, sizeof(path), "/v1/sandboxes/%s", strrchr(path, '/') + 1);
	http(&S, "GET", path, S.user, NULL, NULL, &v);
	cr_assert_eq(v.status, 200, "%s", v.body);
	cr_assert_str_eq(jstr(json_object_get(v.json, "limits"), "net"), "egress");
	reply_free(&v);

	/* no allowOut: no network, as before */
	cr_assert_eq(create_with(S.user, "{\"templateID\":\"base\",\"network\":{}}", &r), 201, "%s",
		     r.all);
	free(r.all);

	static const struct {
		const char *network;
		int status;
		const char *says;
	} bad[] = {
	    {"{\"allowOut\":[\"0.0.0.0/0\"]}", 501, "all traffic"},
	    {"{\"allowOut\":[\"10.0.0.0/8\"]}", 501, "address ranges"},
	    {"{\"allowOut\":[\"api.test\"],\"egressProxy\":{\"address\":\"p:1080\"}}", 501,
	     "egressProxy"},
	    {"{\"allowOut\":[\"api.test\"],\"rules\":{\"api.test\":[{}]}}", 501, "rules"},
	    {"{\"allowOut\":\"api.test\"}", 400, "allowOut"},
	    {"{\"allowOut\":[7]}", 400, "allowOut[0]"},
	    {"{\"allowOut\":[\"elsewhere.test\"]}", 400, "elsewhere.test"},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char body[300];
		snprintf(body, sizeof(body), "{\"templateID\":\"base\",\"network\":%s}",
			 bad[i].network);
		cr_assert_eq(create_with(S.user, body, &r), bad[i].status, "%s: %s", bad[i].network,
			     r.all);
		o = json_loads(r.body, 0, NULL);
		cr_assert_eq(json_integer_value(json_object_get(o, "code")), bad[i].status);
		cr_assert(strstr(jstr(o, "message"), bad[i].says), "%s: %s", bad[i].network,
			  r.body);
		json_decref(o);
		free(r.all);
	}
}

/* The allow-list of the E2B sandbox as getInfo says it; NULL: no network. */
static json_t *allow_out(const char *path, const char *h)
{
	struct raw r;
	raw("GET", path, h, NULL, 0, &r);
	cr_assert_eq(r.status, 200, "%s", r.all);
	json_t *o = json_loads(r.body, 0, NULL);
	json_t *a = json_object_get(json_object_get(o, "network"), "allowOut");
	json_t *copy = a ? json_deep_copy(a) : NULL;
	json_decref(o);
	free(r.all);
	return copy;
}

/* updateNetwork (PUT /sandboxes/ID/network) replaces a live sandbox's
 * allow-list: what the body omits is cleared, a host outside the server's
 * list is refused (the list unchanged), what an allow-list cannot be is
 * 501, a sandbox made without egress is 409, another key's is 404. /v1's
 * PUT /v1/sandboxes/ID/net is the same call. (tests/server/egress.c: that
 * the proxy follows it.) */
Test(e2b, update_network_replaces_the_allow_list)
{
	struct raw r;
	char path[128], put[160], h[200], k[100];

	srv_start(&S, "egress: [api.test, \"*.files.test\", other.test]\n", NULL);
	cr_assert_eq(
	    create_with(S.user,
			"{\"templateID\":\"base\",\"network\":{\"allowOut\":[\"api.test\"]}}", &r),
	    201, "%s", r.all);
	json_t *o = json_loads(r.body, 0, NULL);
	snprintf(path, sizeof(path), "/e2b/sandboxes/%s", jstr(o, "sandboxID"));
	json_decref(o);
	free(r.all);
	snprintf(put, sizeof(put), "%s/network", path);
	e2b_key(S.user, k);
	snprintf(h, sizeof(h), "X-API-KEY: %s\r\nContent-Type: application/json\r\n", k);

	static const char two[] = "{\"allowOut\":[\"*.files.test\",\"other.test\"],"
				  "\"denyOut\":[\"0.0.0.0/0\"]}";
	raw("PUT", put, h, two, strlen(two), &r);
	cr_assert_eq(r.status, 204, "%s", r.all);
	free(r.all);
	json_t *a = allow_out(path, h);
	cr_assert_eq(json_array_size(a), 2);
	cr_assert_str_eq(json_string_value(json_array_get(a, 0)), "*.files.test");
	cr_assert_str_eq(json_string_value(json_array_get(a, 1)), "other.test");
	json_decref(a);

	static const struct {
		const char *body;
		int status;
		const char *says;
	} bad[] = {
	    {"{\"allowOut\":[\"elsewhere.test\"]}", 400, "elsewhere.test"},
	    {"{\"allowOut\":[\"0.0.0.0/0\"]}", 501, "all traffic"},
	    {"{\"allowOut\":[\"api.test\"],\"rules\":{\"api.test\":[{}]}}", 501, "rules"},
	    {"{\"allowOut\":\"api.test\"}", 400, "allowOut"},
	    {"[]", 400, "JSON object"},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		raw("PUT", put, h, bad[i].body, strlen(bad[i].body), &r);
		cr_assert_eq(r.status, bad[i].status, "%s: %s", bad[i].body, r.all);
		o = json_loads(r.body, 0, NULL);
		cr_assert_eq(json_integer_value(json_object_get(o, "code")), bad[i].status);
		cr_assert(strstr(jstr(o, "message"), bad[i].says), "%s: %s", bad[i].body, r.body);
		json_decref(o);
		free(r.all);
		a = allow_out(path, h);
		cr_assert_eq(json_array_size(a), 2, "a refused update changes nothing");
		json_decref(a);
	}

	/* what it omits, it clears: nothing is allowed, and getInfo says so */
	raw("PUT", put, h, "{}", 2, &r);
	cr_assert_eq(r.status, 204, "%s", r.all);
	free(r.all);
	a = allow_out(path, h);
	cr_assert(json_is_array(a) && json_array_size(a) == 0, "an empty allowOut is said back");
	json_decref(a);

	/* /v1: the same call; the sandbox object says the list */
	struct reply v;
	char v1[160];
	snprintf(v1, sizeof(v1), "/v1/sandboxes/%s/net", strrchr(path, '/') + 1);
	http(&S, "PUT", v1, S.user, NULL, "{\"allow\": [\"api.test\"]}", &v);
	cr_assert_eq(v.status, 200, "%s", v.body);
	cr_assert_str_eq(json_string_value(json_array_get(
			     json_object_get(json_object_get(v.json, "net"), "allow"), 0)),
			 "api.test");
	reply_free(&v);
	http(&S, "PUT", v1, S.user, NULL, "{\"allow\": [\"api.test\"], \"deny\": []}", &v);
	cr_assert_eq(v.status, 400, "%s", v.body);
	reply_free(&v);

	/* another key's sandbox: as if there were none */
	http(&S, "PUT", v1, S.other, NULL, "{\"allow\": []}", &v);
	cr_assert_eq(v.status, 404, "%s", v.body);
	reply_free(&v);

	/* made without egress: 409, saying how to make one that can */
	cr_assert_eq(create_with(S.user, "{\"templateID\":\"base\"}", &r), 201, "%s", r.all);
	o = json_loads(r.body, 0, NULL);
	snprintf(put, sizeof(put), "/e2b/sandboxes/%s/network", jstr(o, "sandboxID"));
	json_decref(o);
	free(r.all);
	raw("PUT", put, h, two, strlen(two), &r);
	cr_assert_eq(r.status, 409, "%s", r.all);
	cr_assert(strstr(r.body, "without egress"), "%s", r.body);
	free(r.all);
}

Test(e2b, auto_pause_at_the_timeout)
{
	char k[128], h[300], path[160], id[64];
	struct raw r;

	srv_start(&S, NULL, NULL);
	e2b_key(S.user, k);
	snprintf(h, sizeof(h), "X-API-KEY: %s\r\nContent-Type: application/json\r\n", k);
	post_body("/e2b/v2/sandboxes", h,
		  "{\"templateID\":\"base\",\"timeout\":1,\"autoPause\":true,"
		  "\"autoPauseMemory\":false}",
		  &r);
	cr_assert_eq(r.status, 501, "keepMemory: false: %s", r.all);
	free(r.all);
	post_body("/e2b/v2/sandboxes", h,
		  "{\"templateID\":\"base\",\"autoPause\":true,\"autoResume\":{\"enabled\":true}}",
		  &r);
	if (geteuid() != 0) {
		cr_assert_eq(r.status, 501, "autoResume rootless: %s", r.all);
		cr_assert(strstr(r.body, "freezer"), "%s", r.body);
	} else {
		cr_assert_eq(r.status, 201, "autoResume: %s", r.all);
		json_t *a = json_loads(r.body, 0, NULL);
		snprintf(path, sizeof(path), "/e2b/sandboxes/%s", jstr(a, "sandboxID"));
		json_decref(a);
		free(r.all);
		raw("GET", path, h, NULL, 0, &r);
		cr_assert(
		    strstr(r.body, "\"lifecycle\":{\"onTimeout\":\"pause\",\"autoResume\":true}"),
		    "%s", r.body);
		free(r.all);
		raw("DELETE", path, h, NULL, 0, &r);
		cr_assert_eq(r.status, 204, "%s", r.all);
	}
	free(r.all);
	post_body("/e2b/v2/sandboxes", h,
		  "{\"templateID\":\"base\",\"timeout\":1,\"autoPause\":true,"
		  "\"autoResume\":{\"enabled\":false}}",
		  &r);
	if (geteuid() != 0) { /* no freezer: refused, never a sandbox that ends */
		cr_assert_eq(r.status, 501, "%s", r.all);
		cr_assert(strstr(r.body, "freezer"), "%s", r.body);
		free(r.all);
		return;
	}
	cr_assert_eq(r.status, 201, "%s", r.all);
	json_t *o = json_loads(r.body, 0, NULL);
	snprintf(id, sizeof(id), "%s", jstr(o, "sandboxID"));
	json_decref(o);
	free(r.all);
	snprintf(path, sizeof(path), "/e2b/sandboxes/%s", id);
	for (int i = 0;; i++) {
		raw("GET", path, h, NULL, 0, &r);
		cr_assert_eq(r.status, 200, "paused, not ended: %s", r.all);
		if (strstr(r.body, "\"state\":\"paused\""))
			break;
		cr_assert(i < 100 * test_slowness(), "not paused: %s", r.body);
		free(r.all);
		usleep(100000);
	}
	cr_assert(strstr(r.body, "\"lifecycle\":{\"onTimeout\":\"pause\",\"autoResume\":false}"),
		  "%s", r.body);
	free(r.all);
	snprintf(path, sizeof(path), "/e2b/sandboxes/%s/connect", id);
	post_body(path, h, "{\"timeout\":60}", &r);
	cr_assert_eq(r.status, 200, "connect resumes it: %s", r.all);
	free(r.all);
	snprintf(path, sizeof(path), "/e2b/sandboxes/%s", id);
	raw("GET", path, h, NULL, 0, &r);
	cr_assert(strstr(r.body, "\"state\":\"running\""), "%s", r.body);
	free(r.all);
	raw("DELETE", path, h, NULL, 0, &r);
	cr_assert_eq(r.status, 204, "%s", r.all);
	free(r.all);
}

Test(e2b, execute_and_process_start_stream_chunked)
{
	char id[64], tok[80], h[400];
	struct raw r;

	srv_start(&S, NULL, NULL);
	create(S.user, id, tok);
	snprintf(h, sizeof(h),
		 "E2b-Sandbox-Id: %s\r\nE2b-Sandbox-Port: 49999\r\nX-Access-Token: %s\r\n"
		 "Content-Type: application/json\r\n",
		 id, tok);
	const char *cell = "{\"code\":\"print('hi')\\nx = 41\\nx + 1\"}";
	raw("POST", "/e2b/execute", h, cell, strlen(cell), &r);
	cr_assert_eq(r.status, 200, "%s", r.all);
	cr_assert(strstr(r.head, "Transfer-Encoding: chunked") ||
		      strstr(r.head, "transfer-encoding: chunked"),
		  "streamed: %s", r.head);
	cr_assert(strstr(r.body, "{\"type\":\"stdout\",\"text\":\"hi"), "%s", r.body);
	cr_assert(strstr(r.body, "\"text\":\"42\""), "%s", r.body);
	cr_assert(strstr(r.body, "\"is_main_result\":true"), "%s", r.body);
	cr_assert(strstr(r.body, "{\"type\":\"end_of_execution\"}"), "%s", r.body);
	free(r.all);
	raw("POST", "/e2b/execute", h, "{\"code\":\"1\",\"context_id\":\"ctx_no\"}", 34, &r);
	cr_assert_eq(r.status, 404, "%s", r.all);
	free(r.all);
	raw("POST", "/e2b/execute", h, "{\"code\":\"1\",\"language\":\"cobol\"}", 32, &r);
	cr_assert_eq(r.status, 400, "%s", r.all);
	free(r.all);
	/* env_vars hold for that cell only */
	const char *with = "{\"code\":\"import os\\nos.environ['E2B_CELL']\","
			   "\"env_vars\":{\"E2B_CELL\":\"v1\"}}";
	raw("POST", "/e2b/execute", h, with, strlen(with), &r);
	cr_assert_eq(r.status, 200, "%s", r.all);
	cr_assert(strstr(r.body, "\"text\":\"'v1'\""), "%s", r.body);
	free(r.all);
	const char *after = "{\"code\":\"os.environ.get('E2B_CELL', 'gone')\"}";
	raw("POST", "/e2b/execute", h, after, strlen(after), &r);
	cr_assert(strstr(r.body, "\"text\":\"'gone'\""), "%s", r.body);
	free(r.all);
	const char *bad = "{\"code\":\"1\",\"env_vars\":[1]}";
	raw("POST", "/e2b/execute", h, bad, strlen(bad), &r);
	cr_assert_eq(r.status, 400, "%s", r.all);
	free(r.all);
	const char *refused = "{\"code\":\"print('ran')\",\"env_vars\":{\"LD_PRELOAD\":\"/x\"}}";
	raw("POST", "/e2b/execute", h, refused, strlen(refused), &r);
	cr_assert(strstr(r.body, "\"type\":\"error\"") && strstr(r.body, "LD_PRELOAD") &&
		      !strstr(r.body, "ran\\n"),
		  "refused, not run: %s", r.body);
	free(r.all);

	/* Connect: one enveloped message in, frames out */
	const char *msg = "{\"process\":{\"cmd\":\"/bin/bash\",\"args\":[\"-l\",\"-c\","
			  "\"echo out; echo err >&2; exit 4\"]},\"stdin\":false}";
	size_t n = strlen(msg);
	char *body = malloc(n + 5);
	body[0] = 0;
	body[1] = (char)(n >> 24);
	body[2] = (char)(n >> 16);
	body[3] = (char)(n >> 8);
	body[4] = (char)n;
	memcpy(body + 5, msg, n);
	snprintf(h, sizeof(h),
		 "E2b-Sandbox-Id: %s\r\nE2b-Sandbox-Port: 49983\r\nX-Access-Token: %s\r\n"
		 "Content-Type: application/connect+json\r\n",
		 id, tok);
	/* (the frames' heads hold NUL bytes: their content is tests/e2b's) */
	raw("POST", "/e2b/process.Process/Start", h, body, n + 5, &r);
	cr_assert_eq(r.status, 200, "%s", r.all);
	cr_assert(strstr(r.head, "application/connect+json"), "%s", r.head);
	cr_assert(strstr(r.head, "chunked"), "streamed: %s", r.head);
	free(r.all);
	raw("POST", "/e2b/process.Process/Start", h, body, 3, &r); /* a cut envelope */
	cr_assert_eq(r.status, 200, "Connect: a stream's error is its end: %s", r.all);
	free(r.all);
	free(body);
	raw("POST", "/e2b/process.Process/SendSignal", h, "{}", 2, &r);
	cr_assert_eq(r.status, 400, "no process selected: %s", r.all);
	cr_assert(strstr(r.body, "\"code\":\"invalid_argument\""), "%s", r.body);
	free(r.all);
	raw("POST", "/e2b/process.Process/SendSignal", h,
	    "{\"process\":{\"pid\":4242},\"signal\":\"SIGNAL_SIGKILL\"}", 50, &r);
	cr_assert_eq(r.status, 404, "%s", r.all);
	cr_assert(strstr(r.body, "\"code\":\"not_found\""), "%s", r.body);
	free(r.all);
	raw("POST", "/e2b/process.Process/Update", h, "{}", 2, &r); /* a terminal's size */
	cr_assert_eq(r.status, 400, "no process selected: %s", r.all);
	free(r.all);
	const char *upd = "{\"process\":{\"pid\":4242},\"pty\":{\"size\":{\"cols\":9,\"rows\":9}}}";
	raw("POST", "/e2b/process.Process/Update", h, upd, strlen(upd), &r);
	cr_assert_eq(r.status, 404, "%s", r.all);
	cr_assert(strstr(r.body, "\"code\":\"not_found\""), "%s", r.body);
	free(r.all);
}

/* Both server streams say they are alive every Keepalive-Ping-Interval
 * seconds, each in its own service's shape; WatchDir ends at its
 * Connect-Timeout-Ms. */
Test(e2b, stream_keepalives)
{
	char id[64], tok[80], h[400];
	struct raw r;
	size_t n;

	srv_start(&S, NULL, NULL);
	create(S.user, id, tok);
	snprintf(h, sizeof(h),
		 "E2b-Sandbox-Id: %s\r\nE2b-Sandbox-Port: 49983\r\nX-Access-Token: %s\r\n"
		 "Content-Type: application/connect+json\r\nKeepalive-Ping-Interval: 1\r\n",
		 id, tok);
	char *body = envelope("{\"process\":{\"cmd\":\"/bin/bash\",\"args\":[\"-l\",\"-c\","
			      "\"sleep 3; echo done\"]}}",
			      &n);
	raw("POST", "/e2b/process.Process/Start", h, body, n, &r);
	free(body);
	cr_assert_eq(r.status, 200, "%s", r.all);
	cr_assert_geq(count(&r, "{\"event\":{\"keepalive\":{}}}"), 1, "%.*s", (int)r.len, r.all);
	cr_assert_eq(count(&r, "\"exitCode\":0"), 1);
	free(r.all);

	char hw[500];
	snprintf(hw, sizeof(hw), "%sConnect-Timeout-Ms: 3500\r\n", h);
	body = envelope("{\"path\":\"/home/user\"}", &n);
	raw("POST", "/e2b/filesystem.Filesystem/WatchDir", hw, body, n, &r);
	free(body);
	cr_assert_eq(r.status, 200, "%s", r.all);
	cr_assert_eq(count(&r, "{\"start\":{}}"), 1);
	cr_assert_geq(count(&r, "{\"keepalive\":{}}"), 1, "%.*s", (int)r.len, r.all);
	cr_assert_eq(count(&r, "\"event\""), 0, "the filesystem's shape: %.*s", (int)r.len, r.all);
	free(r.all);
}

/* envd's polling watchers (the Python SDK's watch_dir): Connect unary calls
 * with JSON, events in envd's shape since the last call. */
Test(e2b, polling_watchers)
{
	char id[64], tok[80], h[400], body[200];
	struct raw r;

	srv_start(&S, NULL, NULL);
	create(S.user, id, tok);
	snprintf(h, sizeof(h),
		 "E2b-Sandbox-Id: %s\r\nE2b-Sandbox-Port: 49983\r\nX-Access-Token: %s\r\n"
		 "Content-Type: application/json\r\n",
		 id, tok);
	const char *mk = "{\"path\":\"w\"}";
	raw("POST", "/e2b/filesystem.Filesystem/MakeDir", h, mk, strlen(mk), &r);
	cr_assert_eq(r.status, 200, "%s", r.all);
	free(r.all);
	const char *cw = "{\"path\":\"/home/user/w\",\"recursive\":true}";
	raw("POST", "/e2b/filesystem.Filesystem/CreateWatcher", h, cw, strlen(cw), &r);
	cr_assert_eq(r.status, 200, "%s", r.all);
	json_t *o = json_loads(r.body, 0, NULL);
	char wid[64];
	snprintf(wid, sizeof(wid), "%s", jstr(o, "watcherId"));
	cr_assert(wid[0], "%s", r.body);
	json_decref(o);
	free(r.all);

	const char *up = "hello";
	raw("POST", "/e2b/files?path=/home/user/w/new.txt", h, up, strlen(up), &r);
	cr_assert_lt(r.status, 300, "%s", r.all);
	free(r.all);
	snprintf(body, sizeof(body), "{\"watcherId\":\"%s\"}", wid);
	raw("POST", "/e2b/filesystem.Filesystem/GetWatcherEvents", h, body, strlen(body), &r);
	cr_assert_eq(r.status, 200, "%s", r.all);
	/* (an upload is written aside, then moved into place) */
	cr_assert(strstr(r.body, "{\"name\":\"new.txt\",\"type\":\"EVENT_TYPE_CREATE\"}"), "%s",
		  r.body);
	free(r.all);
	raw("POST", "/e2b/filesystem.Filesystem/GetWatcherEvents", h, body, strlen(body), &r);
	cr_assert_eq(r.status, 200, "%s", r.all);
	cr_assert(strstr(r.body, "{\"events\":[]}"), "taken by the last call: %s", r.body);
	free(r.all);
	raw("POST", "/e2b/filesystem.Filesystem/RemoveWatcher", h, body, strlen(body), &r);
	cr_assert_eq(r.status, 200, "%s", r.all);
	free(r.all);
	raw("POST", "/e2b/filesystem.Filesystem/GetWatcherEvents", h, body, strlen(body), &r);
	cr_assert_eq(r.status, 404, "%s", r.all);
	cr_assert(strstr(r.body, "\"code\":\"not_found\""), "%s", r.body);
	free(r.all);
	raw("POST", "/e2b/filesystem.Filesystem/GetWatcherEvents", h, "{}", 2, &r);
	cr_assert_eq(r.status, 400, "%s", r.all);
	cr_assert(strstr(r.body, "\"code\":\"invalid_argument\""), "%s", r.body);
	free(r.all);
	const char *none = "{\"path\":\"nowhere\"}";
	raw("POST", "/e2b/filesystem.Filesystem/CreateWatcher", h, none, strlen(none), &r);
	cr_assert_eq(r.status, 404, "%s", r.all);
	free(r.all);
}
