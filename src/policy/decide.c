#include "policy/decide.h"

#include <string.h>
#include <strings.h>

#include "common/utf8.h"
#include "common/util.h"
#include "policy/apply.h"

/* ---- which files are code ---- */

static const struct {
	const char *ext, *lang;
} extensions[] = {
    {".py", "python"},	    {".js", "javascript"}, {".mjs", "javascript"},
    {".cjs", "javascript"}, {".sh", "bash"},	   {".bash", "bash"},
};

/* The language of an interpreter's name: python, python3, python3.11,
 * node, nodejs, bash, sh, dash. */
static const char *interpreter_language(const char *name, size_t len)
{
	static const struct {
		const char *prefix, *lang;
		bool versioned; /* digits and dots may follow */
	} names[] = {
	    {"python", "python", true},	   {"pypy", "python", true},
	    {"node", "javascript", false}, {"nodejs", "javascript", false},
	    {"bash", "bash", true},	   {"sh", "bash", false},
	    {"dash", "bash", false},
	};
	for (size_t i = 0; i < ARRAY_SIZE(names); i++) {
		size_t n = strlen(names[i].prefix);
		if (len < n || memcmp(name, names[i].prefix, n) != 0)
			continue;
		size_t k = n;
		while (names[i].versioned && k < len &&
		       ((name[k] >= '0' && name[k] <= '9') || name[k] == '.'))
			k++;
		if (k == len)
			return names[i].lang;
	}
	return NULL;
}

/* The #! line: its interpreter, or env's command (after env's options). */
static const char *shebang_language(const char *s, size_t len)
{
	const char *end, *p;
	bool env = false;

	if (len < 2 || s[0] != '#' || s[1] != '!')
		return NULL;
	end = memchr(s, '\n', len);
	end = end ? end : s + len;
	for (p = s + 2;;) {
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
			p++;
		if (p == end)
			return NULL;
		const char *w = p;
		while (p < end && *p != ' ' && *p != '\t' && *p != '\r')
			p++;
		const char *base = w;
		for (const char *q = w; q < p; q++)
			if (*q == '/')
				base = q + 1;
		size_t n = (size_t)(p - base);
		if (!env && n == 3 && memcmp(base, "env", 3) == 0) {
			env = true;
			continue;
		}
		if (env && (*w == '-' || memchr(w, '=', (size_t)(p - w)) != NULL))
			continue; /* env's options (-S, -i, -u NAME is rare) and NAME=VALUE */
		return interpreter_language(base, n);
	}
}

const char *policy_file_language(const char *name, const char *content, size_t len)
{
	const char *dot = strrchr(name, '.');

	for (size_t i = 0; dot && i < ARRAY_SIZE(extensions); i++)
		if (strcasecmp(dot, extensions[i].ext) == 0)
			return extensions[i].lang;
	return shebang_language(content, len);
}

/* ---- the decision ---- */

/* Analyses one file and appends its findings, each naming it. */
static int analyze_file(struct analyzer *an, const struct policy_file *f, struct findings *all,
			err_t *err)
{
	const char *lang = policy_file_language(f->name, f->content, f->len);
	struct findings mine;

	if (lang == NULL)
		return 0;
	if (analyze(an, lang, f->content, f->len, &mine, err) < 0)
		return err_wrap(err, "cannot analyze the file %s", f->name);
	if (mine.n > 0) {
		all->v = xrealloc(all->v, (all->n + mine.n) * sizeof(*all->v));
		for (size_t i = 0; i < mine.n; i++) {
			mine.v[i].file = utf8_sanitize(f->name, strlen(f->name), NULL);
			all->v[all->n++] = mine.v[i];
		}
	}
	free(mine.v);
	return 0;
}

int policy_decide(struct analyzer *an, const struct policy_settings *ps, const char *lang,
		  const char *code, size_t len, const struct policy_file *files, size_t nfiles,
		  const struct redactor *redactor, struct policy_decision *d, err_t *err)
{
	const char *alang = analyzer_language(lang);
	bool reached = false;

	memset(d, 0, sizeof(*d));
	if (ps->mode == POLICY_OFF)
		return 0;
	d->analyzed = true;
	if (alang == NULL) {
		/* C and C++ have no rules: said, not hidden, and blocking them
		 * is the site's choice. */
		reached = ps->unanalyzable_block;
	} else {
		if (analyze(an, alang, code, len, &d->findings, err) < 0)
			return err_wrap(err, "cannot analyze the %s program", lang);
		d->available = true;
	}
	/* What the program imports or runs is the program too. */
	for (size_t i = 0; i < nfiles; i++)
		if (analyze_file(an, &files[i], &d->findings, err) < 0) {
			policy_decision_free(d);
			return -1;
		}
	for (size_t i = 0; i < d->findings.n; i++)
		d->high += d->findings.v[i].severity == SEV_HIGH;
	reached = reached || findings_reach(&d->findings, ps->fail_on);
	if (redactor)
		redact_findings(redactor, &d->findings);
	if (reached && ps->mode == POLICY_BLOCK)
		d->verdict = VERDICT_BLOCK;
	else if (reached && ps->mode == POLICY_APPROVE)
		d->verdict = VERDICT_ASK;
	return 0;
}

void policy_decision_free(struct policy_decision *d)
{
	findings_free(&d->findings);
	memset(d, 0, sizeof(*d));
}

json_t *policy_decision_json(const struct policy_decision *d)
{
	json_t *o = json_object();

	if (!d->analyzed)
		return o;
	json_object_set_new(o, "findings", findings_to_json(&d->findings));
	json_object_set_new(o, "analysis", json_string(d->available ? "done" : "unavailable"));
	return o;
}
