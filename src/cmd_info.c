/* `airlock info`: what this host gives the sandbox (each missing thing with
 * its fix: engine/host.h), and which languages run. Exit 0 when airlock can
 * run here, EXIT_AIRLOCK when something it needs is missing. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"
#include "engine/engine.h"
#include "engine/host.h"
#include "lang/lang.h"

static json_t *host_json(const struct host_check *hc)
{
	json_t *a = json_array();
	for (int i = 0; i < HOST_CHECKS; i++) {
		json_t *c = json_pack("{s:s, s:b, s:b, s:s}", "name", hc[i].name, "ok", hc[i].ok,
				      "required", hc[i].required, "detail", hc[i].detail);
		if (!hc[i].ok)
			json_object_set_new(c, "fix", json_string(hc[i].fix));
		json_array_append_new(a, c);
	}
	return a;
}

static void print_host(const struct host_check *hc)
{
	printf("host:\n");
	for (int i = 0; i < HOST_CHECKS; i++) {
		printf("  %-30s %s: %s\n", hc[i].name,
		       hc[i].ok		? "ok"
		       : hc[i].required ? "MISSING"
					: "missing",
		       hc[i].detail);
		if (!hc[i].ok)
			printf("  %-30s fix: %s\n", "", hc[i].fix);
	}
}

int cmd_info(int argc, char **argv)
{
	struct engine *eng;
	err_t err;
	bool json = argc > 1 && strcmp(argv[1], "--json") == 0;

	if (argc > 2 || (argc == 2 && !json)) {
		print_error("usage: airlock info [--json]");
		return EXIT_AIRLOCK;
	}
	struct host_check hc[HOST_CHECKS];
	bool usable = true;

	host_checks(hc, geteuid() != 0, NULL);
	for (int i = 0; i < HOST_CHECKS; i++)
		usable &= hc[i].ok || !hc[i].required;
	if (engine_new(NULL, &eng, &err) < 0) {
		if (json) {
			json_t *o = json_pack("{s:s, s:b, s:o, s:s}", "version", AIRLOCK_VERSION,
					      "usable", 0, "host", host_json(hc), "error", err.msg);
			char *t = json_dumps(o, JSON_COMPACT);
			puts(t ? t : "{}");
			free(t);
			json_decref(o);
		} else {
			printf("airlock %s\n", AIRLOCK_VERSION);
			print_host(hc);
		}
		print_error("%s", err.msg);
		return EXIT_AIRLOCK;
	}
	if (json) {
		json_t *langs = json_object();
		for (size_t i = 0; i < lang_count(); i++) {
			err_t e;
			json_object_set_new(langs, lang_at(i)->name,
					    json_boolean(lang_available(lang_at(i), &e)));
		}
		json_t *o = json_pack(
		    "{s:s, s:s, s:b, s:s, s:o, s:b, s:o}", "version", AIRLOCK_VERSION, "sandbox",
		    engine_describe(eng), "rootless", engine_is_rootless(eng), "seccomp",
		    engine_seccomp_notify(eng, NULL) ? "user_notification" : "kill_only",
		    "languages", langs, "usable", usable, "host", host_json(hc));
		char *s = json_dumps(o, JSON_COMPACT);
		puts(s ? s : "{}");
		free(s);
		json_decref(o);
	} else {
		printf("airlock %s\nsandbox: %s\n", AIRLOCK_VERSION, engine_describe(eng));
		print_host(hc);
		printf("languages:\n");
		for (size_t i = 0; i < lang_count(); i++) {
			err_t e;
			bool ok = lang_available(lang_at(i), &e);
			printf("  %-8s %s\n", lang_at(i)->name, ok ? "available" : e.msg);
		}
	}
	engine_free(eng);
	if (!usable)
		for (int i = 0; i < HOST_CHECKS; i++)
			if (!hc[i].ok && hc[i].required)
				print_error("%s: %s; %s", hc[i].name, hc[i].detail, hc[i].fix);
	return usable ? 0 : EXIT_AIRLOCK;
}
