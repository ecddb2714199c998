/* `airlock sandbox create|exec|run|cp|ls|rm|list` against a real server:
 * what it prints, its exit statuses, binary-safe copies both ways, and the
 * one-line refusals of bad input. */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/harness.h"
#include "server/client.h"

static struct srv S;
static char url[64];
static char tmp[64];

static void teardown(void)
{
	srv_cleanup(&S);
	if (tmp[0]) {
		char cmd[100];
		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmp);
		(void)!system(cmd);
	}
}

TestSuite(sandbox_cli, .fini = teardown, .timeout = 120);

/* A server with the configuration yaml (NULL: the defaults), in which
 * "TMP" stands for this test's own directory, made first. */
static void start_with(const char *yaml)
{
	char cfg[1024], *at;
	snprintf(tmp, sizeof(tmp), "/tmp/airlock-sbcli.XXXXXX");
	cr_assert(mkdtemp(tmp) != NULL);
	cr_assert_eq(chmod(tmp, 0755), 0);
	snprintf(cfg, sizeof(cfg), "%s", yaml ? yaml : "");
	while ((at = strstr(cfg, "TMP")) != NULL) {
		char rest[1024];
		snprintf(rest, sizeof(rest), "%s", at + 3);
		snprintf(at, sizeof(cfg) - (size_t)(at - cfg), "%s%s", tmp, rest);
	}
	srv_start(&S, yaml ? cfg : NULL, NULL);
	snprintf(url, sizeof(url), "http://127.0.0.1:%d", S.port);
	unsetenv("AIRLOCK_SERVER");
	unsetenv("AIRLOCK_URL");
	unsetenv("AIRLOCK_KEY");
	unsetenv("AIRLOCK_API_KEY");
}

static void start(void)
{
	start_with(NULL);
}

/* `airlock sandbox SUB --server URL --key KEY ARGS...` (NULL-terminated). */
static int sandbox(struct proc_out *o, const char *stdin_data, const char *sub, ...)
{
	const char *argv[24] = {airlock_bin(), "sandbox", sub, "--server", url, "--key", S.user};
	va_list ap;
	int n = 7;
	va_start(ap, sub);
	while (n < 23 && (argv[n] = va_arg(ap, const char *)) != NULL)
		n++;
	va_end(ap);
	argv[n] = NULL;
	return run_cmd(argv, stdin_data, 60, o);
}

static void one_line(const struct proc_out *o, const char *needle)
{
	cr_assert(strstr(o->err, needle), "stderr says '%s': %s", needle, o->err);
	cr_assert(strchr(o->err, '\n') == o->err + o->err_len - 1, "one line: %s", o->err);
}

static void create(char *id)
{
	struct proc_out o;
	cr_assert_eq(sandbox(&o, NULL, "create", "--timeout", "120", NULL), 0, "%s", o.err);
	cr_assert(strncmp(o.out, "sb_", 3) == 0, "%s", o.out);
	o.out[strcspn(o.out, "\n")] = 0;
	snprintf(id, 64, "%s", o.out);
	proc_out_free(&o);
}

Test(sandbox_cli, create_exec_and_exit_statuses)
{
	char id[64];
	struct proc_out o;

	start();
	create(id);
	cr_assert_eq(sandbox(&o, NULL, "exec", id, "--", "echo", "hi;", "echo", "err", ">&2", NULL),
		     0);
	cr_assert_str_eq(o.out, "hi\n");
	cr_assert_str_eq(o.err, "err\n");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "exec", id, "--", "exit 7", NULL), 7);
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, "from stdin\n", "exec", id, "-i", "-", "-e", "V=val", "--",
			     "cat; echo $V", NULL),
		     0, "%s", o.err);
	cr_assert_str_eq(o.out, "from stdin\nval\n");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "exec", id, "-w", "1", "--", "sleep 30", NULL), 124);
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "exec", id, "-t", "99999", "--", "true", NULL), 1);
	one_line(&o, "limit_too_high"); /* an error event of the stream */
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "exec", id, "--json", "--", "echo j", NULL), 0);
	json_t *r = json_loads(o.out, 0, NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "j\n");
	json_decref(r);
	proc_out_free(&o);
}

Test(sandbox_cli, cp_both_ways_is_binary_safe)
{
	char id[64], src[128], dst[128], remote[128];
	unsigned char all[256];
	struct proc_out o;

	start();
	create(id);
	for (int i = 0; i < 256; i++)
		all[i] = (unsigned char)i;
	snprintf(src, sizeof(src), "%s/in.bin", tmp);
	snprintf(dst, sizeof(dst), "%s/out.bin", tmp);
	FILE *f = fopen(src, "wb");
	cr_assert(f && fwrite(all, 1, 256, f) == 256);
	fclose(f);
	snprintf(remote, sizeof(remote), "%s:dir/in.bin", id);
	cr_assert_eq(sandbox(&o, NULL, "cp", src, remote, NULL), 0, "%s", o.err);
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "exec", id, "--", "wc -c < dir/in.bin", NULL), 0);
	cr_assert_str_eq(o.out, "256\n");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "cp", remote, dst, NULL), 0, "%s", o.err);
	proc_out_free(&o);
	f = fopen(dst, "rb");
	unsigned char back[300];
	cr_assert(f != NULL);
	size_t n = fread(back, 1, sizeof(back), f);
	fclose(f);
	cr_assert_eq(n, 256);
	cr_assert(memcmp(back, all, 256) == 0);
	cr_assert_eq(sandbox(&o, NULL, "ls", id, "dir", NULL), 0);
	cr_assert(strstr(o.out, "in.bin") && strstr(o.out, "256"), "%s", o.out);
	proc_out_free(&o);
	snprintf(remote, sizeof(remote), "%s:nothing", id);
	cr_assert_eq(sandbox(&o, NULL, "cp", remote, dst, NULL), 1);
	one_line(&o, "404");
	proc_out_free(&o);
	snprintf(remote, sizeof(remote), "%s:/etc/passwd", id);
	cr_assert_eq(sandbox(&o, NULL, "cp", remote, "-", NULL), 1);
	cr_assert_eq(o.out_len, 0);
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "cp", src, dst, NULL), 125, "two local paths");
	one_line(&o, "exactly one");
	proc_out_free(&o);
}

Test(sandbox_cli, list_rm_and_run)
{
	char id[64];
	struct proc_out o;

	start();
	create(id);
	cr_assert_eq(sandbox(&o, NULL, "list", NULL), 0);
	cr_assert(strstr(o.out, id) && strstr(o.out, "running"), "%s", o.out);
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "rm", id, NULL), 0, "%s", o.err);
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "exec", id, "--", "true", NULL), 1);
	one_line(&o, "sandbox_terminated");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "list", "--json", NULL), 0);
	json_t *l = json_loads(o.out, 0, NULL);
	json_t *first = json_array_get(json_object_get(l, "sandboxes"), 0);
	cr_assert_str_eq(jstr(first, "reason"), "deleted");
	json_decref(l);
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "run", "-m", "128", "--", "echo once; exit 4", NULL), 4);
	cr_assert_str_eq(o.out, "once\n");
	proc_out_free(&o);
	struct reply r;
	http(&S, "GET", "/metrics", NULL, NULL, NULL, &r);
	cr_assert(strstr(r.body, "airlock_sandboxes_live 0\n"), "run removed its sandbox");
	reply_free(&r);
}

Test(sandbox_cli, misuse_is_125_in_one_line)
{
	struct proc_out o;
	const char *argv[] = {airlock_bin(),	    "sandbox", "list", "--server",
			      "http://127.0.0.1:1", "--key",   "ak_x", NULL};

	start();
	cr_assert_eq(run_cmd(argv, NULL, 30, &o), 125);
	one_line(&o, "cannot reach");
	proc_out_free(&o);
	const char *nokey[] = {airlock_bin(), "sandbox", "list", "--server", url, NULL};
	cr_assert_eq(run_cmd(nokey, NULL, 30, &o), 125);
	one_line(&o, "API key");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "exec", "../../v1/keys", "--", "true", NULL), 125);
	one_line(&o, "not a sandbox id");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "exec", "sb_00", NULL), 125);
	one_line(&o, "needs a command");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "frobnicate", NULL), 125);
	one_line(&o, "unknown sandbox command");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "create", "-t", "5", NULL), 125, "-t is exec's");
	one_line(&o, "does not take");
	proc_out_free(&o);
	const char *help[] = {airlock_bin(), "sandbox", "--help", NULL};
	cr_assert_eq(run_cmd(help, NULL, 30, &o), 0);
	cr_assert(strstr(o.out, "usage: airlock sandbox"));
	proc_out_free(&o);
}

/* What is inside: --mount by the configuration's name, --image, and
 * --net / --allow-host composed into the request's "net" (the sandbox
 * object says it back); the server's refusals pass through in one line. */
Test(sandbox_cli, mounts_images_and_egress)
{
	char path[128];
	struct proc_out o;

	start_with("mounts:\n  data: TMP/data\negress: [api.test]\n");
	snprintf(path, sizeof(path), "%s/data", tmp);
	cr_assert_eq(mkdir(path, 0755), 0);
	snprintf(path, sizeof(path), "%s/data/f.txt", tmp);
	FILE *f = fopen(path, "w");
	cr_assert_not_null(f);
	fputs("from the host\n", f);
	fclose(f);
	cr_assert_eq(sandbox(&o, NULL, "run", "--mount", "data", "--mount", "data:/srv/d", "--",
			     "cat /mnt/data/f.txt /srv/d/f.txt; touch /mnt/data/x 2>/dev/null || "
			     "echo read-only",
			     NULL),
		     0, "%s", o.err);
	cr_assert_str_eq(o.out, "from the host\nfrom the host\nread-only\n");
	proc_out_free(&o);

	cr_assert_eq(sandbox(&o, NULL, "create", "--allow-host", "api.test", "--json", NULL), 0,
		     "%s", o.err);
	json_t *sb = json_loads(o.out, 0, NULL);
	cr_assert_not_null(sb, "%s", o.out);
	json_t *allow = json_object_get(json_object_get(sb, "net"), "allow");
	cr_assert_eq(json_array_size(allow), 1, "%s", o.out);
	cr_assert_str_eq(json_string_value(json_array_get(allow, 0)), "api.test");
	cr_assert_str_eq(jstr(json_object_get(sb, "limits"), "net"), "egress");
	proc_out_free(&o);
	const char *id = jstr(sb, "id");
	/* `sandbox net` replaces its list (none: nothing), within the server's */
	cr_assert_eq(sandbox(&o, NULL, "net", id, "--json", NULL), 0, "%s", o.err);
	json_t *now = json_loads(o.out, 0, NULL);
	cr_assert_not_null(now, "%s", o.out);
	cr_assert(json_is_array(json_object_get(json_object_get(now, "net"), "allow")));
	cr_assert_eq(json_array_size(json_object_get(json_object_get(now, "net"), "allow")), 0,
		     "%s", o.out);
	json_decref(now);
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "net", id, "--allow-host", "api.test", NULL), 0, "%s",
		     o.err);
	cr_assert_str_eq(o.out, "");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "net", id, "--allow-host", "elsewhere.test", NULL), 1);
	one_line(&o, "elsewhere.test");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "net", id, "--net", "egress", NULL), 125);
	one_line(&o, "does not take");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "net", NULL), 125);
	one_line(&o, "needs the sandbox's ID");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "rm", id, NULL), 0, "%s", o.err);
	proc_out_free(&o);
	json_decref(sb);
	/* one made without egress has no list to change */
	char plain[64];
	create(plain);
	cr_assert_eq(sandbox(&o, NULL, "net", plain, "--allow-host", "api.test", NULL), 1);
	one_line(&o, "without egress");
	proc_out_free(&o);

	/* the server's lists bound what a create may ask */
	cr_assert_eq(sandbox(&o, NULL, "create", "--allow-host", "elsewhere.test", NULL), 1);
	one_line(&o, "elsewhere.test");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "create", "--mount", "nonesuch", NULL), 1);
	one_line(&o, "nonesuch");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "create", "--image", "nonesuch:1", NULL), 1);
	one_line(&o, "nonesuch:1");
	proc_out_free(&o);
	/* and the command line what it may combine */
	cr_assert_eq(
	    sandbox(&o, NULL, "create", "--net", "loopback", "--allow-host", "api.test", NULL),
	    125);
	one_line(&o, "--allow-host needs --net egress");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "exec", "sb_00", "--mount", "data", "--", "true", NULL),
		     125);
	one_line(&o, "does not take");
	proc_out_free(&o);
}

/* `sandbox list`'s STATE of id, or "" when not listed */
static void listed_state(const char *id, char *state, size_t size)
{
	struct proc_out o;
	cr_assert_eq(sandbox(&o, NULL, "list", NULL), 0, "%s", o.err);
	const char *line = strstr(o.out, id);
	state[0] = 0;
	if (line)
		sscanf(line + strlen(id), " %31s", state);
	(void)size;
	proc_out_free(&o);
}

Test(sandbox_cli, pause_resume_and_exec)
{
	char id[64], state[32];
	struct proc_out o;

	start();
	create(id);
	if (!running_as_root()) {
		/* no cgroup freezer: refused in one line that says why and what to do */
		cr_assert_eq(sandbox(&o, NULL, "pause", id, NULL), 1);
		one_line(&o, "HTTP 501 pause_unsupported");
		cr_assert(strstr(o.err, "freezer") && strstr(o.err, "as root"), "%s", o.err);
		proc_out_free(&o);
		cr_assert_eq(sandbox(&o, NULL, "exec", id, "--", "echo still", NULL), 0);
		cr_assert_str_eq(o.out, "still\n", "not paused");
		proc_out_free(&o);
		listed_state(id, state, sizeof(state));
		cr_assert_str_eq(state, "running");
		return;
	}
	cr_assert_eq(sandbox(&o, NULL, "pause", id, NULL), 0, "%s", o.err);
	cr_assert_eq(o.out_len, 0, "quiet without --json: %s", o.out);
	proc_out_free(&o);
	listed_state(id, state, sizeof(state));
	cr_assert_str_eq(state, "paused");
	cr_assert_eq(sandbox(&o, NULL, "exec", id, "--", "echo no", NULL), 1);
	cr_assert_eq(o.out_len, 0, "nothing ran: %s", o.out);
	one_line(&o, "HTTP 409 sandbox_paused");
	cr_assert(strstr(o.err, "'airlock sandbox resume ") && strstr(o.err, id), "%s", o.err);
	proc_out_free(&o);
	char remote[100];
	snprintf(remote, sizeof(remote), "%s:f", id);
	cr_assert_eq(sandbox(&o, "x", "cp", "-", remote, NULL), 1, "files of a paused one");
	one_line(&o, "sandbox_paused");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "pause", id, "--json", NULL), 1, "paused already");
	one_line(&o, "sandbox_paused");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "resume", id, "--json", NULL), 0, "%s", o.err);
	json_t *j = json_loads(o.out, 0, NULL);
	cr_assert_str_eq(jstr(j, "state"), "running", "%s", o.out);
	json_decref(j);
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "exec", id, "--", "echo again", NULL), 0, "%s", o.err);
	cr_assert_str_eq(o.out, "again\n");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "resume", id, NULL), 1, "not paused");
	one_line(&o, "HTTP 409 not_paused");
	cr_assert(strstr(o.err, "nothing to resume"), "%s", o.err);
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "pause", "sb_0123", NULL), 1);
	one_line(&o, "404");
	proc_out_free(&o);
}

/* --auto-resume: paused, an exec and a cp wake it; rootless it is
 * refused in one line, and nothing is made */
Test(sandbox_cli, auto_resume_wakes_on_exec)
{
	char id[64], state[32];
	struct proc_out o;

	start();
	if (!running_as_root()) {
		cr_assert_eq(sandbox(&o, NULL, "create", "--auto-resume", NULL), 1);
		one_line(&o, "HTTP 501 pause_unsupported");
		cr_assert(strstr(o.err, "--auto-resume"), "%s", o.err);
		proc_out_free(&o);
		return;
	}
	cr_assert_eq(sandbox(&o, NULL, "create", "--auto-resume", "--json", NULL), 0, "%s", o.err);
	json_t *j = json_loads(o.out, 0, NULL);
	cr_assert(json_is_true(json_object_get(j, "auto_resume")), "%s", o.out);
	snprintf(id, sizeof(id), "%s", jstr(j, "id"));
	json_decref(j);
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "pause", id, NULL), 0, "%s", o.err);
	proc_out_free(&o);
	listed_state(id, state, sizeof(state));
	cr_assert_str_eq(state, "paused", "list does not wake it");
	cr_assert_eq(sandbox(&o, NULL, "exec", id, "--", "echo awake", NULL), 0, "%s", o.err);
	cr_assert_str_eq(o.out, "awake\n");
	proc_out_free(&o);
	listed_state(id, state, sizeof(state));
	cr_assert_str_eq(state, "running");
	cr_assert_eq(sandbox(&o, NULL, "pause", id, NULL), 0, "%s", o.err);
	proc_out_free(&o);
	char remote[100];
	snprintf(remote, sizeof(remote), "%s:f", id);
	cr_assert_eq(sandbox(&o, "data", "cp", "-", remote, NULL), 0, "%s", o.err);
	proc_out_free(&o);
	listed_state(id, state, sizeof(state));
	cr_assert_str_eq(state, "running", "a file call woke it");
}

/* the MEMORY line's MiB used, -1 when there is none */
static double memory_mib(const char *out)
{
	const char *m = strstr(out, "\nMEMORY ");
	double v = -1;
	if (m == NULL || sscanf(m + 8, " %lf MiB used of", &v) != 1)
		return -1;
	return v;
}

Test(sandbox_cli, metrics_are_measured)
{
	char id[64];
	struct proc_out o;

	start();
	cr_assert_eq(sandbox(&o, NULL, "create", "--timeout", "120", "-m", "256", "-d", "32", NULL),
		     0, "%s", o.err);
	o.out[strcspn(o.out, "\n")] = 0;
	snprintf(id, sizeof(id), "%s", o.out);
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "metrics", id, NULL), 0, "%s", o.err);
	cr_assert(strncmp(o.out, "CPU ", 4) == 0, "%s", o.out);
	cr_assert(strstr(o.out, "MiB used of 256.0 MiB"), "its memory limit: %s", o.out);
	cr_assert(strstr(o.out, "\nDISK ") && strstr(o.out, "used of 32.0 MiB"),
		  "its disk limit: %s", o.out);
	double before = memory_mib(o.out);
	cr_assert(before >= 0 && before < 50, "%s", o.out);
	proc_out_free(&o);
	/* a process that holds 60 MiB, until it is killed with the sandbox */
	cr_assert_eq(sandbox(&o, NULL, "exec", id, "--",
			     "nohup python3 -c 'b = bytearray(60 << 20)\nimport time; "
			     "time.sleep(600)' >/dev/null 2>&1 &",
			     NULL),
		     0, "%s", o.err);
	proc_out_free(&o);
	double seen = -1;
	for (int i = 0; i < 60 * test_slowness() && seen < 50; i++) {
		usleep(100000);
		cr_assert_eq(sandbox(&o, NULL, "metrics", id, NULL), 0, "%s", o.err);
		seen = memory_mib(o.out);
		proc_out_free(&o);
	}
	cr_assert_geq(seen, 50, "60 MiB held: %g MiB", seen);
	cr_assert_eq(sandbox(&o, NULL, "metrics", id, "--json", NULL), 0, "%s", o.err);
	json_t *j = json_loads(o.out, 0, NULL);
	cr_assert_geq(json_number_value(json_object_get(j, "memory_used_bytes")), 50.0 * (1 << 20),
		      "%s", o.out);
	cr_assert_eq(json_number_value(json_object_get(j, "memory_total_bytes")),
		     256.0 * (1 << 20));
	cr_assert(json_is_number(json_object_get(j, "cpu_used_pct")), "%s", o.out);
	json_decref(j);
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "rm", id, NULL), 0, "%s", o.err);
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "metrics", id, NULL), 1, "ended");
	one_line(&o, "409");
	proc_out_free(&o);
}

Test(sandbox_cli, on_timeout_pause)
{
	char state[32];
	struct proc_out o;

	start();
	cr_assert_eq(sandbox(&o, NULL, "create", "--on-timeout", "later", NULL), 125);
	one_line(&o, "--on-timeout takes end or pause, not 'later'");
	proc_out_free(&o);
	cr_assert_eq(
	    sandbox(&o, NULL, "exec", "sb_00", "--on-timeout", "pause", "--", "true", NULL), 125,
	    "a create option");
	one_line(&o, "does not take");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "pause", NULL), 125);
	one_line(&o, "needs the sandbox's ID");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "metrics", "sb_00", "extra", NULL), 125);
	one_line(&o, "unexpected argument");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "resume", "../keys", NULL), 125);
	one_line(&o, "not a sandbox id");
	proc_out_free(&o);
	if (!running_as_root()) {
		cr_assert_eq(
		    sandbox(&o, NULL, "create", "--timeout", "2", "--on-timeout", "pause", NULL),
		    1);
		one_line(&o, "HTTP 501 pause_unsupported");
		cr_assert(strstr(o.err, "leave --on-timeout at end"), "%s", o.err);
		cr_assert_eq(o.out_len, 0);
		proc_out_free(&o);
		cr_assert_eq(sandbox(&o, NULL, "list", "--json", NULL), 0);
		json_t *l = json_loads(o.out, 0, NULL);
		cr_assert_eq(json_array_size(json_object_get(l, "sandboxes")), 0, "none made");
		json_decref(l);
		proc_out_free(&o);
		return;
	}
	cr_assert_eq(
	    sandbox(&o, NULL, "create", "--timeout", "2", "--on-timeout", "pause", "--json", NULL),
	    0, "%s", o.err);
	json_t *c = json_loads(o.out, 0, NULL);
	char id[64];
	snprintf(id, sizeof(id), "%s", jstr(c, "id"));
	cr_assert_str_eq(jstr(c, "on_timeout"), "pause");
	json_decref(c);
	proc_out_free(&o);
	for (int i = 0;; i++) {
		listed_state(id, state, sizeof(state));
		if (strcmp(state, "paused") == 0)
			break;
		cr_assert_str_eq(state, "running", "paused, not ended");
		cr_assert(i < 100 * test_slowness(), "not paused at its timeout");
		usleep(100000);
	}
	cr_assert_eq(sandbox(&o, NULL, "exec", id, "--", "true", NULL), 1);
	one_line(&o, "sandbox_paused");
	proc_out_free(&o);
	/* resumed with a new lifetime of 2 s (it pauses again after it: not
	 * waited for here, an exec after resume is pause_resume_and_exec's) */
	cr_assert_eq(sandbox(&o, NULL, "resume", id, "--json", NULL), 0, "%s", o.err);
	c = json_loads(o.out, 0, NULL);
	cr_assert_str_eq(jstr(c, "state"), "running", "%s", o.out);
	json_decref(c);
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "rm", id, NULL), 0, "%s", o.err);
	proc_out_free(&o);
}

/* `sandbox forward ID PORT --listen 127.0.0.1:0`: its first line names
 * the address; requests to it reach the sandbox's server. */
static pid_t forward_start(const char *id, const char *port, int *lport)
{
	int p[2];
	cr_assert_eq(pipe(p), 0);
	pid_t pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		dup2(p[1], 1);
		close(p[0]);
		close(p[1]);
		execl(airlock_bin(), airlock_bin(), "sandbox", "forward", id, port, "--listen",
		      "127.0.0.1:0", "--server", url, "--key", S.user, (char *)NULL);
		_exit(127);
	}
	close(p[1]);
	FILE *f = fdopen(p[0], "r");
	char line[256] = "";
	cr_assert(fgets(line, sizeof(line), f) != NULL, "forward printed nothing");
	fclose(f);
	cr_assert_eq(sscanf(line, "forwarding http://127.0.0.1:%d/", lport), 1, "%s", line);
	cr_assert(strstr(line, id), "%s", line);
	return pid;
}

Test(sandbox_cli, forward_a_local_port_to_the_sandboxs_server)
{
	char id[64], req[256];
	struct proc_out o;
	int lport;
	bool closed;

	start();
	cr_assert_eq(sandbox(&o, NULL, "create", "--net", "loopback", NULL), 0, "%s", o.err);
	o.out[strcspn(o.out, "\n")] = 0;
	snprintf(id, sizeof(id), "%s", o.out);
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "exec", id, "--",
			     "mkdir -p d && echo page > d/index.html && "
			     "(python3 -m http.server 8000 --bind 127.0.0.1 >/dev/null 2>&1 &) && "
			     "for i in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/8000) 2>/dev/null "
			     "&& exit 0; sleep 0.05; done; exit 1",
			     NULL),
		     0, "%s", o.err);
	proc_out_free(&o);
	pid_t pid = forward_start(id, "8000", &lport);
	for (int i = 0; i < 3; i++) { /* a connection each */
		snprintf(req, sizeof(req), "GET /d/index.html HTTP/1.1\r\nHost: x\r\n\r\n");
		char *a = raw_exchange(lport, req, strlen(req), 30, &closed);
		cr_assert(a && strstr(a, "HTTP/1.1 200 "), "%s", a);
		cr_assert(strstr(a, "\r\n\r\npage\n"), "%s", a);
		free(a);
	}
	/* what the server says goes back as it is: 404, 501 */
	snprintf(req, sizeof(req), "GET /missing HTTP/1.1\r\nHost: x\r\n\r\n");
	char *a = raw_exchange(lport, req, strlen(req), 30, &closed);
	cr_assert(a && strstr(a, "HTTP/1.1 404 "), "%s", a);
	free(a);
	snprintf(req, sizeof(req), "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc");
	a = raw_exchange(lport, req, strlen(req), 30, &closed);
	cr_assert(a && strstr(a, "HTTP/1.1 501 "), "%s", a);
	free(a);
	/* not HTTP: refused here */
	a = raw_exchange(lport, "hello\r\n\r\n", 9, 30, &closed);
	cr_assert(a && strstr(a, "HTTP/1.1 400 "), "%s", a);
	free(a);
	kill(pid, SIGTERM);
	waitpid(pid, NULL, 0);

	/* a sandbox that is not there, a port that is not one: one line */
	cr_assert_eq(sandbox(&o, NULL, "forward", "sb_0123", "8000", NULL), 1);
	one_line(&o, "not_found");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "forward", id, "http", NULL), 125);
	one_line(&o, "is not a port");
	proc_out_free(&o);
	cr_assert_eq(sandbox(&o, NULL, "forward", id, NULL), 125);
	one_line(&o, "needs the sandbox's ID and a PORT");
	proc_out_free(&o);
}
