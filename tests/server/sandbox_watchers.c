/* Watchers that keep their events between calls, on /v1
 * (.../files/watchers) and as envd's CreateWatcher, GetWatcherEvents and
 * RemoveWatcher (Connect unary calls, as the Python SDK's watch_dir makes
 * them): events since the last call, a key's own, the shared bound of 4,
 * the kernel queue's overflow, the directory's removal and the sandbox's
 * end. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/harness.h"
#include "server/sandbox_client.h"

static struct srv S;

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(sandbox_watchers, .fini = teardown, .timeout = 120);

static void run(const char *id, const char *cmd)
{
	json_t *r = sb_exec(&S, S.user, id, cmd, NULL);
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s: %s", cmd, jstr(r, "stderr"));
	json_decref(r);
}

/* POST .../files/watchers; the watcher's id into wid (64 bytes). */
static long make(const char *key, const char *id, const char *body, char *wid)
{
	char path[200];
	struct reply r;

	snprintf(path, sizeof(path), "/v1/sandboxes/%s/files/watchers", id);
	http(&S, "POST", path, key, "application/json", body, &r);
	long status = r.status;
	if (wid)
		snprintf(wid, 64, "%s", status == 201 ? jstr(r.json, "id") : "");
	reply_free(&r);
	return status;
}

/* GET or DELETE .../files/watchers/WID; the reply in r. */
static void call(const char *method, const char *key, const char *id, const char *wid,
		 struct reply *r)
{
	char path[200];
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/files/watchers/%s", id, wid);
	http(&S, method, path, key, NULL, NULL, r);
}

static bool has(const json_t *events, const char *type, const char *name)
{
	size_t i;
	json_t *ev;
	json_array_foreach(events, i, ev)
	{
		if (strcmp(jstr(ev, "type"), type) == 0 && strcmp(jstr(ev, "name"), name) == 0)
			return true;
	}
	return false;
}

Test(sandbox_watchers, events_between_calls_a_keys_own_and_removed)
{
	char id[64], wid[64], other[64];
	struct reply r;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	run(id, "mkdir -p w/sub; ln -s /tmp w/out");
	cr_assert_eq(make(S.user, id, "{\"path\":\"w\",\"recursive\":true}", wid), 201);
	cr_assert(strncmp(wid, "w_", 2) == 0, "%s", wid);
	run(id, "echo a > w/f; chmod 600 w/f; mv w/f w/g; echo b > w/sub/s; echo t > /tmp/t; "
		"echo z > w/out/z; rm w/g");
	call("GET", S.user, id, wid, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	json_t *ev = json_object_get(r.json, "events");
	cr_assert(has(ev, "create", "f") && has(ev, "write", "f") && has(ev, "chmod", "f") &&
		      has(ev, "rename", "f") && has(ev, "create", "g") &&
		      has(ev, "create", "sub/s") && has(ev, "remove", "g"),
		  "%s", r.body);
	cr_assert_null(strstr(r.body, "\"t\""), "a link was followed: %s", r.body);
	cr_assert_null(strstr(r.body, "out/z"), "a link was followed: %s", r.body);
	reply_free(&r);
	call("GET", S.user, id, wid, &r);
	cr_assert_eq(r.status, 200);
	cr_assert_eq(json_array_size(json_object_get(r.json, "events")), 0, "taken: %s", r.body);
	reply_free(&r);

	/* another key's sandbox, another watcher's id: as missing ones */
	cr_assert_eq(make(S.other, id, "{\"path\":\"w\"}", NULL), 404);
	call("GET", S.other, id, wid, &r);
	cr_assert_eq(r.status, 404, "%s", r.body);
	reply_free(&r);
	json_decref(sb_create(&S, S.other, NULL, other));
	call("GET", S.other, other, wid, &r);
	cr_assert_eq(r.status, 404, "%s", r.body);
	reply_free(&r);

	/* bad paths are answered at once */
	run(id, "echo x > file");
	cr_assert_eq(make(S.user, id, "{\"path\":\"file\"}", NULL), 409);
	cr_assert_eq(make(S.user, id, "{\"path\":\"/etc\"}", NULL), 403);
	cr_assert_eq(make(S.user, id, "{\"path\":\"none\"}", NULL), 404);
	cr_assert_eq(make(S.user, id, "{}", NULL), 400);

	call("DELETE", S.user, id, wid, &r);
	cr_assert_eq(r.status, 204, "%s", r.body);
	reply_free(&r);
	call("GET", S.user, id, wid, &r);
	cr_assert_eq(r.status, 404, "removed: %s", r.body);
	reply_free(&r);
	call("DELETE", S.user, id, wid, &r);
	cr_assert_eq(r.status, 404, "%s", r.body);
	reply_free(&r);

	/* the directory's removal: its events are lost with it, the watcher goes */
	cr_assert_eq(make(S.user, id, "{\"path\":\"w/sub\"}", wid), 201);
	run(id, "rm -r w");
	call("GET", S.user, id, wid, &r);
	cr_assert_eq(r.status, 404, "%s", r.body);
	cr_assert(strstr(r.body, "gone"), "%s", r.body);
	reply_free(&r);
}

/* At most 4 watchers of a sandbox, kept or streamed; more events than the
 * kernel queues between two calls: the call says they were lost and the
 * watcher goes (its place is free again); the sandbox's end takes them. */
Test(sandbox_watchers, bound_overflow_and_the_sandbox_end)
{
	char id[64], wid[4][64], cmd[300];
	struct reply r;
	long max = 16384;
	FILE *f = fopen("/proc/sys/fs/inotify/max_queued_events", "r");

	if (f) {
		cr_assert_eq(fscanf(f, "%ld", &max), 1);
		fclose(f);
	}
	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	for (int i = 0; i < 4; i++)
		cr_assert_eq(make(S.user, id, "{\"path\":\".\"}", wid[i]), 201);
	cr_assert_eq(make(S.user, id, "{\"path\":\".\"}", NULL), 429);
	char path[200];
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/files/watch?path=.", id);
	http(&S, "GET", path, S.user, NULL, NULL, &r);
	cr_assert(strstr(r.body, "too_many_watchers"), "the streams share the bound: %s", r.body);
	reply_free(&r);

	/* two files written in turn: no two events alike in a row (the kernel
	 * merges those), more of them than its queue holds */
	snprintf(cmd, sizeof(cmd),
		 "python3 -c \"import os\na = os.open('a', os.O_WRONLY | os.O_CREAT)\n"
		 "b = os.open('b', os.O_WRONLY | os.O_CREAT)\nfor i in range(%ld):\n"
		 "    os.write(a, b'x'); os.write(b, b'y')\"",
		 max / 2 + 100);
	run(id, cmd);
	call("GET", S.user, id, wid[0], &r);
	cr_assert_eq(r.status, 429, "%s", r.body);
	cr_assert_str_eq(jstr(json_object_get(r.json, "error"), "code"), "events_lost", "%s",
			 r.body);
	reply_free(&r);
	call("GET", S.user, id, wid[0], &r);
	cr_assert_eq(r.status, 404, "it is gone: %s", r.body);
	reply_free(&r);
	cr_assert_eq(make(S.user, id, "{\"path\":\".\"}", wid[0]), 201, "its place is free");

	snprintf(path, sizeof(path), "/v1/sandboxes/%s", id);
	http(&S, "DELETE", path, S.user, NULL, NULL, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	reply_free(&r);
	call("GET", S.user, id, wid[1], &r);
	cr_assert_eq(r.status, 409, "%s", r.body);
	reply_free(&r);
}
