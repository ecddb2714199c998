/* The service's warm templates (config `pool:`, README "Warm path"): runs
 * of a pooled language start warm and say so, the pool is counted in
 * /metrics, a template that dies is replaced, and none outlives the
 * service. And the teardown of runs after their answer (docs/warm.md):
 * nothing of a run is left when the service is killed before it. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdbool.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "lib/harness.h"
#include "server/client.h"

static struct srv S;
static char pool_parent[64];

static void setup(void)
{
	snprintf(pool_parent, sizeof(pool_parent), "/tmp/airlock-pool.XXXXXX");
	cr_assert_not_null(mkdtemp(pool_parent));
}

static void teardown(void)
{
	char cmd[160];
	srv_cleanup(&S);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", pool_parent);
	(void)!system(cmd);
}

TestSuite(service_warm, .init = setup, .fini = teardown, .timeout = 120);

static const char *config(const char *extra)
{
	static char yaml[512];
	snprintf(yaml, sizeof(yaml), "workers: 2\npool_dir: %s/p\n%s", pool_parent,
		 extra ? extra : "");
	return yaml;
}

static bool a_template_of(const char *cmdline, void *needle)
{
	return strstr(cmdline, needle) && strstr(cmdline, "airlock-warm-python");
}

static bool a_node_template_of(const char *cmdline, void *needle)
{
	return strstr(cmdline, needle) && strstr(cmdline, "warm-node.sock");
}

/* The processes that match and are children of this test's service (a
 * sandbox's init, cloned from a template, shows the template's command
 * line until it has blanked it); out may be NULL. */
static int service_children(bool (*match)(const char *, void *), pid_t *out, int max)
{
	pid_t all[16];
	int n = find_host_processes(match, pool_parent, all, 16), k = 0;
	for (int i = 0; i < n && i < 16; i++) {
		char path[64];
		snprintf(path, sizeof(path), "/proc/%d/status", (int)all[i]);
		char *st = slurp(path);
		const char *pp = st ? strstr(st, "\nPPid:") : NULL;
		if (pp && atoi(pp + 7) == (int)S.pid) {
			if (out && k < max)
				out[k] = all[i];
			k++;
		}
		free(st);
	}
	return k;
}

/* The pids of the python templates whose command line holds needle: the
 * service's (while it runs), or any (once it ended: none may be left). */
static int find_processes(const char *needle, pid_t *out, int max)
{
	if (S.pid > 0 && kill(S.pid, 0) == 0)
		return service_children(a_template_of, out, max);
	return find_host_processes(a_template_of, (void *)needle, out, max);
}

/* Submits code in lang until a run starts warm (the template takes a
 * moment to start); returns that run's reply. */
static void submit_lang_until_warm(const char *lang, const char *code, struct reply *r)
{
	double deadline = atof(test_seconds(10));
	for (double waited = 0;; waited += 0.1) {
		submit(&S, S.user, lang, code, NULL, r);
		cr_assert_eq(r->status, 201, "%ld %s", r->status, r->body);
		cr_assert_str_eq(jstr(r->json, "status"), "ok", "%s", r->body);
		if (strcmp(jstr(r->json, "start"), "warm") == 0)
			return;
		cr_assert(waited < deadline, "no %s run started warm: %s", lang, r->body);
		reply_free(r);
		usleep(100000);
	}
}

static void submit_until_warm(struct reply *r)
{
	submit_lang_until_warm("python", "print(1)", r);
}

static long long metric(const char *name)
{
	struct reply m;
	long long v = -1;
	http(&S, "GET", "/metrics", S.admin, NULL, NULL, &m);
	cr_assert_eq(m.status, 200);
	const char *p = strstr(m.body, name);
	while (p && p > m.body && p[-1] != '\n')
		p = strstr(p + 1, name);
	if (p)
		v = atoll(p + strlen(name));
	reply_free(&m);
	return v;
}

Test(service_warm, python_and_node_start_warm_by_default_and_are_counted)
{
	struct reply r;
	srv_start(&S, config(NULL), NULL);
	submit_until_warm(&r);
	cr_expect_null(json_object_get(r.json, "start_note"), "%s", r.body);
	cr_expect_str_eq(jstr(r.json, "stdout"), "1\n");
	reply_free(&r);
	/* node too, unless the machine's node is not the one airlock was built
	 * for (Debian 12's own node 18): then its template says so once and
	 * is not started again, and node runs start cold */
	bool declined = false;
	double deadline = atof(test_seconds(10));
	for (double waited = 0;; waited += 0.1) {
		submit(&S, S.user, "node", "console.log(2)", NULL, &r);
		cr_assert_eq(r.status, 201, "%ld %s", r.status, r.body);
		cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
		cr_expect_str_eq(jstr(r.json, "stdout"), "2\n");
		if (strcmp(jstr(r.json, "start"), "warm") == 0)
			break;
		declined = srv_log_contains(&S, "not the one airlock was built for");
		if (declined)
			break;
		cr_assert(waited < deadline, "no node run started warm: %s", r.body);
		reply_free(&r);
		usleep(100000);
	}
	if (!declined)
		cr_expect_null(json_object_get(r.json, "start_note"), "%s", r.body);
	reply_free(&r);
	cr_expect_geq(metric("airlock_starts_total{start=\"warm\"} "), declined ? 1 : 2);
	cr_expect_eq(metric("airlock_warm_templates "), declined ? 1 : 2);
	cr_expect_eq(metric("airlock_warm_template_starts_total "), 2);

	/* a language without a template starts cold, and that is no news */
	submit(&S, S.user, "bash", "echo hi", NULL, &r);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
	cr_expect_str_eq(jstr(r.json, "start"), "cold");
	cr_expect_null(json_object_get(r.json, "start_note"), "%s", r.body);
	reply_free(&r);
	cr_expect_geq(metric("airlock_starts_total{start=\"cold\"} "), 1);
}

Test(service_warm, pool_zero_starts_no_template)
{
	struct reply r;
	pid_t pids[4];
	srv_start(&S, config("pool:\n  python: 0\n"), NULL);
	submit(&S, S.user, "python", "print(1)", NULL, &r);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
	cr_expect_str_eq(jstr(r.json, "start"), "cold");
	cr_expect_null(json_object_get(r.json, "start_note"), "%s", r.body);
	reply_free(&r);
	cr_expect_eq(metric("airlock_warm_templates "), 0);
	cr_expect_eq(find_processes(pool_parent, pids, 4), 0);
}

Test(service_warm, a_dead_template_is_replaced_and_none_outlives_the_service)
{
	struct reply r;
	pid_t pids[4];
	char sock[128];

	srv_start(&S, config(NULL), NULL);
	submit_until_warm(&r);
	reply_free(&r);
	cr_assert_eq(find_processes(pool_parent, pids, 4), 1);
	cr_assert_eq(kill(pids[0], SIGKILL), 0);
	usleep(200000);

	/* the next run starts cold and says why */
	submit(&S, S.user, "python", "print(2)", NULL, &r);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
	cr_expect_str_eq(jstr(r.json, "start"), "cold");
	const char *note = jstr(r.json, "start_note");
	cr_expect(note && strstr(note, "started cold") && strstr(note, "warm template"), "%s",
		  r.body);
	reply_free(&r);

	/* and a new template takes the runs after it */
	submit_until_warm(&r);
	reply_free(&r);
	pid_t again[4];
	int n = find_processes(pool_parent, again, 4);
	/* the killed one's last process may still be on its way out */
	for (int i = 0; i < 50 * test_slowness() && n != 1; i++) {
		usleep(100000);
		n = find_processes(pool_parent, again, 4);
	}
	cr_assert_eq(n, 1, "one template, the new one");
	cr_expect_neq(again[0], pids[0]);

	srv_stop(&S);
	usleep(100000);
	cr_expect_eq(find_processes(pool_parent, again, 4), 0, "a template outlived the service");
	snprintf(sock, sizeof(sock), "%s/p/warm-python.sock", pool_parent);
	struct stat st;
	cr_expect_neq(stat(sock, &st), 0, "the socket is removed with its template");
}

Test(service_warm, a_pool_dir_others_can_write_is_refused)
{
	char dir[128], cfg[160], data[160];
	struct proc_out o;

	snprintf(dir, sizeof(dir), "%s/p", pool_parent);
	cr_assert_eq(mkdir(dir, 0777), 0);
	cr_assert_eq(chmod(dir, 0777), 0);
	snprintf(cfg, sizeof(cfg), "%s/airlock.yaml", pool_parent);
	snprintf(data, sizeof(data), "%s/data", pool_parent);
	FILE *f = fopen(cfg, "w");
	cr_assert_not_null(f);
	fputs(config(NULL), f);
	fclose(f);
	const char *argv[] = {airlock_bin(), "serve",	   "--config", cfg, "--listen",
			      "127.0.0.1:1", "--data-dir", data,       NULL};
	cr_expect_neq(run_cmd(argv, NULL, atof(test_seconds(20)), &o), 0,
		      "the service must not start");
	cr_expect(strstr(o.err, "is not a private directory") && strstr(o.err, "pool_dir"), "%s",
		  o.err);
	proc_out_free(&o);
}

/* airlock's own cgroup, where the service's runs make theirs: cgroup v1's
 * pids hierarchy (one of three), or v2's unified one. */
static const char *airlock_cgroup(void)
{
	return access("/sys/fs/cgroup/cgroup.controllers", F_OK) == 0
		   ? "/sys/fs/cgroup/airlock"
		   : "/sys/fs/cgroup/pids/airlock";
}

/* How many cgroups of runs of the airlock process pid exist (run-PID-N). */
static int run_cgroups_of(pid_t pid)
{
	char prefix[32];
	DIR *d = opendir(airlock_cgroup());
	struct dirent *de;
	int n = 0;
	snprintf(prefix, sizeof(prefix), "run-%d-", (int)pid);
	while (d && (de = readdir(d)))
		if (strncmp(de->d_name, prefix, strlen(prefix)) == 0)
			n++;
	if (d)
		closedir(d);
	return n;
}

static bool mentions(const char *cmdline, void *text)
{
	return strstr(cmdline, text) != NULL;
}

/* The service answers before a run's teardown (waiting for its sandbox to
 * be gone, removing its cgroup). Killed with SIGKILL while teardowns are
 * pending -- here every one is held back (AIRLOCK_TEARDOWN_DELAY_MS), as
 * if the kill came right after the answer -- it leaves no cgroup and no
 * process: the runs' reapers remove their cgroups, the sandboxes die with
 * their supervisor (a cold run's init) or their template (a warm run's). */
Test(service_warm, a_service_killed_right_after_answering_leaves_nothing_behind)
{
	struct reply r;

	setenv("AIRLOCK_TEARDOWN_DELAY_MS", "600000", 1);
	srv_start(&S, config(NULL), NULL);
	unsetenv("AIRLOCK_TEARDOWN_DELAY_MS");
	submit_until_warm(&r);
	reply_free(&r);
	submit(&S, S.user, "bash", "sleep 0.1 & echo cold", NULL, &r);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
	cr_assert_str_eq(jstr(r.json, "start"), "cold", "%s", r.body);
	reply_free(&r);
	pid_t server = S.pid;
	if (running_as_root())
		cr_assert_geq(run_cgroups_of(server), 2, "the teardowns were not pending");
	/* the service's processes: itself, its templates and the runs'
	 * reapers (copies of it, with its command line) */
	cr_assert_gt(find_host_processes(mentions, S.dir, NULL, 0), 1);

	srv_kill9(&S);
	double deadline = atof(test_seconds(10));
	int cgroups = -1, procs = -1, templates = -1;
	for (double waited = 0; waited < deadline; waited += 0.05) {
		cgroups = running_as_root() ? run_cgroups_of(server) : 0;
		procs = find_host_processes(mentions, S.dir, NULL, 0);
		templates = find_processes(pool_parent, NULL, 0);
		if (cgroups == 0 && procs == 0 && templates == 0)
			break;
		usleep(50000);
	}
	cr_expect_eq(cgroups, 0, "a run's cgroup outlived the service");
	cr_expect_eq(procs, 0, "a reaper outlived the service");
	cr_expect_eq(templates, 0, "a template outlived the service");
}

/* Root: between runs the service makes the cgroups of the next ones ahead
 * (engine_spare_cgroups, at most ENGINE_SPARE_CGROUPS); they are its runs'
 * cgroups by name, and a stop removes them with everything else. */
Test(service_warm, cgroups_made_ahead_are_used_and_removed_at_stop)
{
	struct reply r;

	if (!running_as_root())
		return; /* rootless: no cgroups */
	srv_start(&S, config("pool:\n  python: 0\n"), NULL);
	pid_t server = S.pid;
	double deadline = atof(test_seconds(5));
	int spares = 0;
	for (double waited = 0; waited < deadline && spares < 2; waited += 0.05) {
		spares = run_cgroups_of(server);
		usleep(50000);
	}
	cr_assert_eq(spares, 2, "the service made %d cgroups ahead, not 2", spares);
	for (int i = 0; i < 3; i++) {
		submit(&S, S.user, "bash", "echo hi", NULL, &r);
		cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
		reply_free(&r);
	}
	/* the runs took them and the next ones are made: never more than 2
	 * left once the teardowns are done */
	for (double waited = 0; waited < deadline; waited += 0.05) {
		spares = run_cgroups_of(server);
		if (spares == 2)
			break;
		usleep(50000);
	}
	cr_expect_eq(spares, 2);
	srv_stop(&S);
	cr_expect_eq(run_cgroups_of(server), 0, "a cgroup made ahead outlived the service");
}

/* `pool: {node: 1}`: node runs start warm, one after another (each waits
 * for the node its template is starting rather than start cold), and the
 * template ends with the service. */
Test(service_warm, node_pool_starts_node_warm)
{
	struct reply r;
	pid_t pids[4];

	srv_start(&S, config("pool:\n  node: 1\n"), NULL);
	submit_lang_until_warm("node", "console.log(1)", &r);
	reply_free(&r);
	for (int i = 0; i < 4; i++) {
		submit(&S, S.user, "node", "console.log(process.argv.length)", NULL, &r);
		cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
		cr_expect_str_eq(jstr(r.json, "start"), "warm", "%s", r.body);
		cr_expect_str_eq(jstr(r.json, "stdout"), "2\n");
		reply_free(&r);
	}
	cr_expect_eq(service_children(a_node_template_of, pids, 4), 1);
	srv_stop(&S);
	usleep(100000);
	cr_expect_eq(find_host_processes(a_node_template_of, pool_parent, pids, 4), 0,
		     "the node template outlived the service");
}

/* A template that cannot serve on the machine (here node is not
 * executable; a node of another major version ends the same way,
 * e2e warm_node/another_major_version_of_node) says why once, is not
 * started again, however many runs ask over more than the restart delay,
 * and those runs start cold and say why. */
Test(service_warm, a_template_that_cannot_serve_here_is_not_started_again)
{
	struct reply r;
	char fake[128];

	if (!running_as_root())
		cr_skip_test("a mount namespace to hide /usr/bin/node: root only");
	snprintf(fake, sizeof(fake), "%s/not-node", pool_parent);
	int fd = open(fake, O_WRONLY | O_CREAT | O_EXCL, 0644);
	cr_assert_geq(fd, 0, "%s", strerror(errno));
	close(fd);
	cr_assert_eq(unshare(CLONE_NEWNS), 0, "unshare: %s", strerror(errno));
	cr_assert_eq(mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL), 0, "%s", strerror(errno));
	cr_assert_eq(mount(fake, "/usr/bin/node", NULL, MS_BIND, NULL), 0, "%s", strerror(errno));

	srv_start(&S, config("pool:\n  node: 1\n"), NULL);
	/* it ends at once; the service sees it when asked */
	double deadline = atof(test_seconds(10));
	for (double waited = 0; metric("airlock_warm_templates ") != 0; waited += 0.1) {
		cr_assert(waited < deadline, "the template did not end");
		usleep(100000);
	}
	for (int i = 0; i < 6; i++) {
		submit(&S, S.user, "node", "console.log(1)", NULL, &r);
		cr_assert_eq(r.status, 201, "%ld %s", r.status, r.body);
		cr_expect_str_eq(jstr(r.json, "start"), "cold", "%s", r.body);
		const char *note = jstr(r.json, "start_note");
		cr_expect(note && strstr(note, "cannot serve on this machine"), "%s", r.body);
		reply_free(&r);
		usleep(500000); /* 3 s in all: past the 2 s a failed template waits */
	}
	cr_expect_eq(metric("airlock_warm_template_starts_total "), 1);
	cr_expect_eq(metric("airlock_warm_templates "), 0);
	cr_expect(srv_log_contains(&S, "airlock-warm-node: cannot run /usr/bin/node"));
	cr_expect(srv_log_contains(&S, "cannot serve on this machine (its line above says why)"));
}

/* With a policy, runs of the warm path are analysed by the service's one
 * analyzer: a language's rules are compiled once, on the first request,
 * and never again (airlock_policy_compiles_total in /metrics). */
Test(service_warm, the_policy_rules_are_compiled_once_not_per_request)
{
	const char *q = "airlock_policy_compiles_total{language=\"python\",what=\"query\"} ";
	const char *re = "airlock_policy_compiles_total{language=\"python\",what=\"regex\"} ";
	const char *code = "import os\nos.system('eval echo warned')\n";
	struct reply r;
	long long regexes = -1;

	srv_start(&S, config("policy:\n  mode: warn\n"), NULL);
	cr_expect_eq(metric(q), 0, "compiled before the first request");
	submit_until_warm(&r);
	reply_free(&r);
	for (int i = 0; i < 4; i++) {
		submit(&S, S.user, "python", code, NULL, &r);
		cr_assert_eq(r.status, 201, "%ld %s", r.status, r.body);
		cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
		cr_expect_str_eq(jstr(r.json, "start"), "warm", "%s", r.body);
		cr_expect(strstr(r.body, "\"py-shell\""), "the analysis ran: %s", r.body);
		reply_free(&r);
		cr_expect_eq(metric(q), 1, "request %d: the Python rules compiled again", i + 1);
		if (i == 0)
			regexes = metric(re);
		cr_expect_eq(metric(re), regexes,
			     "request %d: the same program compiled regular expressions again",
			     i + 1);
	}
	cr_expect_gt(regexes, 0);
}

/* ---- the spawner (warm/spawner.c): what cold runs and boxes are cloned
 * from instead of the service (tests/server/clean_init.c reads their
 * inits' memory) ---- */

static bool a_spawner_of(const char *cmdline, void *needle)
{
	return strstr(cmdline, needle) && strstr(cmdline, "airlock-spawner");
}

/* The spawners of this test's service (its children). */
static int find_spawners(pid_t *out, int max)
{
	return service_children(a_spawner_of, out, max);
}

/* The run's enforcement.init. */
static const char *init_of(const struct reply *r)
{
	const char *v =
	    json_string_value(json_object_get(json_object_get(r->json, "enforcement"), "init"));
	return v ? v : "(none)";
}

static void submit_bash(const char *code, struct reply *r)
{
	submit(&S, S.user, "bash", code, NULL, r);
	cr_assert_eq(r->status, 201, "%ld %s", r->status, r->body);
	cr_assert_str_eq(jstr(r->json, "status"), "ok", "%s", r->body);
}

Test(service_warm, cold_runs_are_cloned_by_the_spawner_which_has_no_environment)
{
	struct reply r;
	pid_t pids[4];
	char path[64];

	srv_start(&S, config(NULL), NULL);
	/* the service's start waited for it */
	cr_assert_eq(find_spawners(pids, 4), 1);
	submit_bash("echo $$", &r);
	cr_expect_str_eq(jstr(r.json, "start"), "cold");
	cr_expect_str_eq(init_of(&r), "spawner", "%s", r.body);
	cr_expect_str_eq(jstr(r.json, "stdout"), "2\n", "the program is pid 2 as in any run");
	reply_free(&r);
	/* a compiled language's two steps, and a warm language's template */
	submit(&S, S.user, "c", "#include <stdio.h>\nint main(void){puts(\"c\");return 0;}", NULL,
	       &r);
	cr_assert_str_eq(jstr(r.json, "status"), "ok", "%s", r.body);
	cr_expect_str_eq(jstr(r.json, "stdout"), "c\n");
	cr_expect_str_eq(init_of(&r), "spawner", "%s", r.body);
	reply_free(&r);
	submit_until_warm(&r);
	cr_expect_str_eq(init_of(&r), "template", "%s", r.body);
	reply_free(&r);
	cr_expect_geq(metric("airlock_inits_total{from=\"spawner\"} "), 2);
	cr_expect_geq(metric("airlock_inits_total{from=\"template\"} "), 1);
	cr_expect_eq(metric("airlock_inits_total{from=\"service\"} "), 0);
	cr_expect_eq(metric("airlock_warm_template_starts_total "), 2,
		     "the spawner is no template");

	/* the service's environment (a database's password, say) is not its */
	snprintf(path, sizeof(path), "/proc/%d/environ", (int)pids[0]);
	char *env = slurp(path);
	cr_assert_not_null(env);
	cr_expect_str_eq(env, "", "the spawner's environment: %s", env);
	free(env);

	srv_stop(&S);
	usleep(100000);
	cr_expect_eq(find_host_processes(a_spawner_of, pool_parent, NULL, 0), 0,
		     "the spawner or a sandbox of it outlived the service");
}

Test(service_warm, spawner_false_clones_cold_runs_from_the_service_and_says_so)
{
	struct reply r;
	pid_t pids[4];

	srv_start(&S, config("spawner: false\n"), NULL);
	cr_expect_eq(find_spawners(pids, 4), 0);
	submit_bash("echo hi", &r);
	cr_expect_str_eq(init_of(&r), "supervisor", "%s", r.body);
	reply_free(&r);
	cr_expect_eq(metric("airlock_inits_total{from=\"service\"} "), 1);
	cr_expect_eq(metric("airlock_inits_total{from=\"spawner\"} "), 0);
}

/* A service with config extra, its one spawner (returned), and a first
 * run cloned by it. */
static pid_t start_with_spawner(const char *extra)
{
	struct reply r;
	pid_t pids[4];

	srv_start(&S, config(extra), NULL);
	cr_assert_eq(find_spawners(pids, 4), 1);
	submit_bash("echo one", &r);
	cr_expect_str_eq(init_of(&r), "spawner", "%s", r.body);
	reply_free(&r);
	return pids[0];
}

Test(service_warm, a_killed_spawner_ends_its_sandboxes_and_is_replaced)
{
	struct reply r;
	pid_t again[4];
	pid_t spawner = start_with_spawner(NULL);

	/* its sandboxes built ahead (a worker's worth) die with it: their
	 * parent-death signal */
	char path[96];
	snprintf(path, sizeof(path), "/proc/%d/task/%d/children", (int)spawner, (int)spawner);
	int fds[16], nfds = 0;
	for (int i = 0; i < 50 * test_slowness() && nfds == 0; i++) {
		char *kids = slurp(path);
		cr_assert_not_null(kids);
		for (char *k = kids, *end; nfds < 16 && (end = NULL, strtol(k, &end, 10) > 0);
		     k = end) {
			int fd = (int)syscall(SYS_pidfd_open, (pid_t)strtol(k, NULL, 10), 0);
			if (fd >= 0)
				fds[nfds++] = fd;
		}
		free(kids);
		if (nfds == 0)
			usleep(100000);
	}
	cr_assert_gt(nfds, 0, "the spawner keeps sandboxes built ahead");
	cr_assert_eq(kill(spawner, SIGKILL), 0);
	for (int i = 0; i < nfds; i++) {
		struct pollfd p = {fds[i], POLLIN, 0};
		cr_expect_eq(poll(&p, 1, (int)(5000 * test_slowness())), 1,
			     "a sandbox of the killed spawner is left");
		close(fds[i]);
	}

	/* runs go on, from the service while there is no spawner, and from
	 * a new one as soon as it is up */
	double deadline = atof(test_seconds(10));
	for (double waited = 0;; waited += 0.1) {
		submit_bash("echo two", &r);
		cr_expect_str_eq(jstr(r.json, "stdout"), "two\n");
		bool back = strcmp(init_of(&r), "spawner") == 0;
		cr_expect(back || strcmp(init_of(&r), "supervisor") == 0, "%s", r.body);
		reply_free(&r);
		if (back)
			break;
		cr_assert(waited < deadline, "no new spawner took the runs");
		usleep(100000);
	}
	cr_assert_eq(find_spawners(again, 4), 1);
	cr_expect_neq(again[0], spawner);
}

/* spawner: required -- no run or sandbox is cloned from the service: while
 * the spawner is down they fail, saying why, and work again once it is
 * back. (A spawner that lived less than 10 s is started again 2 s after
 * its end, at the first request after that.) */
Test(service_warm, spawner_required_fails_what_the_spawner_cannot_clone)
{
	struct reply r;

	cr_assert_eq(kill(start_with_spawner("spawner: required\n"), SIGKILL), 0);
	usleep(100000);

	submit(&S, S.user, "bash", "echo two", NULL, &r);
	cr_assert_eq(r.status, 201, "%ld %s", r.status, r.body);
	cr_expect_str_eq(jstr(r.json, "status"), "internal_error", "%s", r.body);
	cr_expect(strstr(jstr(r.json, "error"), "spawner: required"), "%s", r.body);
	cr_expect_str_eq(jstr(r.json, "stdout"), "", "nothing ran");
	reply_free(&r);
	http(&S, "POST", "/v1/sandboxes", S.user, NULL, "{}", &r);
	cr_expect_eq(r.status, 500, "%ld %s", r.status, r.body);
	cr_expect(strstr(r.body, "spawner: required"), "%s", r.body);
	reply_free(&r);
	cr_expect_eq(metric("airlock_inits_total{from=\"service\"} "), 0);

	double deadline = atof(test_seconds(15));
	for (double waited = 0;; waited += 0.2) {
		submit(&S, S.user, "bash", "echo three", NULL, &r);
		bool ok = strcmp(jstr(r.json, "status"), "ok") == 0;
		if (ok)
			cr_expect_str_eq(init_of(&r), "spawner", "%s", r.body);
		reply_free(&r);
		if (ok)
			break;
		cr_assert(waited < deadline, "no new spawner took the runs");
		usleep(200000);
	}
}
