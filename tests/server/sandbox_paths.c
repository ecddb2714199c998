/*
 * The files API of a sandbox, attacked: every call with paths that climb
 * out, absolute paths outside /home/user, links a command planted that
 * point at the host's files, a full disk, a FIFO in place of a file. The
 * host's canary directory (made here, outside the sandbox) must never be
 * read, written, listed or removed through the API.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/harness.h"
#include "server/sandbox_client.h"

static struct srv S;
static char canary[64]; /* a host directory with a file "secret" */

static void setup(void)
{
	snprintf(canary, sizeof(canary), "/tmp/airlock-canary.XXXXXX");
	cr_assert(mkdtemp(canary) != NULL);
	chmod(canary, 0777); /* reachable for any uid the API could act as */
	char path[128];
	snprintf(path, sizeof(path), "%s/secret", canary);
	FILE *f = fopen(path, "w");
	cr_assert(f != NULL);
	fputs("host secret\n", f);
	fclose(f);
	chmod(path, 0666);
}

static void teardown(void)
{
	srv_cleanup(&S);
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", canary);
	(void)!system(cmd);
}

TestSuite(sandbox_paths, .init = setup, .fini = teardown, .timeout = 120);

static bool host_has(const char *name)
{
	char path[160];
	struct stat st;
	snprintf(path, sizeof(path), "%s/%s", canary, name);
	return lstat(path, &st) == 0;
}

static void assert_refused(const struct bin_reply *r, const char *what)
{
	cr_assert(r->status == 403 || r->status == 404 || r->status == 400 || r->status == 409,
		  "%s: refused, not %ld: %.300s", what, r->status, r->body);
	cr_assert(r->body == NULL || strstr(r->body, "host secret") == NULL, "%s leaked", what);
}

/* Every files call with path p: none may succeed. */
static void attack_all(const char *id, const char *p, const char *label)
{
	struct bin_reply r;
	char what[200], body[400];
	struct reply h;
	char path[160];

	snprintf(what, sizeof(what), "read %s (%s)", p, label);
	sb_files(&S, S.user, "GET", id, NULL, "path", p, NULL, 0, 30, &r);
	assert_refused(&r, what);
	bin_reply_free(&r);
	snprintf(what, sizeof(what), "list %s (%s)", p, label);
	sb_files(&S, S.user, "GET", id, NULL, "dir", p, NULL, 0, 30, &r);
	assert_refused(&r, what);
	cr_assert(r.body == NULL || strstr(r.body, "\"name\":\"secret\"") == NULL,
		  "%s listed the host", what);
	bin_reply_free(&r);
	snprintf(what, sizeof(what), "stat %s (%s)", p, label);
	sb_files(&S, S.user, "GET", id, "/stat", "path", p, NULL, 0, 30, &r);
	assert_refused(&r, what);
	bin_reply_free(&r);
	snprintf(what, sizeof(what), "write %s (%s)", p, label);
	sb_files(&S, S.user, "PUT", id, NULL, "path", p, "pwned\n", 6, 30, &r);
	assert_refused(&r, what);
	bin_reply_free(&r);
	snprintf(what, sizeof(what), "remove %s (%s)", p, label);
	sb_files(&S, S.user, "DELETE", id, NULL, "path", p, NULL, 0, 30, &r);
	assert_refused(&r, what);
	bin_reply_free(&r);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/files/mkdir", id);
	json_t *o = json_pack("{s:s}", "path", p);
	char *t = json_dumps(o, JSON_COMPACT);
	http(&S, "POST", path, S.user, NULL, t, &h);
	cr_assert(h.status >= 400 && h.status < 500, "mkdir %s (%s): %ld %s", p, label, h.status,
		  h.body);
	reply_free(&h);
	free(t);
	json_decref(o);
	snprintf(path, sizeof(path), "/v1/sandboxes/%s/files/move", id);
	snprintf(body, sizeof(body), "{\"from\":\"%s\",\"to\":\"stolen\"}", p);
	http(&S, "POST", path, S.user, NULL, body, &h);
	cr_assert(h.status >= 400 && h.status < 500, "move from %s (%s): %ld %s", p, label,
		  h.status, h.body);
	reply_free(&h);
	snprintf(body, sizeof(body), "{\"from\":\"f\",\"to\":\"%s\"}", p);
	http(&S, "POST", path, S.user, NULL, body, &h);
	cr_assert(h.status >= 400 && h.status < 500, "move to %s (%s): %ld %s", p, label, h.status,
		  h.body);
	reply_free(&h);
	cr_assert(host_has("secret"), "the host's file is still there after %s", label);
	cr_assert(!host_has("pwned") && !host_has("stolen") && !host_has("x"),
		  "nothing was written on the host (%s)", label);
}

Test(sandbox_paths, climbing_out_and_absolute_paths)
{
	char id[64], p[200];

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	json_decref(sb_exec(&S, S.user, id, "echo f > f", NULL));
	snprintf(p, sizeof(p), "%s/secret", canary);
	attack_all(id, p, "absolute host path");
	snprintf(p, sizeof(p), "../../..%s/secret", canary);
	attack_all(id, p, "dot-dot");
	snprintf(p, sizeof(p), "/home/user/../..%s/secret", canary);
	attack_all(id, p, "absolute with dot-dot");
	attack_all(id, "/etc/passwd", "/etc/passwd");
	struct bin_reply r;
	sb_files(&S, S.user, "GET", id, NULL, "path", "f", NULL, 0, 30, &r);
	cr_assert_eq(r.status, 200, "the work dir's own file still reads");
	bin_reply_free(&r);
}

Test(sandbox_paths, links_planted_by_a_command)
{
	char id[64], cmd[300], p[200];

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	snprintf(cmd, sizeof(cmd),
		 "echo f > f; ln -s %s host; ln -s / root; ln -s /etc etc; ln -s %s/secret s; "
		 "mkdir d; ln -s ../../../../../..%s d/up",
		 canary, canary, canary);
	json_t *x = sb_exec(&S, S.user, id, cmd, NULL);
	cr_assert_str_eq(jstr(x, "status"), "ok", "%s", jstr(x, "stderr"));
	json_decref(x);
	attack_all(id, "host/secret", "link to the host's directory");
	attack_all(id, "host/x", "a new file through a link");
	snprintf(p, sizeof(p), "root%s/secret", canary);
	attack_all(id, p, "link to /");
	attack_all(id, "etc/passwd", "link to /etc");
	attack_all(id, "d/up/secret", "relative link climbing out");
	/* the link itself: reading it must not follow it out */
	struct bin_reply r;
	sb_files(&S, S.user, "GET", id, NULL, "path", "s", NULL, 0, 30, &r);
	assert_refused(&r, "read a link to a host file");
	bin_reply_free(&r);
	sb_files(&S, S.user, "PUT", id, NULL, "path", "s", "pwned\n", 6, 30, &r);
	cr_assert(r.status == 201 || r.status == 403 || r.status == 409, "%ld %s", r.status,
		  r.body);
	bin_reply_free(&r);
	char path[300];
	snprintf(path, sizeof(path), "%s/secret", canary);
	char *host = slurp(path);
	cr_assert(host && strcmp(host, "host secret\n") == 0, "writing over a link replaces the "
							      "link, never its host target");
	free(host);
	/* listing shows the links as links */
	sb_files(&S, S.user, "GET", id, NULL, "dir", ".", NULL, 0, 30, &r);
	cr_assert_eq(r.status, 200);
	json_t *e;
	size_t i;
	json_array_foreach(json_object_get(r.json, "entries"), i, e)
	{
		if (strcmp(jstr(e, "name"), "root") == 0) {
			cr_assert_str_eq(jstr(e, "type"), "link");
			cr_assert_str_eq(jstr(e, "link"), "/");
		}
	}
	bin_reply_free(&r);
	/* removing the link removes the link only */
	sb_files(&S, S.user, "DELETE", id, NULL, "path", "host", NULL, 0, 30, &r);
	cr_assert(r.status == 204 || r.status == 403, "%ld %s", r.status, r.body);
	bin_reply_free(&r);
	cr_assert(host_has("secret"));
}

Test(sandbox_paths, disk_full_is_507_and_leaves_nothing_half_written)
{
	char id[64];
	struct bin_reply r;
	size_t big = 1536 * 1024;
	char *data = malloc(big);

	memset(data, 'z', big);
	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, "{\"limits\":{\"disk_mb\":1}}", id));
	sb_files(&S, S.user, "PUT", id, NULL, "path", "big.bin", data, big, 60, &r);
	cr_assert_eq(r.status, 507, "%ld %s", r.status, r.body);
	cr_assert_str_eq(jstr(json_object_get(r.json, "error"), "code"), "disk_full");
	bin_reply_free(&r);
	free(data);
	sb_files(&S, S.user, "GET", id, NULL, "dir", ".", NULL, 0, 30, &r);
	cr_assert_eq(r.status, 200);
	cr_assert_eq(json_array_size(json_object_get(r.json, "entries")), 0,
		     "no partial file, no temporary: %s", r.body);
	bin_reply_free(&r);
	json_t *x = sb_exec(&S, S.user, id, "ls -A | wc -l", NULL);
	cr_assert_str_eq(jstr(x, "stdout"), "0\n");
	json_decref(x);
	sb_files(&S, S.user, "PUT", id, NULL, "path", "small", "ok", 2, 30, &r);
	cr_assert_eq(r.status, 201, "the disk has room again: %s", r.body);
	bin_reply_free(&r);
}

Test(sandbox_paths, a_fifo_does_not_hang_a_read)
{
	char id[64];
	struct bin_reply r;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	json_decref(sb_exec(&S, S.user, id, "mkfifo p && mkdir d && mkfifo d/q", NULL));
	sb_files(&S, S.user, "GET", id, NULL, "path", "p", NULL, 0, 20, &r);
	cr_assert(r.status != 0, "the read of a FIFO answered (no hang)");
	cr_assert(r.status >= 400 && r.status < 500, "%ld %s", r.status, r.body);
	bin_reply_free(&r);
	sb_files(&S, S.user, "PUT", id, NULL, "path", "d/q", "x", 1, 20, &r);
	cr_assert(r.status != 0, "the write of a FIFO answered (no hang)");
	bin_reply_free(&r);
	sb_files(&S, S.user, "GET", id, NULL, "dir", "d", NULL, 0, 20, &r);
	cr_assert_eq(r.status, 200);
	bin_reply_free(&r);
	json_t *x = sb_exec(&S, S.user, id, "echo alive", NULL);
	cr_assert_str_eq(jstr(x, "stdout"), "alive\n");
	json_decref(x);
}

Test(sandbox_paths, uploads_over_the_body_limit_are_413)
{
	char id[64];
	struct bin_reply r;
	size_t big = 80 * 1024;
	char *data = calloc(1, big);

	srv_start(&S, "max_body_kb: 64\n", NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	sb_files(&S, S.user, "PUT", id, NULL, "path", "big", data, big, 30, &r);
	cr_assert_eq(r.status, 413, "%ld %s", r.status, r.body);
	bin_reply_free(&r);
	free(data);
	json_t *x = sb_exec(&S, S.user, id, "ls -A | wc -l", NULL);
	cr_assert_str_eq(jstr(x, "stdout"), "0\n");
	json_decref(x);
}

/* A directory swapped for a link to the host's canary, over and over, by a
 * process of the sandbox while the API reads, writes, lists and removes
 * through it: whatever the timing, the host is never reached. */
Test(sandbox_paths, a_directory_swapped_for_a_link_meanwhile)
{
	char id[64], cmd[400];
	struct bin_reply r;
	int mine = 0, refused = 0;

	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	snprintf(cmd, sizeof(cmd),
		 "(while :; do rm -rf d; mkdir d; echo mine > d/secret; echo x > d/own; "
		 "rm -rf d; ln -s %s d; done) >/dev/null 2>&1 &",
		 canary);
	json_decref(sb_exec(&S, S.user, id, cmd, NULL));
	for (int i = 0; i < 150; i++) {
		sb_files(&S, S.user, "GET", id, NULL, "path", "d/secret", NULL, 0, 30, &r);
		cr_assert(r.body == NULL || strstr(r.body, "host secret") == NULL,
			  "read the host's file through the swapped link");
		if (r.status == 200) {
			/* the sandbox's own file, maybe caught before echo wrote it */
			cr_assert(strcmp(r.body, "mine\n") == 0 || r.len == 0, "%s", r.body);
			mine++;
		} else {
			refused++;
		}
		bin_reply_free(&r);
		sb_files(&S, S.user, "GET", id, NULL, "dir", "d", NULL, 0, 30, &r);
		json_t *e;
		size_t k;
		json_array_foreach(json_object_get(r.json, "entries"), k, e)
		{
			/* the host's is 12 bytes ("host secret\n"), the sandbox's 0 or 5 */
			cr_assert(strcmp(jstr(e, "name"), "secret") != 0 || jint(e, "size") != 12,
				  "listed the host's directory: %s", r.body);
		}
		bin_reply_free(&r);
		sb_files(&S, S.user, "PUT", id, NULL, "path", "d/x", "pwned\n", 6, 30, &r);
		bin_reply_free(&r);
		sb_files(&S, S.user, "DELETE", id, NULL, "path", "d/secret", NULL, 0, 30, &r);
		bin_reply_free(&r);
		cr_assert(host_has("secret") && !host_has("x"), "the host was touched (round %d)",
			  i);
	}
	cr_log_info("swap race: %d reads of the sandbox's own file, %d refused", mine, refused);
	json_decref(sb_exec(&S, S.user, id, "pkill -f 'while :' || true", NULL));
}

/* Starts the server, makes a sandbox (its id in id) and runs cmd in it. */
static void sandbox_after(const char *cmd, char *id)
{
	srv_start(&S, NULL, NULL);
	json_decref(sb_create(&S, S.user, NULL, id));
	json_t *x = sb_exec(&S, S.user, id, cmd, NULL);
	cr_assert_str_eq(jstr(x, "status"), "ok", "%s", jstr(x, "stderr"));
	json_decref(x);
}

/* A program names its files with any bytes: one whose name is not UTF-8
 * is still listed (its bytes that are not UTF-8 as U+FFFD, as E2B's envd
 * shows them), and stat of it answers, so a file cannot hide from the API
 * by its name (it was an entry with no name, and a stat of {}). */
Test(sandbox_paths, names_that_are_not_utf8_are_listed_not_hidden)
{
	char id[64];

	sandbox_after("touch \"$(printf 'bad\\377')\" good; mkdir \"$(printf 'd\\376')\"; "
		      "ln -s \"$(printf '/t\\375')\" l",
		      id);
	struct bin_reply r;
	sb_files(&S, S.user, "GET", id, NULL, "dir", ".", NULL, 0, 30, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	json_t *entries = json_object_get(r.json, "entries"), *e;
	size_t i, named = 0;
	bool bad = false, dir = false, link = false;
	json_array_foreach(entries, i, e)
	{
		const char *name = json_string_value(json_object_get(e, "name"));
		cr_assert_not_null(name, "an entry with no name: %s", r.body);
		named++;
		bad |= strcmp(name, "bad\xef\xbf\xbd") == 0 && strcmp(jstr(e, "type"), "file") == 0;
		dir |= strcmp(name, "d\xef\xbf\xbd") == 0 && strcmp(jstr(e, "type"), "dir") == 0;
		link |= strcmp(name, "l") == 0 && strcmp(jstr(e, "link"), "/t\xef\xbf\xbd") == 0;
	}
	cr_assert_eq(named, 4, "%s", r.body);
	cr_assert(bad && dir && link, "%s", r.body);
	bin_reply_free(&r);
	sb_files(&S, S.user, "GET", id, "/stat", "path", "bad\xff", NULL, 0, 30, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "name"), "bad\xef\xbf\xbd", "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "type"), "file", "%s", r.body);
	bin_reply_free(&r);
}

/* A listing is bounded: a directory of more than 10,000 entries is a 413
 * that says what to do, not a 500; one below it still lists. */
Test(sandbox_paths, a_listing_over_its_bound_is_413_and_says_what_to_do)
{
	char id[64];

	sandbox_after("mkdir -p many/sub; cd many; seq 1 10001 | xargs touch", id);
	struct bin_reply r;
	sb_files(&S, S.user, "GET", id, NULL, "dir", "many", NULL, 0, 60, &r);
	cr_assert_eq(r.status, 413, "%ld %s", r.status, r.body);
	json_t *err = json_object_get(r.json, "error");
	cr_assert_str_eq(jstr(err, "code"), "too_many_entries", "%s", r.body);
	cr_assert(strstr(jstr(err, "message"), "more than 10000 entries") != NULL, "%s", r.body);
	bin_reply_free(&r);
	sb_files(&S, S.user, "GET", id, NULL, "dir", "many/sub", NULL, 0, 30, &r);
	cr_assert_eq(r.status, 200, "%s", r.body);
	bin_reply_free(&r);
}

/* Two refusals, two codes: a path that leads out is outside_workdir; a
 * file whose own mode refuses the sandbox's user (a command's chmod) is
 * permission_denied, not an escape. */
Test(sandbox_paths, a_refusal_says_which_it_is)
{
	char id[64];

	sandbox_after("echo s > private; chmod 000 private; ln -s / root", id);
	static const struct {
		const char *path, *code;
	} cases[] = {
	    {"../x", "outside_workdir"},
	    {"/etc/passwd", "outside_workdir"},
	    {"root/etc/passwd", "outside_workdir"},
	    {"private", "permission_denied"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct bin_reply r;
		sb_files(&S, S.user, "GET", id, NULL, "path", cases[i].path, NULL, 0, 30, &r);
		cr_assert_eq(r.status, 403, "%s: %ld %s", cases[i].path, r.status, r.body);
		cr_assert_str_eq(jstr(json_object_get(r.json, "error"), "code"), cases[i].code,
				 "%s: %s", cases[i].path, r.body);
		bin_reply_free(&r);
	}
}
