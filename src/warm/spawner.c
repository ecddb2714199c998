/*
 * airlock-spawner: the service's cold runs are cloned from here, not from
 * the service.
 *
 * A sandbox's init is a copy-on-write clone of the process that clones it.
 * Cloned from `airlock serve`, its memory would hold the server's: other
 * runs' programs, input and output in request buffers and in SQLite's page
 * cache, the database's connection string. The program cannot read pid 1's
 * memory (it is not dumpable and keeps no capability), but a kernel bug in
 * those checks would show it all. The spawner is a warm template without
 * an interpreter (template.c has the protocol and the loop): exec'd by the
 * service with an empty environment, it holds nothing but its engine and,
 * while it clones a sandbox, that run's own plan (unmapped right after).
 * The program is exec'd as in any cold run: a run cloned from here starts
 * cold and says `"init": "spawner"` in its result's enforcement.
 *
 * It keeps sandboxes built before their runs as a template does, for any
 * language: a one-step run without network takes one and skips building
 * its root.
 */
#include <stddef.h>

#include "warm/template.h"

static int spawner_init(const struct engine *e, err_t *err)
{
	(void)e;
	(void)err;
	return 0;
}

static void nothing(void)
{
}

static const struct template_lang spawner = {
    .name = "spawner",
    .any_language = true,
    .init = spawner_init,
    .before_clone = nothing,
    .after_clone = nothing,
    .hook = NULL,
};

int main(int argc, char **argv)
{
	return template_main(&spawner, argc, argv);
}
