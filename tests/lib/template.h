/*
 * A warm template for a test: airlock-warm-python (next to airlock_bin())
 * started by the test's own user -- rootless when that user is not root --
 * listening in a private directory under /tmp.
 *
 * It is started the way a script or a service manager often starts a
 * daemon: SIGHUP, SIGINT and SIGQUIT ignored (nohup, and a shell's `&`),
 * and with template_secret() in its environment. A run must see neither:
 * its program starts as a cold one does, whatever its template inherited.
 *
 * Use it as a suite's fixture (TestSuite(..., .init = start, .fini = stop)):
 * each test then has a template of its own. It also ends with the test's
 * process (its --parent-fd), should teardown never run.
 */
#ifndef AIRLOCK_TEST_TEMPLATE_H
#define AIRLOCK_TEST_TEMPLATE_H

#include <jansson.h>
#include <stddef.h>
#include <sys/types.h>

/* Starts the template, waits (up to test_seconds(10)) for its socket, and
 * puts the socket's path in sock_out. Fails the test when it cannot.
 * Returns the template's pid. */
pid_t template_start(char *sock_out, size_t size);
/* The same for another language's template (airlock-warm-LANG). */
pid_t template_start_lang(const char *lang, char *sock_out, size_t size);
/* The python template, its ready sandboxes' cgroups under cgroup_parent
 * (--cgroup-parent; cgroup v2 only). */
pid_t template_start_in(const char *cgroup_parent, char *sock_out, size_t size);
/* Ends the template (SIGTERM, then SIGKILL), reaps it and removes its
 * directory. Nothing to do when none runs. */
void template_stop(void);
/* The path of airlock-warm-LANG next to the airlock under test. */
void template_bin(const char *lang, char *buf, size_t size);
/* The template's pid, -1 when none runs. */
pid_t template_pid(void);
/* The value of a variable in the template's environment (random per
 * template), which no run may find anywhere. */
const char *template_secret(void);
/* `airlock run --json [--template SOCK] ARGS...` (sock NULL: cold): its
 * result, which the test frees. Fails the test when airlock fails. */
json_t *template_run_json(const char *sock, const char *const args[]);

#endif
