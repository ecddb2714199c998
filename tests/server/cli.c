/* The service's commands refuse bad input with one line and exit 125. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/harness.h"

static char dir[64];

static void setup(void)
{
	strcpy(dir, "/tmp/airlock-cli-test.XXXXXX");
	cr_assert(mkdtemp(dir) != NULL);
}

static void teardown(void)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", dir);
}

TestSuite(cli, .init = setup, .fini = teardown, .timeout = 60);

static void refused(const char *const argv[], const char *needle)
{
	struct proc_out o;
	cr_assert_eq(run_cmd(argv, NULL, 20, &o), 125, "%s: exit %d, %s", argv[1], o.status, o.err);
	cr_assert(strncmp(o.err, "airlock: ", 9) == 0, "%s", o.err);
	cr_assert(strchr(o.err, '\n') == o.err + o.err_len - 1, "one line: %s", o.err);
	cr_assert(strstr(o.err, needle), "wanted '%s' in: %s", needle, o.err);
	proc_out_free(&o);
}

Test(cli, bad_config_names_file_line_and_reason)
{
	char cfg[128];
	snprintf(cfg, sizeof(cfg), "%s/bad.yaml", dir);
	FILE *f = fopen(cfg, "w");
	fputs("workers: 2\nqueue_size: lots\n", f);
	fclose(f);
	const char *argv[] = {airlock_bin(), "serve",	 "--config",	cfg, "--data-dir",
			      dir,	     "--listen", "127.0.0.1:0", NULL};
	char want[160];
	snprintf(want, sizeof(want), "%s:2: 'queue_size' must be a number", cfg);
	refused(argv, want);
	const char *listen[] = {airlock_bin(), "serve", "--listen", "nowhere",
				"--data-dir",  dir,	NULL};
	refused(listen, "ADDR:PORT");
	const char *opt[] = {airlock_bin(), "serve", "--bogus", NULL};
	refused(opt, "unknown option");
	f = fopen(cfg, "w");
	fputs("cgroup_parent: ../up\n", f);
	fclose(f);
	refused(argv, "cgroup parent '../up' must be a plain directory name");
}

Test(cli, keys_and_audit_misuse)
{
	const char *noname[] = {airlock_bin(), "keys", "create", "--data-dir", dir, NULL};
	refused(noname, "--name");
	const char *badq[] = {airlock_bin(), "keys",	   "create",	 "--name", "a",
			      "--quota",     "per-hour=1", "--data-dir", dir,	   NULL};
	refused(badq, "unknown quota 'per-hour'");
	const char *nokey[] = {airlock_bin(), "keys", "revoke", "ghost", "--data-dir", dir, NULL};
	refused(nokey, "no");
	const char *sub[] = {airlock_bin(), "keys", "rotate", NULL};
	refused(sub, "unknown keys command");
	char empty[128];
	snprintf(empty, sizeof(empty), "%s/empty", dir);
	const char *verify[] = {airlock_bin(), "audit", "verify", "--data-dir", empty, NULL};
	refused(verify, "data directory");

	/* a duplicate name is refused; the first key stays usable */
	const char *mk[] = {airlock_bin(), "keys",	 "create", "--name",
			    "a",	   "--data-dir", dir,	   NULL};
	struct proc_out o;
	cr_assert_eq(run_cmd(mk, NULL, 20, &o), 0, "%s", o.err);
	proc_out_free(&o);
	refused(mk, "exists");
	const char *ok[] = {airlock_bin(), "audit", "verify", "--data-dir", dir, NULL};
	cr_assert_eq(run_cmd(ok, NULL, 20, &o), 0, "%s %s", o.out, o.err);
	cr_assert(strstr(o.out, "1 links"), "%s", o.out);
	proc_out_free(&o);
}

Test(cli, bad_policy_configuration_and_key_policy)
{
	char cfg[128], rules[128], want[200];
	snprintf(cfg, sizeof(cfg), "%s/policy.yaml", dir);
	FILE *f = fopen(cfg, "w");
	fputs("redact: true\npolicy:\n  mode: deny\n", f);
	fclose(f);
	const char *argv[] = {airlock_bin(), "serve",	 "--config",	cfg, "--data-dir",
			      dir,	     "--listen", "127.0.0.1:0", NULL};
	snprintf(want, sizeof(want), "%s:3: 'mode' must be off, warn, block or approve", cfg);
	refused(argv, want);

	/* a rule file that does not compile stops the start, naming the file */
	snprintf(rules, sizeof(rules), "%s/rules/python", dir);
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "mkdir -p '%s' && echo '((call) @x' > '%s/broken.scm'", rules,
		 rules);
	cr_assert_eq(system(cmd), 0);
	f = fopen(cfg, "w");
	fprintf(f, "policy:\n  mode: warn\n  rules_dir: %s/rules\n", dir);
	fclose(f);
	refused(argv, "broken.scm");

	const char *badkey[] = {airlock_bin(), "keys",	    "create",	  "--name", "k",
				"--policy",    "sometimes", "--data-dir", dir,	    NULL};
	refused(badkey, "--policy 'sometimes' is not off, warn, block or approve");
}
