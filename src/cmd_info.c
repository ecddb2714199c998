/* `airlock info`: what this host gives the sandbox, and which languages run. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "engine/engine.h"
#include "lang/lang.h"

int cmd_info(int argc, char **argv)
{
	struct engine *eng;
	err_t err;
	bool json = argc > 1 && strcmp(argv[1], "--json") == 0;

	if (argc > 2 || (argc == 2 && !json)) {
		print_error("usage: airlock info [--json]");
		return EXIT_AIRLOCK;
	}
	if (engine_new(NULL, &eng, &err) < 0) {
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
		json_t *o =
		    json_pack("{s:s, s:s, s:b, s:s, s:o}", "version", AIRLOCK_VERSION, "sandbox",
			      engine_describe(eng), "rootless", engine_is_rootless(eng), "seccomp",
			      engine_seccomp_notify(eng, NULL) ? "user_notification" : "kill_only",
			      "languages", langs);
		char *s = json_dumps(o, JSON_COMPACT);
		puts(s ? s : "{}");
		free(s);
		json_decref(o);
	} else {
		printf("airlock %s\nsandbox: %s\nlanguages:\n", AIRLOCK_VERSION,
		       engine_describe(eng));
		for (size_t i = 0; i < lang_count(); i++) {
			err_t e;
			bool ok = lang_available(lang_at(i), &e);
			printf("  %-8s %s\n", lang_at(i)->name, ok ? "available" : e.msg);
		}
	}
	engine_free(eng);
	return 0;
}
