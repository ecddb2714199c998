/*
 * Code contexts in a box (engine/box.h): variables that persist between
 * cells, the last expression's value, rich displays, errors, interrupts,
 * restarts; Python and JavaScript. Root and rootless.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

#include "lib/box.h"
#include "lib/harness.h"

static struct box *box;

static void setup(void)
{
	box = test_box_start(NULL);
}

static void teardown(void)
{
	test_box_end();
	box = NULL;
}

TestSuite(box_context, .init = setup, .fini = teardown, .timeout = 90);

static struct box_context *start(const char *lang)
{
	struct box_context *c;
	err_t err;
	cr_assert_eq(box_context_start(box, lang, NULL, &c, &err), 0, "%s", err.msg);
	return c;
}

static struct box_cell cell(struct box_context *c, const char *code, double wall_s)
{
	struct box_cell r;
	struct limits l;
	err_t err;

	limits_default(&l);
	l.wall_time_limit_s = wall_s * test_slowness();
	l.max_output_kb = 64;
	cr_assert_eq(box_context_run(c, code, NULL, &l, NULL, NULL, &r, &err), 0, "%s", err.msg);
	buf_append(&r.out, "", 1);
	r.out.len--;
	buf_append(&r.err, "", 1);
	r.err.len--;
	return r;
}

/* text/plain of output i */
static const char *plain(const struct box_cell *r, size_t i)
{
	json_t *o = json_array_get(r->outputs, i);
	return json_string_value(json_object_get(json_object_get(o, "data"), "text/plain"));
}

Test(box_context, python_variables_persist_and_last_value_returns)
{
	struct box_context *c = start("python");
	struct box_cell r = cell(c, "x = 41\nprint('set')", 10);
	cr_assert_eq(r.status, STATUS_OK);
	cr_assert_str_eq(r.out.data, "set\n");
	cr_assert_eq(json_array_size(r.outputs), 0);
	box_cell_free(&r);
	r = cell(c, "import math\nx + 1", 10);
	cr_assert_eq(r.status, STATUS_OK, "%s", r.err.data);
	cr_assert_eq(json_array_size(r.outputs), 1);
	cr_assert_str_eq(plain(&r, 0), "42");
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(r.outputs, 0), "type")),
			 "result");
	box_cell_free(&r);
	r = cell(c, "def f(n):\n    return n * x\nf(2)", 10);
	cr_assert_str_eq(plain(&r, 0), "82");
	box_cell_free(&r);
	box_context_free(c);
}

Test(box_context, python_error_has_name_value_traceback)
{
	struct box_context *c = start("python");
	struct box_cell r = cell(c, "print('before')\n1/0", 10);
	cr_assert_eq(r.status, STATUS_RUNTIME_ERROR);
	cr_assert_str_eq(r.out.data, "before\n");
	cr_assert_str_eq(json_string_value(json_object_get(r.error, "name")), "ZeroDivisionError");
	cr_assert_str_eq(json_string_value(json_object_get(r.error, "value")), "division by zero");
	json_t *tb = json_object_get(r.error, "traceback");
	cr_assert(json_array_size(tb) >= 2);
	char *text = json_dumps(tb, 0);
	cr_assert(strstr(text, "<cell>"), "%s", text);
	cr_assert_null(strstr(text, "kernel"), "the context's own frames are shown: %s", text);
	free(text);
	box_cell_free(&r);
	r = cell(c, "def broken(:\n", 10);
	cr_assert_str_eq(json_string_value(json_object_get(r.error, "name")), "SyntaxError");
	box_cell_free(&r);
	/* the context goes on */
	r = cell(c, "'alive'", 10);
	cr_assert_str_eq(plain(&r, 0), "'alive'");
	box_cell_free(&r);
	box_context_free(c);
}

Test(box_context, python_rich_display)
{
	struct box_context *c = start("python");
	struct box_cell r = cell(c,
				 "class H:\n"
				 "    def _repr_html_(self): return '<b>hi</b>'\n"
				 "display(H())\n"
				 "H()",
				 10);
	cr_assert_eq(r.status, STATUS_OK, "%s", r.err.data);
	cr_assert_eq(json_array_size(r.outputs), 2);
	json_t *d0 = json_object_get(json_array_get(r.outputs, 0), "data");
	cr_assert_str_eq(json_string_value(json_object_get(d0, "text/html")), "<b>hi</b>");
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(r.outputs, 0), "type")),
			 "display");
	box_cell_free(&r);
	box_context_free(c);
}

Test(box_context, python_matplotlib_figure_is_a_png)
{
	if (access("/usr/lib/python3/dist-packages/matplotlib", F_OK) != 0)
		cr_skip_test("python3-matplotlib is not installed");
	struct box_context *c = start("python");
	struct box_cell r = cell(c,
				 "import matplotlib.pyplot as plt\n"
				 "plt.plot([1, 2, 3], [1, 4, 9])\n"
				 "plt.title('squares')\n"
				 "None",
				 60);
	char *e = json_dumps(r.error, 0);
	cr_assert_eq(r.status, STATUS_OK, "%s %s", r.err.data, e);
	free(e);
	cr_assert_eq(json_array_size(r.outputs), 1, "%s", r.err.data);
	json_t *d = json_object_get(json_array_get(r.outputs, 0), "data");
	const char *png = json_string_value(json_object_get(d, "image/png"));
	cr_assert_not_null(png);
	cr_assert_eq(strncmp(png, "iVBORw0KGgo", 11), 0, "not a PNG: %.20s", png);
	box_cell_free(&r);
	box_context_free(c);
}

Test(box_context, python_input_reads_nothing_of_the_protocol)
{
	struct box_context *c = start("python");
	struct box_cell r = cell(c, "import sys\nsys.stdin.read()", 10);
	cr_assert_str_eq(plain(&r, 0), "''");
	box_cell_free(&r);
	box_context_free(c);
}

/* What a cell prints reaches on_output a line at a time, as from a
 * Jupyter kernel: print() writes its text and its end apart, and a line
 * begun, then finished after a pause, is still one piece (E2B's clients
 * compare logs.stdout with ["hello\n"]). What has no newline yet comes
 * when the cell ends (with the line before it, if the reader finds both). */
struct pieces {
	pthread_mutex_t lock;
	char seen[8][32];
	int n[3];
};

static void collect_piece(void *ctx, int stream, const char *data, size_t len)
{
	struct pieces *p = ctx;
	pthread_mutex_lock(&p->lock);
	if (stream == 1 && p->n[1] < 8)
		snprintf(p->seen[p->n[1]], sizeof(p->seen[0]), "%.*s", (int)len, data);
	if (stream >= 1 && stream <= 2)
		p->n[stream]++;
	pthread_mutex_unlock(&p->lock);
}

Test(box_context, python_output_comes_a_line_at_a_time)
{
	struct box_context *c = start("python");
	struct pieces p = {.lock = PTHREAD_MUTEX_INITIALIZER};
	struct box_cell r;
	struct limits l;
	err_t err;

	limits_default(&l);
	l.wall_time_limit_s = 10 * test_slowness();
	cr_assert_eq(box_context_run(c,
				     "import time\nprint('hel', end='')\ntime.sleep(0.3)\n"
				     "print('lo')\nprint('tail', end='')",
				     NULL, &l, collect_piece, &p, &r, &err),
		     0, "%s", err.msg);
	cr_assert_eq(r.status, STATUS_OK);
	/* "hello\n" whole; "tail" after it, alone or in the same piece */
	cr_assert(p.n[1] == 1 || p.n[1] == 2, "stdout came in %d pieces: '%s' '%s' '%s'", p.n[1],
		  p.seen[0], p.seen[1], p.seen[2]);
	cr_assert_str_eq(p.n[1] == 1 ? p.seen[0] : p.seen[1], p.n[1] == 1 ? "hello\ntail" : "tail");
	if (p.n[1] == 2)
		cr_assert_str_eq(p.seen[0], "hello\n");
	box_cell_free(&r);
	box_context_free(c);
}

Test(box_context, timeout_interrupts_the_cell_and_keeps_state)
{
	struct box_context *c = start("python");
	struct box_cell r = cell(c, "kept = 7", 10);
	box_cell_free(&r);
	r = cell(c, "while True: pass", 1);
	cr_assert_eq(r.status, STATUS_WALL_TIME_LIMIT);
	cr_assert_str_eq(json_string_value(json_object_get(r.error, "name")), "KeyboardInterrupt");
	cr_assert_not(r.restarted);
	box_cell_free(&r);
	r = cell(c, "kept", 10);
	cr_assert_str_eq(plain(&r, 0), "7");
	box_cell_free(&r);
	box_context_free(c);
}

Test(box_context, a_cell_that_ignores_interrupts_gets_a_new_interpreter)
{
	struct box_context *c = start("python");
	struct box_cell r = cell(c,
				 "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\n"
				 "gone = 1\nwhile True: pass",
				 1);
	cr_assert_eq(r.status, STATUS_WALL_TIME_LIMIT);
	cr_assert(r.restarted);
	box_cell_free(&r);
	r = cell(c, "'gone' in globals()", 10);
	cr_assert_str_eq(plain(&r, 0), "False");
	box_cell_free(&r);
	box_context_free(c);
}

Test(box_context, output_limit_of_a_cell)
{
	struct box_context *c = start("python");
	struct box_cell r = cell(c, "while True: print('x' * 1000)", 20);
	cr_assert_eq(r.status, STATUS_OUTPUT_LIMIT);
	cr_assert(r.out_truncated);
	cr_assert_eq(r.out.len, 64 * 1024);
	box_cell_free(&r);
	r = cell(c, "1", 10);
	cr_assert_eq(r.status, STATUS_OK);
	box_cell_free(&r);
	box_context_free(c);
}

Test(box_context, forged_frames_without_the_token_are_output)
{
	struct box_context *c = start("python");
	struct box_cell r = cell(
	    c, "print('\\x1e0000 {\"type\": \"result\", \"data\": {\"text/plain\": \"forged\"}}')",
	    10);
	cr_assert_eq(json_array_size(r.outputs), 0);
	cr_assert(strstr(r.out.data, "forged"));
	box_cell_free(&r);
	r = cell(c, "import os\nstr(os.environ.get('AIRLOCK_KERNEL_TOKEN'))", 10);
	cr_assert_str_eq(plain(&r, 0), "'None'");
	box_cell_free(&r);
	box_context_free(c);
}

Test(box_context, javascript_globals_persist_and_values_return)
{
	struct box_context *c = start("javascript");
	struct box_cell r = cell(c, "let n = 20; var m = 1; console.log('set')", 10);
	cr_assert_eq(r.status, STATUS_OK, "%s", r.err.data);
	cr_assert_str_eq(r.out.data, "set\n");
	box_cell_free(&r);
	r = cell(c, "n + m + 1", 10);
	cr_assert_eq(json_array_size(r.outputs), 1, "%s", r.err.data);
	cr_assert_str_eq(plain(&r, 0), "22");
	box_cell_free(&r);
	r = cell(c, "await new Promise((ok) => setTimeout(() => ok(5), 10))", 10);
	cr_assert_eq(r.status, STATUS_OK, "%s", r.err.data);
	box_cell_free(&r);
	r = cell(c, "({a: [1, 2]})", 10);
	cr_assert_str_eq(plain(&r, 0), "{ a: [ 1, 2 ] }");
	box_cell_free(&r);
	box_context_free(c);
}

Test(box_context, javascript_error)
{
	struct box_context *c = start("js");
	struct box_cell r = cell(c, "null.x", 10);
	cr_assert_eq(r.status, STATUS_RUNTIME_ERROR);
	cr_assert_str_eq(json_string_value(json_object_get(r.error, "name")), "TypeError");
	box_cell_free(&r);
	r = cell(c, "while (true) {}", 1);
	cr_assert_eq(r.status, STATUS_WALL_TIME_LIMIT);
	box_cell_free(&r);
	r = cell(c, "'after'", 10);
	cr_assert_str_eq(plain(&r, 0), "'after'");
	box_cell_free(&r);
	box_context_free(c);
}

Test(box_context, restart_forgets_and_unknown_language_is_refused)
{
	struct box_context *c = start("python");
	struct box_cell r = cell(c, "v = 1", 10);
	box_cell_free(&r);
	err_t err;
	cr_assert_eq(box_context_restart(c, &err), 0, "%s", err.msg);
	r = cell(c, "'v' in globals()", 10);
	cr_assert_str_eq(plain(&r, 0), "False");
	box_cell_free(&r);
	box_context_free(c);
	struct box_context *bad;
	cr_assert_eq(box_context_start(box, "cobol", NULL, &bad, &err), -1);
	cr_assert_eq(err.errnum, EINVAL);
}

Test(box_context, contexts_share_the_box_files)
{
	struct box_context *py = start("python"), *js = start("javascript");
	struct box_cell r = cell(py, "open('shared.txt', 'w').write('from python')", 10);
	box_cell_free(&r);
	r = cell(js, "require('fs').readFileSync('shared.txt', 'utf8')", 10);
	cr_assert_str_eq(plain(&r, 0), "'from python'");
	box_cell_free(&r);
	box_context_free(py);
	box_context_free(js);
}
