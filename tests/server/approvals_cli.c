/* `airlock approvals list|approve|reject` against a real server: what it
 * prints, its exit statuses, and the one-line refusals of bad input. */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdlib.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/harness.h"
#include "server/client.h"

static struct srv S;
static char url[64];

static void teardown(void)
{
	srv_cleanup(&S);
}

TestSuite(approvals_cli, .fini = teardown, .timeout = 120);

static void start(void)
{
	srv_start(&S, "policy:\n  mode: approve\n", NULL);
	snprintf(url, sizeof(url), "http://127.0.0.1:%d", S.port);
	unsetenv("AIRLOCK_URL");
	unsetenv("AIRLOCK_API_KEY");
}

static char *pending(const char *msg)
{
	struct reply r;
	char code[128];
	snprintf(code, sizeof(code), "import os\nos.system('echo \"%s\"')\n", msg);
	submit(&S, S.user, "python", code, NULL, &r);
	cr_assert_eq(r.status, 202, "%s", r.body);
	char *id = strdup(jstr(r.json, "id"));
	reply_free(&r);
	return id;
}

/* Runs `airlock approvals ARGS...` (NULL-terminated, at most 10). */
static int approvals(struct proc_out *o, const char *a1, ...)
{
	const char *argv[16] = {airlock_bin(), "approvals", a1};
	va_list ap;
	int n = 3;
	va_start(ap, a1);
	while (n < 15 && (argv[n] = va_arg(ap, const char *)) != NULL)
		n++;
	va_end(ap);
	argv[n] = NULL;
	return run_cmd(argv, NULL, 30, o);
}

static void one_line(const struct proc_out *o, const char *needle)
{
	cr_assert(strncmp(o->err, "airlock: ", 9) == 0, "%s", o->err);
	cr_assert(strchr(o->err, '\n') == o->err + o->err_len - 1, "one line: %s", o->err);
	cr_assert(strstr(o->err, needle), "wanted '%s' in: %s", needle, o->err);
}

Test(approvals_cli, list_approve_and_reject)
{
	struct proc_out o;
	struct reply g;
	char *a, *b;

	start();
	a = pending("from the cli");
	b = pending("rejected by the cli");
	cr_assert_eq(approvals(&o, "list", "--url", url, "--key", S.admin, NULL), 0, "%s", o.err);
	cr_assert(strstr(o.out, "ID") && strstr(o.out, "FINDINGS"), "a table: %s", o.out);
	cr_assert(strstr(o.out, a) && strstr(o.out, b), "%s", o.out);
	cr_assert(strstr(o.out, "user") && strstr(o.out, "python"), "%s", o.out);
	cr_assert(strstr(o.out, "1 (1 high)"), "finding count and high ones: %s", o.out);
	cr_assert(strstr(o.out, a) < strstr(o.out, b), "oldest first: %s", o.out);
	proc_out_free(&o);

	/* the environment gives URL and key; a trailing slash is fine */
	char slash[80];
	snprintf(slash, sizeof(slash), "%s/", url);
	setenv("AIRLOCK_URL", slash, 1);
	setenv("AIRLOCK_API_KEY", S.admin, 1);
	cr_assert_eq(approvals(&o, "list", "--json", NULL), 0, "%s", o.err);
	json_t *j = json_loads(o.out, 0, NULL);
	cr_assert(j != NULL, "JSON: %s", o.out);
	cr_assert_eq(json_array_size(json_object_get(j, "approvals")), 2, "%s", o.out);
	json_decref(j);
	proc_out_free(&o);

	cr_assert_eq(approvals(&o, "approve", a, NULL), 0, "%s", o.err);
	cr_assert(strstr(o.out, a) && strstr(o.out, "approved") && strstr(o.out, "queued"), "%s",
		  o.out);
	proc_out_free(&o);
	cr_assert(wait_status(&S, S.user, a, "ok"));

	cr_assert_eq(approvals(&o, "reject", b, "--reason", "not from the cli", NULL), 0, "%s",
		     o.err);
	cr_assert(strstr(o.out, "rejected"), "%s", o.out);
	proc_out_free(&o);
	char path[128];
	snprintf(path, sizeof(path), "/v1/executions/%s", b);
	http(&S, "GET", path, S.user, NULL, NULL, &g);
	json_t *rej = json_object_get(g.json, "rejection");
	cr_assert_str_eq(jstr(rej, "reason"), "not from the cli", "%s", g.body);
	cr_assert_str_eq(jstr(rej, "by"), "admin");
	reply_free(&g);

	cr_assert_eq(approvals(&o, "list", NULL), 0, "%s", o.err);
	cr_assert(strstr(o.out, "no executions are waiting"), "%s", o.out);
	proc_out_free(&o);

	/* the server's refusals: exit 1 and its message in one line */
	cr_assert_eq(approvals(&o, "approve", a, NULL), 1, "%s", o.err);
	one_line(&o, "already_decided");
	proc_out_free(&o);
	cr_assert_eq(approvals(&o, "list", "--key", S.user, NULL), 1, "%s", o.err);
	one_line(&o, "forbidden");
	proc_out_free(&o);
	cr_assert_eq(approvals(&o, "reject", "ex_0123456789abcdef01234567", NULL), 1, "%s", o.err);
	one_line(&o, "not_found");
	proc_out_free(&o);
	free(a);
	free(b);
}

Test(approvals_cli, misuse_and_no_server_exit_125)
{
	struct proc_out o;
	static const struct {
		const char *argv[6];
		const char *needle;
	} bad[] = {
	    {{NULL}, "needs a command"},
	    {{"rotate", NULL}, "unknown approvals command"},
	    {{"approve", NULL}, "needs the execution's ID"},
	    {{"approve", "../keys", NULL}, "not an execution id"},
	    {{"list", "--reason", "x", NULL}, "--reason goes with"},
	    {{"list", "--bogus", NULL}, "unknown option"},
	    {{"list", "extra", NULL}, "unexpected argument"},
	    {{"list", "--url", "ftp://127.0.0.1:1", NULL}, "not an http"},
	};

	start();
	setenv("AIRLOCK_API_KEY", S.admin, 1);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		const char *argv[10] = {airlock_bin(), "approvals"};
		int n = 2;
		for (int k = 0; bad[i].argv[k]; k++)
			argv[n++] = bad[i].argv[k];
		argv[n] = NULL;
		cr_assert_eq(run_cmd(argv, NULL, 20, &o), 125, "case %zu: exit %d, %s", i, o.status,
			     o.err);
		one_line(&o, bad[i].needle);
		proc_out_free(&o);
	}
	unsetenv("AIRLOCK_API_KEY");
	cr_assert_eq(approvals(&o, "list", "--url", url, NULL), 125, "%s", o.err);
	one_line(&o, "API key");
	proc_out_free(&o);

	/* nothing listens there once the server is gone */
	srv_stop(&S);
	cr_assert_eq(approvals(&o, "list", "--url", url, "--key", S.admin, NULL), 125, "%s", o.err);
	one_line(&o, "cannot reach airlock serve");
	proc_out_free(&o);
}

/* A stand-in server on 127.0.0.1 that answers every request with status
 * and body (at most `count` connections); returns its port. */
static int fake_server(int status, const char *body, int count, pid_t *pid)
{
	int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	socklen_t alen = sizeof(a);
	cr_assert(s >= 0);
	cr_assert_eq(bind(s, (struct sockaddr *)&a, sizeof(a)), 0);
	cr_assert_eq(listen(s, 4), 0);
	cr_assert_eq(getsockname(s, (struct sockaddr *)&a, &alen), 0);
	*pid = fork();
	cr_assert(*pid >= 0);
	if (*pid == 0) {
		alarm(20);
		for (int i = 0; i < count; i++) {
			char req[8192], head[256];
			int c = accept(s, NULL, NULL);
			if (c < 0)
				_exit(1);
			(void)!read(c, req, sizeof(req));
			snprintf(head, sizeof(head),
				 "HTTP/1.1 %d X\r\nContent-Type: application/json\r\n"
				 "Content-Length: %zu\r\nConnection: close\r\n\r\n",
				 status, strlen(body));
			(void)!write(c, head, strlen(head));
			(void)!write(c, body, strlen(body));
			close(c);
		}
		_exit(0);
	}
	close(s);
	return ntohs(a.sin_port);
}

static bool has_raw_control(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7f ||
		    (p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0xae))
			return true;
	return false;
}

/* What a server says is shown, never obeyed: no escape sequence of its
 * reaches the terminal, in the table or in a refusal. */
Test(approvals_cli, what_the_server_says_is_shown_escaped)
{
	const char *list = "{\"approvals\": [{\"id\": \"ex_1\\u001b[2K\\r\", \"key\": "
			   "\"k\\u202e\\u001b[1A\", \"language\": \"python\\u009b\", \"findings\": "
			   "[], \"created_at\": \"2020-01-01T00:00:00.000Z\"}]}";
	const char *error = "{\"error\": {\"code\": \"x\\u001b]0;t\\u0007\", \"message\": "
			    "\"no\\r\\u001b[2Kyes\"}}";
	struct proc_out o;
	char u[64];
	pid_t pid;
	int status;

	snprintf(u, sizeof(u), "http://127.0.0.1:%d", fake_server(200, list, 1, &pid));
	approvals(&o, "list", "--url", u, "--key", "k", NULL);
	cr_expect_eq(o.status, 0, "%s%s", o.out, o.err);
	cr_expect(strstr(o.out, "ex_1\\x1b[2K\\r"), "%s", o.out);
	cr_expect(!has_raw_control(o.out), "a raw control character: %s", o.out);
	proc_out_free(&o);
	waitpid(pid, &status, 0);

	snprintf(u, sizeof(u), "http://127.0.0.1:%d", fake_server(409, error, 1, &pid));
	approvals(&o, "approve", "ex_0123456789abcdef01234567", "--url", u, "--key", "k", NULL);
	cr_expect_eq(o.status, 1, "%s%s", o.out, o.err);
	cr_expect(strstr(o.err, "no\\r\\x1b[2Kyes"), "%s", o.err);
	cr_expect(!has_raw_control(o.err), "a raw control character: %s", o.err);
	proc_out_free(&o);
	waitpid(pid, &status, 0);
}
