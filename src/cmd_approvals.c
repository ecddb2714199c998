/*
 * `airlock approvals list|approve ID|reject ID`: the approval gate of a
 * running `airlock serve`, over its HTTP API (libcurl), with an admin key.
 *
 * Unlike `keys`, this talks to the server and not to the database: a
 * decision must go through the server, which queues what is approved and
 * appends the decision to the audit chain. Exit status: 0 done, 1 the
 * server refused (its message, one line), 125 misuse or no server to talk
 * to.
 */
#include <curl/curl.h>
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli/client.h"
#include "commands.h"
#include "common/term.h"
#include "common/util.h"

#define DEFAULT_URL "http://127.0.0.1:8080"

static const char approvals_usage[] =
    "usage: airlock approvals list [--json] [--url URL] [--key KEY]\n"
    "       airlock approvals approve ID [--reason TEXT] [--json] [--url URL] [--key KEY]\n"
    "       airlock approvals reject ID [--reason TEXT] [--json] [--url URL] [--key KEY]\n"
    "Lists and decides the executions `airlock serve` holds for approval.\n"
    "URL defaults to $AIRLOCK_URL, else " DEFAULT_URL "; KEY (an admin key) to\n"
    "$AIRLOCK_API_KEY. Exit status: 0 done, 1 the server refused, 125 misuse or\n"
    "no server to talk to.\n";

struct approvals_args {
	const char *cmd, *id, *reason, *url, *key;
	int json;
};

static int parse(int argc, char **argv, struct approvals_args *a)
{
	static const struct option opts[] = {
	    {"reason", required_argument, NULL, 'r'}, {"url", required_argument, NULL, 'u'},
	    {"key", required_argument, NULL, 'k'},    {"json", no_argument, NULL, 'j'},
	    {"help", no_argument, NULL, 'h'},	      {NULL, 0, NULL, 0},
	};
	int c;
	bool have_reason = false;

	memset(a, 0, sizeof(*a));
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "r:u:k:jh", opts, NULL)) != -1) {
		switch (c) {
		case 'r':
			a->reason = optarg;
			have_reason = true;
			break;
		case 'u':
			a->url = optarg;
			break;
		case 'k':
			a->key = optarg;
			break;
		case 'j':
			a->json = 1;
			break;
		case 'h':
			return 1;
		default:
			print_error("approvals: unknown option or missing value '%s'; try 'airlock "
				    "approvals --help'",
				    argv[optind - 1]);
			return -1;
		}
	}
	if (optind >= argc) {
		print_error("approvals needs a command: list, approve ID or reject ID");
		return -1;
	}
	a->cmd = argv[optind++];
	if (strcmp(a->cmd, "list") && strcmp(a->cmd, "approve") && strcmp(a->cmd, "reject")) {
		print_error("unknown approvals command '%s' (list, approve, reject)", a->cmd);
		return -1;
	}
	if (strcmp(a->cmd, "list") != 0) {
		if (optind >= argc) {
			print_error("approvals %s needs the execution's ID (see 'airlock approvals "
				    "list')",
				    a->cmd);
			return -1;
		}
		a->id = argv[optind++];
	} else if (have_reason) {
		print_error("--reason goes with approve or reject, not list");
		return -1;
	}
	if (optind < argc) {
		print_error("approvals: unexpected argument '%s'", argv[optind]);
		return -1;
	}
	return 0;
}

/* ids are ex_ and hex; anything else would change the URL's meaning */
static bool valid_id(const char *id)
{
	size_t n = strlen(id);
	if (n < 4 || n > 39 || strncmp(id, "ex_", 3) != 0)
		return false;
	for (const char *p = id + 3; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
			return false;
	return true;
}

/* One JSON request; the answer's JSON in *answer (NULL when it was not
 * JSON). Returns the HTTP status, or -1 when the server could not be
 * reached (printed). */
static long request(const struct approvals_args *a, const char *method, const char *path,
		    const char *body, json_t **answer)
{
	const struct cli_server srv = {a->url, a->key, "--url", "$AIRLOCK_URL"};
	struct buf b = {0};
	long status = cli_request(&srv, method, path, "application/json", body,
				  body ? strlen(body) : 0, NULL, 60, cli_to_buf, &b);

	*answer = status >= 0 && b.data ? json_loadb(b.data, b.len, JSON_ALLOW_NUL, NULL) : NULL;
	buf_free(&b);
	return status;
}

static void age(const char *created_at, char *out, size_t size)
{
	struct tm tm;
	memset(&tm, 0, sizeof(tm));
	if (sscanf(created_at, "%d-%d-%dT%d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
		   &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6) {
		snprintf(out, size, "?");
		return;
	}
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	long long s = (long long)(time(NULL) - timegm(&tm));
	if (s < 0)
		s = 0;
	if (s < 120)
		snprintf(out, size, "%llds", s);
	else if (s < 7200)
		snprintf(out, size, "%lldm", s / 60);
	else if (s < 172800)
		snprintf(out, size, "%lldh", s / 3600);
	else
		snprintf(out, size, "%lldd", s / 86400);
}

static void print_table(json_t *list)
{
	json_t *o, *f;
	size_t i, k;

	if (json_array_size(list) == 0) {
		printf("no executions are waiting for approval\n");
		return;
	}
	printf("%-28s %-20s %-10s %-5s %s\n", "ID", "KEY", "LANGUAGE", "AGE", "FINDINGS");
	json_array_foreach(list, i, o)
	{
		json_t *findings = json_object_get(o, "findings");
		size_t high = 0;
		char a[16], fs[64];
		json_array_foreach(findings, k, f)
		{
			const char *sev = json_string_value(json_object_get(f, "severity"));
			high += sev && strcmp(sev, "high") == 0;
		}
		age(json_string_value(json_object_get(o, "created_at")) ?: "", a, sizeof(a));
		const char *analysis = json_string_value(json_object_get(o, "analysis"));
		if (analysis && strcmp(analysis, "unavailable") == 0)
			snprintf(fs, sizeof(fs), "not analyzed");
		else
			snprintf(fs, sizeof(fs), "%zu (%zu high)", json_array_size(findings), high);
		/* the queue holds what others sent: shown, never obeyed */
		char *id = term_str(json_string_value(json_object_get(o, "id")) ?: "?");
		char *key = term_str(json_string_value(json_object_get(o, "key")) ?: "?");
		char *lang = term_str(json_string_value(json_object_get(o, "language")) ?: "?");
		printf("%-28s %-20s %-10s %-5s %s\n", id, key, lang, a, fs);
		free(id);
		free(key);
		free(lang);
	}
}

static int run(const struct approvals_args *a)
{
	char path[128];
	json_t *answer = NULL;
	char *body = NULL;
	long status;
	int ret = 0;

	if (a->id == NULL) {
		status = request(a, "GET", "/v1/approvals?limit=500", NULL, &answer);
	} else {
		json_t *o = a->reason ? json_pack("{s:s}", "reason", a->reason) : json_object();
		if (o == NULL) {
			print_error("--reason must be UTF-8 text");
			return EXIT_AIRLOCK;
		}
		body = json_dumps(o, JSON_COMPACT);
		json_decref(o);
		snprintf(path, sizeof(path), "/v1/approvals/%s/%s", a->id, a->cmd);
		status = request(a, "POST", path, body, &answer);
	}
	free(body);
	if (status < 0)
		return EXIT_AIRLOCK;
	if (status >= 300 || answer == NULL) {
		ret = cli_refused(status, answer);
	} else if (a->json) {
		char *text = json_dumps(answer, JSON_COMPACT);
		printf("%s\n", text ? text : "");
		free(text);
	} else if (a->id == NULL) {
		print_table(json_object_get(answer, "approvals"));
	} else {
		char *st = term_str(json_string_value(json_object_get(answer, "status")) ?: "?");
		printf("%s %s: %s\n", a->id,
		       strcmp(a->cmd, "approve") == 0 ? "approved" : "rejected", st);
		free(st);
	}
	json_decref(answer);
	return ret;
}

int cmd_approvals(int argc, char **argv)
{
	struct approvals_args a;
	char url[1100];
	int r;

	r = parse(argc, argv, &a);
	if (r != 0) {
		if (r > 0)
			fputs(approvals_usage, stdout);
		return r > 0 ? 0 : EXIT_AIRLOCK;
	}
	if (a.url == NULL)
		a.url = getenv("AIRLOCK_URL") && *getenv("AIRLOCK_URL") ? getenv("AIRLOCK_URL")
									: DEFAULT_URL;
	if (a.key == NULL)
		a.key = getenv("AIRLOCK_API_KEY");
	if (strncmp(a.url, "http://", 7) != 0 && strncmp(a.url, "https://", 8) != 0) {
		print_error("--url '%s' is not an http:// or https:// URL", a.url);
		return EXIT_AIRLOCK;
	}
	if (strlen(a.url) > 1024) {
		print_error("--url is longer than 1024 bytes");
		return EXIT_AIRLOCK;
	}
	/* "http://host:8080/" and "http://host:8080" alike */
	snprintf(url, sizeof(url), "%s", a.url);
	while (strlen(url) > 8 && url[strlen(url) - 1] == '/')
		url[strlen(url) - 1] = 0;
	a.url = url;
	if (a.key == NULL || *a.key == 0) {
		print_error("approvals needs an admin API key: --key KEY or $AIRLOCK_API_KEY");
		return EXIT_AIRLOCK;
	}
	if (strlen(a.key) > 256 || strpbrk(a.key, "\r\n ")) {
		print_error(
		    "--key is not an API key (one word, as 'airlock keys create' printed it)");
		return EXIT_AIRLOCK;
	}
	if (a.id && !valid_id(a.id)) {
		print_error("'%s' is not an execution id (ex_ and hex digits; see 'airlock "
			    "approvals list')",
			    a.id);
		return EXIT_AIRLOCK;
	}
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != 0) {
		print_error("cannot initialise libcurl");
		return EXIT_AIRLOCK;
	}
	r = run(&a);
	curl_global_cleanup();
	return r;
}
