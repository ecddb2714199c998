/* Placeholder while the analyzer is written: knows no rules. */
#include <string.h>
#include "common/util.h"
#include "policy/analyze.h"

struct analyzer { int unused; };
int analyzer_new(const char *rules_dir, struct analyzer **out, err_t *err)
{
	(void)rules_dir; (void)err;
	*out = xcalloc(1, sizeof(**out));
	return 0;
}
void analyzer_free(struct analyzer *a) { free(a); }
const char *analyzer_language(const char *name) { return name && strcmp(name, "python") == 0 ? "python" : NULL; }
int analyze(struct analyzer *a, const char *lang, const char *code, size_t len, struct findings *out, err_t *err)
{
	(void)a; (void)lang; (void)code; (void)len; (void)err;
	memset(out, 0, sizeof(*out));
	return 0;
}
size_t analyzer_rule_ids(struct analyzer *a, const char *lang, const char **ids, size_t max, err_t *err)
{ (void)a; (void)lang; (void)ids; (void)max; (void)err; return 0; }
void findings_free(struct findings *f) { free(f->v); memset(f, 0, sizeof(*f)); }
json_t *findings_to_json(const struct findings *f) { (void)f; return json_array(); }
bool findings_reach(const struct findings *f, enum severity sev) { (void)sev; return f->n > 0; }
static const char *const sev_names[] = {"info", "warn", "high"};
const char *severity_name(enum severity s) { return sev_names[s]; }
int severity_parse(const char *s, enum severity *out)
{
	for (int i = 0; i < 3; i++) if (strcmp(s, sev_names[i]) == 0) { *out = (enum severity)i; return 0; }
	return -1;
}
static const char *const mode_names[] = {"off", "warn", "block", "approve"};
const char *policy_mode_name(enum policy_mode m) { return mode_names[m]; }
int policy_mode_parse(const char *s, enum policy_mode *out)
{
	for (int i = 0; i < 4; i++) if (strcmp(s, mode_names[i]) == 0) { *out = (enum policy_mode)i; return 0; }
	return -1;
}
