#include <criterion/criterion.h>
#include <curl/curl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "common/util.h"
#include "lib/harness.h"
#include "server/sandbox_client.h"

json_t *sb_create(struct srv *s, const char *key, const char *body, char *id)
{
	struct reply r;

	http(s, "POST", "/v1/sandboxes", key, NULL, body, &r);
	cr_assert_eq(r.status, 201, "create: %ld %s", r.status, r.body);
	snprintf(id, 64, "%s", jstr(r.json, "id"));
	cr_assert(strncmp(id, "sb_", 3) == 0, "%s", r.body);
	json_t *o = json_incref(r.json);
	reply_free(&r);
	return o;
}

json_t *sb_exec(struct srv *s, const char *key, const char *id, const char *command,
		const char *extra_json)
{
	char path[128];
	struct reply r;
	json_t *o = json_pack("{s:s}", "command", command);

	if (extra_json) {
		json_t *x = json_loads(extra_json, 0, NULL);
		cr_assert(x != NULL, "bad test JSON %s", extra_json);
		json_object_update(o, x);
		json_decref(x);
	}
	char *body = json_dumps(o, JSON_COMPACT);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/exec", id);
	http(s, "POST", path, key, NULL, body, &r);
	free(body);
	json_decref(o);
	cr_assert_eq(r.status, 200, "exec %s: %ld %s", command, r.status, r.body);
	json_t *res = json_incref(r.json);
	reply_free(&r);
	return res;
}

json_t *sb_get(struct srv *s, const char *key, const char *id)
{
	char path[128];
	struct reply r;

	snprintf(path, sizeof(path), "/v1/sandboxes/%s", id);
	http(s, "GET", path, key, NULL, NULL, &r);
	cr_assert_eq(r.status, 200, "get: %ld %s", r.status, r.body);
	json_t *o = json_incref(r.json);
	reply_free(&r);
	return o;
}

json_t *sb_wait_terminated(struct srv *s, const char *key, const char *id, double timeout_s)
{
	struct timespec t0, t;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		json_t *o = sb_get(s, key, id);
		if (strcmp(jstr(o, "state"), "terminated") == 0)
			return o;
		json_decref(o);
		clock_gettime(CLOCK_MONOTONIC, &t);
		if ((double)(t.tv_sec - t0.tv_sec) > timeout_s * test_slowness())
			return NULL;
		usleep(100000);
	}
}

static size_t on_body(char *p, size_t size, size_t n, void *ud)
{
	buf_append(ud, p, size * n);
	return size * n;
}

void sb_files(struct srv *s, const char *key, const char *method, const char *id,
	      const char *suffix, const char *qname, const char *qvalue, const void *body,
	      size_t len, double timeout_s, struct bin_reply *r)
{
	CURL *c = curl_easy_init();
	struct curl_slist *h = NULL;
	struct buf b = {0};
	char url[8192], hdr[300];
	struct timespec t0, t1;

	memset(r, 0, sizeof(*r));
	char *esc = qvalue ? curl_easy_escape(c, qvalue, 0) : NULL;
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/v1/sandboxes/%s/files%s%s%s%s%s", s->port,
		 id, suffix ? suffix : "", qname ? "?" : "", qname ? qname : "", qname ? "=" : "",
		 esc ? esc : "");
	curl_free(esc);
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
	curl_easy_setopt(c, CURLOPT_NOPROXY, "*");
	curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, (long)(timeout_s * test_slowness() * 1000));
	snprintf(hdr, sizeof(hdr), "Authorization: Bearer %s", key);
	h = curl_slist_append(h, hdr);
	h = curl_slist_append(h, "Expect:");
	if (body) {
		h = curl_slist_append(h, "Content-Type: application/octet-stream");
		curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
		curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
	}
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &b);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	CURLcode rc = curl_easy_perform(c);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	r->seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	if (rc == CURLE_OK)
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r->status);
	r->len = b.len;
	buf_append(&b, "", 1);
	r->body = b.data;
	r->json = json_loadb(r->body, r->len, 0, NULL);
	curl_slist_free_all(h);
	curl_easy_cleanup(c);
}

void bin_reply_free(struct bin_reply *r)
{
	free(r->body);
	json_decref(r->json);
	memset(r, 0, sizeof(*r));
}

static void *bg_main(void *arg)
{
	struct sb_bg *b = arg;
	char path[128];
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/exec", b->id);
	http(b->s, "POST", path, b->key, NULL, b->body, &b->r);
	return NULL;
}

void sb_bg_start(struct sb_bg *b, struct srv *s, const char *key, const char *id, const char *body)
{
	memset(b, 0, sizeof(*b));
	b->s = s;
	b->key = key;
	snprintf(b->id, sizeof(b->id), "%s", id);
	b->body = body;
	cr_assert_eq(pthread_create(&b->th, NULL, bg_main, b), 0);
}

json_t *sb_bg_join(struct sb_bg *b)
{
	pthread_join(b->th, NULL);
	cr_assert_eq(b->r.status, 200, "%s", b->r.body);
	json_t *res = json_incref(b->r.json);
	reply_free(&b->r);
	return res;
}

json_t *sb_processes(struct srv *s, const char *key, const char *id)
{
	char path[128];
	struct reply r;
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/processes", id);
	http(s, "GET", path, key, NULL, NULL, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	json_t *list = json_incref(json_object_get(r.json, "processes"));
	reply_free(&r);
	return list;
}

json_t *sb_wait_processes(struct srv *s, const char *key, const char *id, size_t n)
{
	for (int i = 0; i < 200 * test_slowness(); i++) {
		json_t *list = sb_processes(s, key, id);
		size_t have = json_array_size(list);
		json_t *p = have != n ? NULL
			    : n	      ? json_incref(json_array_get(list, n - 1))
				      : json_object();
		json_decref(list);
		if (p)
			return p;
		usleep(50000);
	}
	cr_assert_fail("%zu processes never ran", n);
	return NULL;
}

long sb_post_proc(struct srv *s, const char *key, const char *id, long pid, const char *what,
		  const char *body, struct reply *r)
{
	char path[160];
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/processes/%ld/%s", id, pid, what);
	http(s, "POST", path, key, NULL, body, r);
	return r->status;
}

CURL *sb_sse_handle(struct srv *s, const char *key, const char *method, const char *path,
		    const char *body, struct curl_slist **h)
{
	char url[256], hdr[128];
	CURL *c = curl_easy_init();

	cr_assert_not_null(c);
	snprintf(url, sizeof(url), "http://127.0.0.1:%d%s", s->port, path);
	snprintf(hdr, sizeof(hdr), "Authorization: Bearer %s", key);
	*h = curl_slist_append(NULL, hdr);
	*h = curl_slist_append(*h, "Accept: text/event-stream");
	*h = curl_slist_append(*h, "Content-Type: application/json");
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_NOPROXY, "*");
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, *h);
	curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
	if (body)
		curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
	return c;
}
