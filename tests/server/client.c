#include <criterion/criterion.h>
#include <curl/curl.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common/util.h"
#include "lib/harness.h"
#include "server/client.h"

static int free_port(void)
{
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(0x7f000001)};
	socklen_t len = sizeof(a);
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	cr_assert(fd >= 0);
	cr_assert_eq(bind(fd, (struct sockaddr *)&a, sizeof(a)), 0);
	cr_assert_eq(getsockname(fd, (struct sockaddr *)&a, &len), 0);
	close(fd);
	return ntohs(a.sin_port);
}

void srv_make_key(struct srv *s, const char *name, const char *extra, const char *extra2, char *out)
{
	const char *argv[] = {airlock_bin(), "keys", "create", "--name", name, "--data-dir",
			      s->dir,	     extra,  extra2,   NULL,	 NULL, NULL};
	if (s->store[0]) { /* after the last extra that is there */
		int i = extra == NULL ? 7 : extra2 == NULL ? 8 : 9;
		argv[i] = "--store";
		argv[i + 1] = s->store;
	}
	struct proc_out o;
	cr_assert_eq(run_cmd(argv, NULL, 20, &o), 0, "keys create: %s", o.err);
	char *nl = strchr(o.out, '\n');
	cr_assert(nl != NULL && nl - o.out == 67, "the key alone on the first line: %s", o.out);
	*nl = 0;
	strcpy(out, o.out);
	proc_out_free(&o);
}

static bool file_contains(const char *path, const char *needle)
{
	FILE *f = fopen(path, "rb");
	struct buf b = {0};
	char chunk[65536];
	size_t n;

	if (f == NULL)
		return false;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_append(&b, chunk, n);
	fclose(f);
	bool found = b.len > 0 && memmem(b.data, b.len, needle, strlen(needle)) != NULL;
	buf_free(&b);
	return found;
}

bool srv_db_contains(struct srv *s, const char *needle)
{
	static const char *const files[] = {"airlock.db", "airlock.db-wal", "airlock.db-shm",
					    "airlock.db-journal"};
	char path[400];
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", s->dir, files[i]);
		if (file_contains(path, needle))
			return true;
	}
	return false;
}

bool srv_log_contains(struct srv *s, const char *needle)
{
	char path[400];
	snprintf(path, sizeof(path), "%s/serve.log", s->dir);
	return file_contains(path, needle);
}

static bool healthy(struct srv *s)
{
	struct reply r;
	http(s, "GET", "/healthz", NULL, NULL, NULL, &r);
	bool ok = r.status == 200;
	reply_free(&r);
	return ok;
}

void srv_restart(struct srv *s)
{
	char listen[64], cfg[300], log[300];
	snprintf(listen, sizeof(listen), "127.0.0.1:%d", s->port);
	snprintf(cfg, sizeof(cfg), "%s/airlock.yaml", s->dir);
	snprintf(log, sizeof(log), "%s/serve.log", s->dir);
	s->pid = fork();
	cr_assert(s->pid >= 0);
	if (s->pid == 0) {
		int fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0600);
		dup2(fd, 2);
		dup2(fd, 1);
		const char *argv[] = {"airlock", "serve",      "--config", cfg,	 "--listen",
				      listen,	 "--data-dir", s->dir,	   NULL, NULL,
				      NULL,	 NULL,	       NULL};
		int n = 8;
		if (s->store[0]) {
			argv[n++] = "--store";
			argv[n++] = s->store;
		}
		if (s->node[0]) {
			argv[n++] = "--node";
			argv[n++] = s->node;
		}
		execv(airlock_bin(), (char *const *)argv);
		_exit(127);
	}
	for (int i = 0; i < 200; i++) {
		if (healthy(s))
			return;
		int st;
		if (waitpid(s->pid, &st, WNOHANG) == s->pid) {
			s->pid = 0;
			char *l = slurp(log);
			cr_assert_fail("airlock serve exited: %s", l ? l : "");
		}
		usleep(25000);
	}
	cr_assert_fail("airlock serve did not answer /healthz within 5 s");
}

void srv_start(struct srv *s, const char *config_yaml, const char *user_quota)
{
	char path[300];
	memset(s, 0, sizeof(s->pid) + sizeof(s->port));
	snprintf(s->dir, sizeof(s->dir), "/tmp/airlock-serve-test.XXXXXX");
	cr_assert(mkdtemp(s->dir) != NULL);
	s->port = free_port();
	snprintf(path, sizeof(path), "%s/airlock.yaml", s->dir);
	FILE *f = fopen(path, "w");
	cr_assert(f != NULL);
	fputs(config_yaml ? config_yaml : "workers: 2\n", f);
	fclose(f);
	srv_make_key(s, "user", user_quota ? "--quota" : NULL, user_quota, s->user);
	srv_make_key(s, "other", NULL, NULL, s->other);
	srv_make_key(s, "admin", "--admin", NULL, s->admin);
	srv_restart(s);
}

void srv_start_node(struct srv *s, const struct srv *first, const char *node)
{
	char cmd[1200];

	memset(s, 0, sizeof(*s));
	snprintf(s->dir, sizeof(s->dir), "/tmp/airlock-serve-test.XXXXXX");
	cr_assert(mkdtemp(s->dir) != NULL);
	s->port = free_port();
	snprintf(s->store, sizeof(s->store), "%s", first->store);
	snprintf(s->node, sizeof(s->node), "%s", node);
	memcpy(s->user, first->user, sizeof(s->user));
	memcpy(s->other, first->other, sizeof(s->other));
	memcpy(s->admin, first->admin, sizeof(s->admin));
	snprintf(cmd, sizeof(cmd), "cp -p '%s'/audit.key '%s'/audit.pub '%s'/airlock.yaml '%s'/",
		 first->dir, first->dir, first->dir, s->dir);
	cr_assert_eq(system(cmd), 0, "%s", cmd);
	srv_restart(s);
}

double srv_stop(struct srv *s)
{
	struct timespec a, b;
	int st;
	if (s->pid <= 0)
		return 0;
	clock_gettime(CLOCK_MONOTONIC, &a);
	kill(s->pid, SIGTERM);
	for (int i = 0; i < 600; i++) {
		if (waitpid(s->pid, &st, WNOHANG) == s->pid) {
			s->pid = 0;
			clock_gettime(CLOCK_MONOTONIC, &b);
			if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
				char log[300];
				snprintf(log, sizeof(log), "%s/serve.log", s->dir);
				char *l = slurp(log);
				cr_assert_fail("airlock serve did not exit 0 on SIGTERM (%d): %s",
					       st, l ? l : "");
			}
			return (double)(b.tv_sec - a.tv_sec) +
			       (double)(b.tv_nsec - a.tv_nsec) / 1e9;
		}
		usleep(50000);
	}
	srv_kill9(s);
	cr_assert_fail("airlock serve did not stop within 30 s of SIGTERM");
	return 0;
}

void srv_kill9(struct srv *s)
{
	if (s->pid <= 0)
		return;
	kill(s->pid, SIGKILL);
	waitpid(s->pid, NULL, 0);
	s->pid = 0;
}

void srv_cleanup(struct srv *s)
{
	if (s->pid > 0)
		srv_stop(s);
	if (s->dir[0]) {
		char cmd[300];
		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", s->dir);
		if (system(cmd) != 0)
			fprintf(stderr, "cannot remove %s\n", s->dir);
		s->dir[0] = 0;
	}
}

static size_t on_body(char *p, size_t size, size_t n, void *ud)
{
	struct buf *b = ud;
	buf_append(b, p, size * n);
	return size * n;
}

static size_t on_header(char *p, size_t size, size_t n, void *ud)
{
	struct reply *r = ud;
	size_t len = size * n;
	char line[256];
	snprintf(line, sizeof(line), "%.*s", (int)(len < 255 ? len : 255), p);
	line[strcspn(line, "\r\n")] = 0;
	if (strncasecmp(line, "Retry-After: ", 13) == 0)
		snprintf(r->retry_after, sizeof(r->retry_after), "%s", line + 13);
	if (strncasecmp(line, "Allow: ", 7) == 0)
		snprintf(r->allow, sizeof(r->allow), "%s", line + 7);
	return len;
}

void http(struct srv *s, const char *method, const char *path, const char *key, const char *ctype,
	  const char *body, struct reply *r)
{
	CURL *c = curl_easy_init();
	struct curl_slist *h = NULL;
	struct buf b = {0};
	char url[512], hdr[300];

	memset(r, 0, sizeof(*r));
	snprintf(url, sizeof(url), "http://127.0.0.1:%d%s", s->port, path);
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
	curl_easy_setopt(c, CURLOPT_NOPROXY, "*");
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
	if (key) {
		snprintf(hdr, sizeof(hdr), "Authorization: Bearer %s", key);
		h = curl_slist_append(h, hdr);
	}
	if (body) {
		snprintf(hdr, sizeof(hdr), "Content-Type: %s", ctype ? ctype : "application/json");
		h = curl_slist_append(h, hdr);
		curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
		curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, (long)strlen(body));
	}
	h = curl_slist_append(h, "Expect:");
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &b);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, r);
	CURLcode rc = curl_easy_perform(c);
	if (rc == CURLE_OK)
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r->status);
	buf_append(&b, "", 1);
	r->body = b.data;
	r->json = json_loads(r->body, JSON_ALLOW_NUL, NULL);
	curl_slist_free_all(h);
	curl_easy_cleanup(c);
}

void reply_free(struct reply *r)
{
	free(r->body);
	json_decref(r->json);
	memset(r, 0, sizeof(*r));
}

void submit(struct srv *s, const char *key, const char *lang, const char *code,
	    const char *extra_json, struct reply *r)
{
	json_t *o = json_pack("{s:s, s:s}", "language", lang, "code", code);
	if (extra_json) {
		json_t *x = json_loads(extra_json, 0, NULL);
		cr_assert(x != NULL, "bad test JSON %s", extra_json);
		json_object_update(o, x);
		json_decref(x);
	}
	char *body = json_dumps(o, JSON_COMPACT);
	http(s, "POST", "/v1/executions", key, NULL, body, r);
	free(body);
	json_decref(o);
}

/* GET /v1/executions/ID as key until its status is `status`, for up to
 * seconds * test_slowness(). */
bool wait_status_for(struct srv *s, const char *key, const char *id, const char *status,
		     double seconds)
{
	char path[128];
	snprintf(path, sizeof(path), "/v1/executions/%s", id);
	for (int i = 0; i < (int)(seconds * test_slowness() * 20); i++) {
		struct reply r;
		http(s, "GET", path, key, NULL, NULL, &r);
		bool ok = r.status == 200 && r.json && strcmp(jstr(r.json, "status"), status) == 0;
		reply_free(&r);
		if (ok)
			return true;
		usleep(50000);
	}
	return false;
}

bool wait_status(struct srv *s, const char *key, const char *id, const char *status)
{
	return wait_status_for(s, key, id, status, 5);
}

int audit_verify_cmd(struct srv *s, char **out)
{
	const char *argv[] = {airlock_bin(), "audit", "verify",
			      "--data-dir",  s->dir,  s->store[0] ? "--store" : NULL,
			      s->store,	     NULL};
	struct proc_out o;
	int st = run_cmd(argv, NULL, 30, &o);
	*out = o.out;
	o.out = NULL;
	proc_out_free(&o);
	return st;
}

int raw_connect(int port, int timeout_s)
{
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
	a.sin_addr.s_addr = htonl(0x7f000001);
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	cr_assert(fd >= 0);
	cr_assert_eq(connect(fd, (struct sockaddr *)&a, sizeof(a)), 0, "connect: %s",
		     strerror(errno));
	struct timeval tv = {timeout_s, 0};
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	return fd;
}

char *raw_exchange(int port, const char *req, size_t len, int timeout_s, bool *closed)
{
	size_t got;
	return raw_exchange_n(port, req, len, timeout_s, closed, &got);
}

char *raw_exchange_n(int port, const char *req, size_t len, int timeout_s, bool *closed,
		     size_t *got)
{
	int fd = raw_connect(port, timeout_s);
	struct buf b = {0};
	char chunk[4096];
	ssize_t n;

	cr_assert_eq(send(fd, req, len, MSG_NOSIGNAL), (ssize_t)len);
	*closed = false;
	while ((n = recv(fd, chunk, sizeof(chunk), 0)) > 0)
		buf_append(&b, chunk, (size_t)n);
	/* 0: the server closed it; ECONNRESET: closed with unread bytes */
	*closed = n == 0 || (n < 0 && errno == ECONNRESET);
	close(fd);
	*got = b.len;
	buf_append(&b, "", 1);
	return b.data;
}
