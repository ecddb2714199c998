#include "lib/egress.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/harness.h"

/* The case's directory (the test CA's copy and the servers' log) and
 * what is in it. */
static void remove_dir(const char *dir)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", dir);
}

json_t *egress_run(struct egress_case *c, const char *lang, const char *code,
		   const char *const args[])
{
	char mount[128], hits[96];
	const char *argv[64] = {"tests/egress/ns.sh", c->dir, airlock_bin(), "run", "--json",
				"--mount", mount, "--resolve", "api.test:203.0.113.10", "--resolve",
				"other.test:198.51.100.7",
				/* pip and node under emulation (the cgroup v2 VM) */
				"-t", test_seconds(10)};
	int n = 13;
	struct proc_out o;
	json_error_t je;

	memset(c, 0, sizeof(*c));
	snprintf(c->dir, sizeof(c->dir), "/tmp/airlock-egress.XXXXXX");
	cr_assert_not_null(mkdtemp(c->dir));
	chmod(c->dir, 0755);
	snprintf(mount, sizeof(mount), "%s:/ca", c->dir);
	for (size_t i = 0; args && args[i] && n < 58; i++)
		argv[n++] = args[i];
	argv[n++] = "-l";
	argv[n++] = lang;
	argv[n++] = "-c";
	argv[n++] = code;
	argv[n] = NULL;
	run_cmd(argv, NULL, 60, &o);
	c->result = json_loads(o.out, 0, &je);
	if (c->result == NULL)
		remove_dir(c->dir); /* the assertion ends the test: nothing is left */
	cr_assert_not_null(c->result, "no result (exit %d): %s\n%s", o.status, o.out, o.err);
	proc_out_free(&o);
	snprintf(hits, sizeof(hits), "%s/hits", c->dir);
	c->hits = slurp(hits);
	if (c->hits == NULL)
		c->hits = strdup("");
	return c->result;
}

int egress_hits(const struct egress_case *c, const char *needle)
{
	int n = 0;
	for (const char *p = c->hits; (p = strstr(p, needle)) != NULL; p++)
		n++;
	return n;
}

json_t *egress_request(const struct egress_case *c, size_t i)
{
	json_t *reqs = json_object_get(json_object_get(c->result, "network"), "requests");
	return json_array_get(reqs, i);
}

size_t egress_nrequests(const struct egress_case *c)
{
	return json_array_size(json_object_get(json_object_get(c->result, "network"), "requests"));
}

void egress_case_free(struct egress_case *c)
{
	json_decref(c->result);
	free(c->hits);
	remove_dir(c->dir);
}
