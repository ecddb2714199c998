/* Watching a directory of a sandbox over /v1 (GET .../files/watch, server
 * sent events): what a command does there, recursive, links not followed,
 * the watch's end when the directory goes, bad paths before the stream. */
#include <criterion/criterion.h>
#include <curl/curl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/util.h"
#include "lib/harness.h"
#include "server/sandbox_client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(sandbox_watch, .fini = teardown, .timeout = 120);

struct watcher {
	pthread_t th;
	char path[256];
	struct buf b;
	bool started;
	CURLcode rc;
	long status;
};

static size_t on_data(char *p, size_t size, size_t n, void *ud)
{
	struct watcher *w = ud;
	buf_append(&w->b, p, size * n);
	buf_append(&w->b, "", 1);
	w->b.len--;
	if (strstr(w->b.data, "event: start"))
		__atomic_store_n(&w->started, true, __ATOMIC_SEQ_CST);
	return size * n;
}

static void *watch_main(void *arg)
{
	struct watcher *w = arg;
	char url[400], hdr[128];
	CURL *c = curl_easy_init();
	struct curl_slist *h = NULL;
	snprintf(url, sizeof(url), "http://127.0.0.1:%d%s", S.port, w->path);
	snprintf(hdr, sizeof(hdr), "Authorization: Bearer %s", S.user);
	h = curl_slist_append(h, hdr);
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_NOPROXY, "*");
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, w);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
	w->rc = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &w->status);
	curl_slist_free_all(h);
	curl_easy_cleanup(c);
	return NULL;
}

static void watch_start(struct watcher *w, const char *id, const char *query)
{
	memset(w, 0, sizeof(*w));
	snprintf(w->path, sizeof(w->path), "/v1/sandboxes/%s/files/watch?%s", id, query);
	cr_assert_eq(pthread_create(&w->th, NULL, watch_main, w), 0);
	for (int i = 0;
	     i < 200 * test_slowness() && !__atomic_load_n(&w->started, __ATOMIC_SEQ_CST); i++)
		usleep(50000);
	cr_assert(__atomic_load_n(&w->started, __ATOMIC_SEQ_CST), "the watch started");
}

static void run(const char *id, const char *cmd)
{
	json_t *r = sb_exec(&S, S.user, id, cmd, NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s: %s", cmd, jstr(r, "stderr"));
	json_decref(r);
}

Test(sandbox_watch, events_recursive_links_and_the_end)
{
	char id[64], path[200];
	struct watcher w;
	struct reply r;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	run(id, "mkdir -p w/sub; ln -s /tmp w/out");
	watch_start(&w, id, "path=w&recursive=true");
	run(id, "echo a > w/f; chmod 600 w/f; mv w/f w/g; echo b > w/sub/s; mkdir w/new; "
		"echo c > w/new/n; echo t > /tmp/t; echo z > w/out/z; rm -r w");
	pthread_join(w.th, NULL);
	const char *d = w.b.data;
	cr_assert_eq(w.rc, CURLE_OK);
	cr_assert(strstr(d, "event: start\ndata: {\"path\":\"w\",\"recursive\":true}"), "%s", d);
	static const char *const want[] = {
	    "{\"type\":\"create\",\"name\":\"f\"}",   "{\"type\":\"write\",\"name\":\"f\"}",
	    "{\"type\":\"chmod\",\"name\":\"f\"}",    "{\"type\":\"rename\",\"name\":\"f\"}",
	    "{\"type\":\"create\",\"name\":\"g\"}",   "{\"type\":\"create\",\"name\":\"sub/s\"}",
	    "{\"type\":\"create\",\"name\":\"new\"}", "{\"type\":\"remove\",\"name\":\"g\"}",
	};
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		cr_assert(strstr(d, want[i]), "%s in:\n%s", want[i], d);
	cr_assert_null(strstr(d, "\"t\""), "a link was followed: %s", d);
	cr_assert_null(strstr(d, "out/z"), "a link was followed: %s", d);
	cr_assert(strstr(d, "event: end\ndata: {}"), "the directory's removal ends it: %s", d);
	buf_free(&w.b);

	/* answered before any event: not a directory, outside, a link out */
	run(id, "echo x > file; ln -s /etc etc");
	const char *bad[][2] = {{"path=file", "409"},
				{"path=/etc", "403"},
				{"path=etc", "409"},
				{"path=none", "404"},
				{"recursive=true", "400"}};
	for (size_t i = 0; i < 5; i++) {
		snprintf(path, sizeof(path), "/v1/sandboxes/%s/files/watch?%s", id, bad[i][0]);
		http(&S, "GET", path, S.user, NULL, NULL, &r);
		cr_assert_eq(r.status, atol(bad[i][1]), "%s: %ld %s", bad[i][0], r.status, r.body);
		reply_free(&r);
	}
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/files/watch?path=.", id);
	http(&S, "GET", path, S.other, NULL, NULL, &r);
	cr_assert_eq(r.status, 404, "another key's sandbox");
	reply_free(&r);
}

/* The sandbox's end ends its watchers (an error event), and at most 4
 * watch one sandbox at once. */
Test(sandbox_watch, the_sandbox_ending_ends_the_watch)
{
	char id[64], path[200];
	struct watcher w[4];
	struct reply r;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	for (int i = 0; i < 4; i++)
		watch_start(&w[i], id, "path=/home/user");
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/files/watch?path=.", id);
	http(&S, "GET", path, S.user, NULL, NULL, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	cr_assert(strstr(r.body, "too_many_watchers"), "%s", r.body);
	reply_free(&r);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s", id);
	http(&S, "DELETE", path, S.user, NULL, NULL, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	reply_free(&r);
	for (int i = 0; i < 4; i++) {
		pthread_join(w[i].th, NULL);
		cr_assert(strstr(w[i].b.data, "sandbox_terminated"), "%s", w[i].b.data);
		buf_free(&w[i].b);
	}
}
