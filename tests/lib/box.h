/* A live box for the engine-level tests of engine/box.h. */
#ifndef AIRLOCK_TEST_BOX_H
#define AIRLOCK_TEST_BOX_H

#include "engine/box.h"

/* One box (and its engine) per test: spec NULL gives 256 MB of memory and
 * 16 MB of disk; test_box_end destroys what is left. */
struct box *test_box_start(const struct box_spec *spec);
void test_box_end(void);
/* A shell command in the box with wall_s of wall and CPU time; out and err
 * are NUL-terminated. Free with test_box_done. */
struct step_result test_box_sh(struct box *b, const char *cmd, double wall_s);
void test_box_done(struct step_result *r);

#endif
