/*
 * The analyzer's rules: rule files -> one tree-sitter query per language,
 * whose patterns name their rule (#set!) and carry their predicates.
 *
 * All rule files of a language are concatenated into one query, so a
 * program's tree is walked once whatever the number of rules; a compile
 * error is mapped back to the file and line it came from. Queries are
 * compiled on the first use of their language (a check of a Python program
 * never pays for the Bash rules), under a lock; after that they are only
 * read, so analyze() may run in many threads at once. The built-in rules'
 * queries were compiled when airlock was built and are restored from what
 * was saved then (saved_analysis.h): no parsing of the rules' text, no
 * analysis of their patterns. A rules directory's rules are compiled here.
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <ts_query_analysis.h>

#include "common/embed.h"
#include "policy/analyze_internal.h"
#include "policy/rule_lists.h"
#include "policy/saved_analysis.h"

#define RULE_FILE_MAX (1u << 20)

static const struct lang_ops *const all_ops[] = {
    &lang_python_ops,
    &lang_javascript_ops,
    &lang_bash_ops,
};
#define NLANGS (sizeof(all_ops) / sizeof(all_ops[0]))

/* A rule's severity as the rules directory's severity.conf sets it. */
struct sev_override {
	char *id;
	enum severity sev;
};

struct analyzer {
	struct lang_rules lang[NLANGS];
	struct sev_override *sev;
	size_t nsev;
};

/* ---- severities and modes ---- */

static const char *const sev_names[] = {"info", "warn", "high"};
static const char *const mode_names[] = {"off", "warn", "block", "approve"};

const char *severity_name(enum severity s)
{
	return (unsigned)s < ARRAY_SIZE(sev_names) ? sev_names[s] : "high";
}

int severity_parse(const char *s, enum severity *out)
{
	for (size_t i = 0; s && i < ARRAY_SIZE(sev_names); i++)
		if (strcmp(s, sev_names[i]) == 0) {
			*out = (enum severity)i;
			return 0;
		}
	return -1;
}

const char *policy_mode_name(enum policy_mode m)
{
	return (unsigned)m < ARRAY_SIZE(mode_names) ? mode_names[m] : "off";
}

int policy_mode_parse(const char *s, enum policy_mode *out)
{
	for (size_t i = 0; s && i < ARRAY_SIZE(mode_names); i++)
		if (strcmp(s, mode_names[i]) == 0) {
			*out = (enum policy_mode)i;
			return 0;
		}
	return -1;
}

const char *analyzer_language(const char *name)
{
	static const struct {
		const char *alias, *lang;
	} map[] = {
	    {"python", "python"},  {"py", "python"},
	    {"python3", "python"}, {"javascript", "javascript"},
	    {"js", "javascript"},  {"node", "javascript"},
	    {"bash", "bash"},	   {"sh", "bash"},
	};
	for (size_t i = 0; name && i < ARRAY_SIZE(map); i++)
		if (strcmp(name, map[i].alias) == 0)
			return map[i].lang;
	return NULL;
}

const char *analyzer_language_at(size_t i)
{
	return i < NLANGS ? all_ops[i]->name : NULL;
}

struct lang_rules *analyzer_rules_for(struct analyzer *a, const char *lang)
{
	for (size_t i = 0; i < NLANGS; i++)
		if (strcmp(a->lang[i].ops->name, lang) == 0)
			return &a->lang[i];
	return NULL;
}

/* ---- loading ---- */

/* A rule file of a language: its text is put together with the others'
 * when the language is first used (a check of a Python program never
 * copies the Bash rules). OWNED: text was allocated for it, freed with it. */
static void add_rule_text(struct lang_rules *lr, const char *name, const char *text, size_t len,
			  bool owned)
{
	lr->files = xrealloc(lr->files, (lr->nfiles + 1) * sizeof(*lr->files));
	lr->files[lr->nfiles] = (struct rule_file){
	    .name = xstrdup(name), .text = text, .len = len, .owned = owned};
	lr->nfiles++;
}

/* The language's source: its rule files in order, each followed by a
 * newline. */
static void join_rule_files(struct lang_rules *lr)
{
	size_t total = 0;

	for (size_t i = 0; i < lr->nfiles; i++)
		total += lr->files[i].len + 1;
	lr->source.data = xmalloc(total + 1);
	lr->source.cap = total + 1;
	lr->source.len = 0;
	for (size_t i = 0; i < lr->nfiles; i++) {
		lr->files[i].off = lr->source.len;
		memcpy(lr->source.data + lr->source.len, lr->files[i].text, lr->files[i].len);
		lr->source.len += lr->files[i].len;
		lr->source.data[lr->source.len++] = '\n';
	}
	lr->source.data[lr->source.len] = '\0';
}

static int cmp_str(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* DIR/severity.conf: "RULE-ID info|warn|high" a line, # comments: sets
 * the severity of a rule, built-in or not (e.g. lowers py-unknown-code to
 * warn where code read at run time is expected). */
static int load_severities(struct analyzer *a, const char *dir, bool *any, err_t *err)
{
	char path[4096];
	char *text = NULL;
	size_t len;
	unsigned lineno = 0;

	snprintf(path, sizeof(path), "%s/severity.conf", dir);
	if (access(path, F_OK) != 0)
		return 0;
	if (read_file_max(path, RULE_FILE_MAX, &text, &len, err) < 0)
		return -1;
	*any = true;
	for (char *line = text, *next; line && *line; line = next) {
		char id[128], level[16], extra[2];
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		lineno++;
		char *hash = strchr(line, '#');
		if (hash)
			*hash = '\0';
		int n = sscanf(line, "%127s %15s %1s", id, level, extra);
		if (n <= 0)
			continue;
		enum severity sev;
		if (n != 2 || severity_parse(level, &sev) < 0) {
			free(text);
			return err_set(err, 0,
				       "%s:%u: expected 'RULE-ID info|warn|high', as 'py-unknown-code "
				       "warn'",
				       path, lineno);
		}
		a->sev = xrealloc(a->sev, (a->nsev + 1) * sizeof(*a->sev));
		a->sev[a->nsev++] = (struct sev_override){xstrdup(id), sev};
	}
	free(text);
	return 0;
}

static bool severity_set(const struct analyzer *a, const char *id, enum severity *sev)
{
	bool set = false;
	for (size_t i = 0; i < a->nsev; i++)
		if (strcmp(a->sev[i].id, id) == 0) {
			*sev = a->sev[i].sev; /* the last line for an id wins */
			set = true;
		}
	return set;
}

void analyzer_apply_severities(const struct analyzer *a, struct findings *f)
{
	for (size_t i = 0; a->nsev > 0 && i < f->n; i++)
		severity_set(a, f->v[i].rule, &f->v[i].severity);
}

/* Every id of severity.conf must name a rule: a typo would silently keep
 * the severity it meant to change. */
static int check_severities(struct analyzer *a, err_t *err)
{
	for (size_t i = 0; i < a->nsev; i++) {
		bool known = false;
		for (size_t l = 0; l < NLANGS && !known; l++) {
			const char *ids[512];
			size_t n = analyzer_rule_ids(a, a->lang[l].ops->name, ids, ARRAY_SIZE(ids), err);
			for (size_t k = 0; k < n && !known; k++)
				known = strcmp(ids[k], a->sev[i].id) == 0;
		}
		if (!known)
			return err_set(err, 0, "severity.conf: no rule has the id '%s'", a->sev[i].id);
	}
	return 0;
}

static int load_dir(struct analyzer *a, const char *dir, err_t *err)
{
	bool any = false;

	if (load_severities(a, dir, &any, err) < 0)
		return -1;

	for (size_t l = 0; l < NLANGS; l++) {
		char path[4096];
		char **names = NULL;
		size_t n = 0;
		struct dirent *de;
		DIR *d;

		snprintf(path, sizeof(path), "%s/%s", dir, a->lang[l].ops->name);
		if ((d = opendir(path)) == NULL) {
			if (errno == ENOENT)
				continue;
			return err_set(err, errno, "cannot read rules directory %s", path);
		}
		while ((de = readdir(d)) != NULL) {
			size_t len = strlen(de->d_name);
			if (len > 4 && strcmp(de->d_name + len - 4, ".scm") == 0) {
				names = xrealloc(names, (n + 1) * sizeof(*names));
				names[n++] = xstrdup(de->d_name);
			}
		}
		closedir(d);
		qsort(names, n, sizeof(*names), cmp_str);
		for (size_t i = 0; i < n; i++) {
			char file[4096 + 256];
			char *text = NULL;
			size_t len = 0;
			snprintf(file, sizeof(file), "%s/%s", path, names[i]);
			if (read_file_max(file, RULE_FILE_MAX, &text, &len, err) < 0) {
				for (; i < n; i++)
					free(names[i]);
				free(names);
				return -1;
			}
			add_rule_text(&a->lang[l], file, text, len, true);
			free(names[i]);
			any = true;
		}
		free(names);
	}
	if (!any)
		return err_set(err, 0,
			       "no rule files in %s: rules go in %s/python, %s/javascript or "
			       "%s/bash, as NAME.scm",
			       dir, dir, dir, dir);
	return 0;
}

int analyzer_new(const char *rules_dir, struct analyzer **out, err_t *err)
{
	struct analyzer *a = xcalloc(1, sizeof(*a));

	for (size_t l = 0; l < NLANGS; l++) {
		a->lang[l].ops = all_ops[l];
		pthread_mutex_init(&a->lang[l].lock, NULL);
	}
	for (const struct embedded_file *f = embedded_rules; f->name; f++) {
		const char *slash = strchr(f->name, '/');
		for (size_t l = 0; slash && l < NLANGS; l++)
			if (strncmp(f->name, a->lang[l].ops->name, (size_t)(slash - f->name)) ==
				0 &&
			    a->lang[l].ops->name[slash - f->name] == '\0')
				add_rule_text(&a->lang[l], f->name, (const char *)f->data, f->len,
					      false);
	}
	if (rules_dir) {
		/* Someone's own rules: tell them now what is wrong with them. */
		if (load_dir(a, rules_dir, err) < 0)
			goto fail;
		for (size_t l = 0; l < NLANGS; l++) {
			a->lang[l].check_regexes = true;
			if (analyzer_compile_lang(&a->lang[l], err) < 0)
				goto fail;
		}
		if (check_severities(a, err) < 0)
			goto fail;
	}
	*out = a;
	return 0;
fail:
	analyzer_free(a);
	return -1;
}

void analyzer_free(struct analyzer *a)
{
	if (a == NULL)
		return;
	for (size_t i = 0; i < a->nsev; i++)
		free(a->sev[i].id);
	free(a->sev);
	for (size_t l = 0; l < NLANGS; l++) {
		struct lang_rules *lr = &a->lang[l];
		for (uint32_t p = 0; p < lr->npat; p++) {
			for (uint32_t i = 0; i < lr->pat[p].npreds; i++) {
				if (!lr->pat[p].preds[i].re_saved)
					pcre2_code_free(atomic_load(&lr->pat[p].preds[i].re));
				pcre2_code_free(atomic_load(&lr->pat[p].preds[i].re_prefix));
				free(lr->pat[p].preds[i].strs);
				free(lr->pat[p].preds[i].words);
				free(lr->pat[p].preds[i].expanded);
			}
			free(lr->pat[p].preds);
		}
		free(lr->pat);
		for (size_t i = 0; i < lr->nsaved_re; i++)
			pcre2_code_free(lr->saved_re[i]);
		free(lr->saved_re);
		if (lr->q)
			ts_query_delete(lr->q);
		for (size_t i = 0; i < lr->nfiles; i++) {
			free(lr->files[i].name);
			if (lr->files[i].owned)
				free((char *)lr->files[i].text);
		}
		free(lr->files);
		buf_free(&lr->source);
		pthread_mutex_destroy(&lr->lock);
	}
	free(a);
}

/* ---- compiling a language's query ---- */

/* "FILE:LINE" for an offset in the language's source. */
static void where(const struct lang_rules *lr, size_t off, char *out, size_t size)
{
	size_t f = 0, line;

	while (f + 1 < lr->nfiles && lr->files[f + 1].off <= off)
		f++;
	line = 1;
	for (size_t i = lr->nfiles ? lr->files[f].off : 0; i < off && i < lr->source.len; i++)
		line += lr->source.data[i] == '\n';
	snprintf(out, size, "%s:%zu", lr->nfiles ? lr->files[f].name : "?", line);
}

static const char *const query_errors[] = {
    "no error",		"syntax error",	   "unknown node type",
    "unknown field",	"unknown capture", "impossible pattern (structure)",
    "unknown language",
};

__attribute__((format(printf, 4, 5))) static int
pattern_error(const struct lang_rules *lr, uint32_t p, err_t *err, const char *fmt, ...)
{
	char at[512];
	va_list ap;
	size_t n;

	where(lr, ts_query_start_byte_for_pattern(lr->q, p), at, sizeof(at));
	err_set(err, 0, "%s: ", at);
	n = strlen(err->msg);
	va_start(ap, fmt);
	vsnprintf(err->msg + n, sizeof(err->msg) - n, fmt, ap);
	va_end(ap);
	return -1;
}

/* Not JIT-compiled: a predicate's regular expression tests the text of a
 * few nodes of a program, where the interpreter is as fast as JIT code,
 * and JIT-compiling the 40 to 110 of a language would cost `airlock
 * check` more than a millisecond of its start (bench/check.sh). */
pcre2_code *rule_compile_re(const char *re, bool anchored, char *msg, size_t msg_size)
{
	int code;
	PCRE2_SIZE off;
	pcre2_code *c = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
				      RULE_RE_OPTIONS(anchored), &code, &off, NULL);
	if (c == NULL) {
		PCRE2_UCHAR m[256];
		pcre2_get_error_message(code, m, sizeof(m));
		snprintf(msg, msg_size, "bad regular expression \"%s\": %s", re, (char *)m);
		return NULL;
	}
	return c;
}

/* re when it is words (letters, digits, "_", "-" and escaped dots) joined
 * by "|", without the escapes: an anchored match of it is a comparison
 * with each word; otherwise NULL. */
static char *only_words(const char *re)
{
	bool word = false;
	size_t n = 0;

	for (const char *q = re; *q; q++, n++) {
		if (*q == '|') {
			if (!word)
				return NULL;
			word = false;
		} else if (q[0] == '\\' && q[1] == '.') {
			q++;
			word = true;
		} else if ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') ||
			   (*q >= '0' && *q <= '9') || *q == '_' || *q == '-') {
			word = true;
		} else {
			return NULL;
		}
	}
	if (!word)
		return NULL;
	char *w = xmalloc(n + 1), *o = w;
	for (const char *q = re; *q; q++)
		if (q[0] != '\\')
			*o++ = *q;
	*o = '\0';
	return w;
}

static const struct {
	const char *name;
	enum pred_op op;
	bool neg;
	bool regex, anchored;
} pred_table[] = {
    {"eq?", P_EQ, false, false, false},
    {"not-eq?", P_EQ, true, false, false},
    {"same-file?", P_SAME_FILE, false, false, false},
    {"bound-text-match?", P_BOUND_TEXT, false, true, false},
    {"after-cd-match?", P_AFTER_CD, false, true, false},
    {"after-cd-path-match?", P_AFTER_CD_PATH, false, true, false},
    {"written-by?", P_WRITTEN_BY, false, true, true},
    {"downloaded-before?", P_DOWNLOADED_BEFORE, false, true, true},
    {"configured-before?", P_CONFIGURED_BEFORE, false, true, true},
    {"written-by-text?", P_WRITTEN_BY_TEXT, false, true, false},
    {"fetched-tree?", P_FETCHED_TREE, false, true, false},
    {"match?", P_MATCH, false, true, false},
    {"not-match?", P_MATCH, true, true, false},
    {"any-of?", P_ANY_OF, false, false, false},
    {"not-any-of?", P_ANY_OF, true, false, false},
    {"resolves-to?", P_RESOLVES, false, true, true},
    {"not-resolves-to?", P_RESOLVES, true, true, true},
    {"value-match?", P_VALUE, false, true, false},
    {"not-value-match?", P_VALUE, true, true, false},
    {"each-value-match?", P_EACH_VALUE, false, true, false},
    {"not-each-value-match?", P_EACH_VALUE, true, true, false},
    {"some-value-match?", P_SOME_VALUE, false, true, false},
    {"not-some-value-match?", P_SOME_VALUE, true, true, false},
    {"first-value-match?", P_FIRST_VALUE, false, true, false},
    {"not-first-value-match?", P_FIRST_VALUE, true, true, false},
    {"contains-call?", P_CONTAINS_CALL, false, true, true},
    {"not-contains-call?", P_CONTAINS_CALL, true, true, true},
    {"contains-call-with?", P_CONTAINS_CALL_WITH, false, true, true},
    {"program-calls?", P_PROGRAM_CALLS, false, true, true},
    {"not-program-calls?", P_PROGRAM_CALLS, true, true, true},
    {"program-calls-with?", P_PROGRAM_CALLS_WITH, false, true, true},
    {"not-program-calls-with?", P_PROGRAM_CALLS_WITH, true, true, true},
    {"regex-selects?", P_REGEX_SELECTS, false, true, false},
    {"not-regex-selects?", P_REGEX_SELECTS, true, true, false},
    {"parent-type?", P_PARENT_TYPE, false, false, false},
    {"not-parent-type?", P_PARENT_TYPE, true, false, false},
    {"type?", P_TYPE, false, false, false},
    {"not-type?", P_TYPE, true, false, false},
    {"unknown-code?", P_UNKNOWN_CODE, false, false, false},
    {"not-unknown-code?", P_UNKNOWN_CODE, true, false, false},
    {"child-env?", P_CHILD_ENV, false, false, false},
    {"links-home?", P_LINKS_HOME, false, false, false},
    {"not-child-env?", P_CHILD_ENV, true, false, false},
    {"after-match?", P_AFTER_MATCH, false, true, false},
    {"not-after-match?", P_AFTER_MATCH, true, true, false},
    {"next-text-match?", P_NEXT_TEXT, false, true, false},
    {"method?", P_METHOD, false, false, false},
    {"not-method?", P_METHOD, true, false, false},
    {"arg-value-match?", P_ARG_VALUE, false, true, false},
    {"not-arg-value-match?", P_ARG_VALUE, true, true, false},
    {"not-next-text-match?", P_NEXT_TEXT, true, true, false},
    {"prev-resolves-to?", P_PREV_RESOLVES, false, true, true},
    {"text-or-bound-match?", P_TEXT_BOUND, false, true, false},
};

static int capture_id(const TSQuery *q, const char *name, uint32_t *id)
{
	uint32_t n = ts_query_capture_count(q), len;
	for (uint32_t i = 0; i < n; i++) {
		const char *c = ts_query_capture_name_for_id(q, i, &len);
		if (strlen(name) == len && strncmp(c, name, len) == 0) {
			*id = i;
			return 0;
		}
	}
	return -1;
}

static int cmp_saved_regex(const void *x, const void *y)
{
	const struct saved_regex *a = x, *b = y;
	int r = strcmp(a->re, b->re);
	return r ? r : (int)a->anchored - (int)b->anchored;
}

/* The regexes tools/gen-query-analysis.c compiled for the language's
 * built-in rules, decoded: what the predicates then use, instead of
 * compiling their expressions. Nothing if the set does not decode (another
 * PCRE2 than the one airlock was built with): then they are compiled. */
static void decode_saved_regexes(struct lang_rules *lr, const struct saved_analysis *sa)
{
	pcre2_code **codes;

	if (sa->lang == NULL || sa->nregexes == 0 || sa->nregexes > INT32_MAX)
		return;
	codes = xcalloc(sa->nregexes, sizeof(*codes));
	if (pcre2_serialize_get_number_of_codes(sa->regex_data) != (int32_t)sa->nregexes ||
	    pcre2_serialize_decode(codes, (int32_t)sa->nregexes, sa->regex_data, NULL) !=
		(int32_t)sa->nregexes) {
		free(codes);
		return;
	}
	lr->saved_re = codes;
	lr->saved_re_names = sa->regexes;
	lr->nsaved_re = sa->nregexes;
	atomic_fetch_add_explicit(&lr->regex_compiles, sa->nregexes, memory_order_relaxed);
}

/* The decoded regex compiled from exactly re with these options, or NULL. */
static pcre2_code *saved_regex(const struct lang_rules *lr, const char *re, bool anchored)
{
	struct saved_regex key = {re, anchored};
	const struct saved_regex *hit;

	if (lr->nsaved_re == 0)
		return NULL;
	hit = bsearch(&key, lr->saved_re_names, lr->nsaved_re, sizeof(key), cmp_saved_regex);
	return hit ? lr->saved_re[hit - lr->saved_re_names] : NULL;
}

#define NAME_SET ((int16_t)ARRAY_SIZE(pred_table)) /* #set! */
#define NAME_UNKNOWN (-2)

/* The predicate query string id names (an index in pred_table, NAME_SET
 * or NAME_UNKNOWN), looked up once for each string: seen[id], -1 until
 * then (hundreds of predicates share a few dozen names). */
static int16_t predicate_name(int16_t *seen, uint32_t id, const char *name)
{
	if (seen[id] != -1)
		return seen[id];
	int16_t k = NAME_UNKNOWN;
	if (strcmp(name, "set!") == 0)
		k = NAME_SET;
	for (size_t i = 0; k == NAME_UNKNOWN && i < ARRAY_SIZE(pred_table); i++)
		if (strcmp(pred_table[i].name, name) == 0)
			k = (int16_t)i;
	return seen[id] = k;
}

/* One predicate or directive: steps[0] is its name, up to the Done step. */
static int parse_step(struct lang_rules *lr, int16_t *seen, uint32_t p,
		      struct pattern *pat, const TSQueryPredicateStep *s, uint32_t n, err_t *err)
{
	uint32_t len;
	const char *name = ts_query_string_value_for_id(lr->q, s[0].value_id, &len);
	int16_t kind = predicate_name(seen, s[0].value_id, name);
	const char *arg[8];
	bool is_cap[8];
	uint32_t capv[8], nargs = n - 1;

	if (nargs > 8 && strcmp(name, "any-of?") != 0 && strcmp(name, "not-any-of?") != 0 &&
	    strcmp(name, "parent-type?") != 0 && strcmp(name, "not-parent-type?") != 0 &&
	    strcmp(name, "type?") != 0 && strcmp(name, "not-type?") != 0 &&
	    strcmp(name, "method?") != 0 && strcmp(name, "not-method?") != 0)
		return pattern_error(lr, p, err, "#%s has too many arguments", name);
	for (uint32_t i = 0; i < nargs && i < 8; i++) {
		is_cap[i] = s[i + 1].type == TSQueryPredicateStepTypeCapture;
		capv[i] = s[i + 1].value_id;
		arg[i] =
		    is_cap[i] ? NULL : ts_query_string_value_for_id(lr->q, s[i + 1].value_id, &len);
	}
	if (kind == NAME_SET) {
		if (nargs != 2 || is_cap[0] || is_cap[1])
			return pattern_error(lr, p, err, "#set! takes a key and a value (%s)",
					     "e.g. (#set! id \"py-shell\")");
		if (strcmp(arg[0], "id") == 0)
			pat->id = arg[1];
		else if (strcmp(arg[0], "message") == 0)
			pat->message = arg[1];
		else if (strcmp(arg[0], "severity") == 0) {
			if (severity_parse(arg[1], &pat->sev) < 0)
				return pattern_error(
				    lr, p, err, "severity '%s' is not info, warn or high", arg[1]);
		} else if (strcmp(arg[0], "analyze") == 0) {
			if (capture_id(lr->q, arg[1], &pat->code_cap) < 0)
				return pattern_error(lr, p, err,
						     "#set! analyze names no capture @%s", arg[1]);
		} else if (strcmp(arg[0], "analyze-as") == 0) {
			if ((pat->code_lang = analyzer_language(arg[1])) == NULL)
				return pattern_error(lr, p, err,
						     "analyze-as '%s' is not python, javascript "
						     "or bash",
						     arg[1]);
		} else if (strcmp(arg[0], "analyze-after") == 0 && arg[1][0] != '\0') {
			pat->code_after = arg[1];
		} else if (strcmp(arg[0], "analyze-in") == 0 && strstr(arg[1], "%s") != NULL) {
			pat->code_in = arg[1];
		} else if (strcmp(arg[0], "analyze-lines") == 0 && arg[1][0] != '\0') {
			pat->code_lines = arg[1];
		} else
			return pattern_error(lr, p, err,
					     "unknown #set! key '%s' (id, severity, message, "
					     "analyze, analyze-as, analyze-after, analyze-in, "
					     "analyze-lines)",
					     arg[0]);
		return 0;
	}
	if (kind == NAME_UNKNOWN)
		return pattern_error(lr, p, err, "unknown predicate #%s", name);
	size_t k = (size_t)kind;
	if (pred_table[k].op == P_UNKNOWN_CODE || pred_table[k].op == P_CHILD_ENV ||
	    pred_table[k].op == P_LINKS_HOME) {
		if (nargs != 1 || !is_cap[0])
			return pattern_error(lr, p, err, "#%s takes a capture", name);
	} else if (nargs < 2 || !is_cap[0])
		return pattern_error(lr, p, err, "#%s takes a capture and a value", name);
	pat->preds = xrealloc(pat->preds, (pat->npreds + 1) * sizeof(*pat->preds));
	struct pred *pr = &pat->preds[pat->npreds++];
	memset(pr, 0, sizeof(*pr));
	pr->op = pred_table[k].op;
	pr->neg = pred_table[k].neg;
	pr->cap = capv[0];
	pr->cap2 = UINT32_MAX;
	if (pr->op == P_SAME_FILE && !is_cap[1])
		return pattern_error(lr, p, err, "#%s takes two captures", name);
	if ((pr->op == P_EQ || pr->op == P_SAME_FILE) && is_cap[1]) {
		pr->cap2 = capv[1];
		return 0;
	}
	pr->nstrs = nargs - 1;
	pr->strs = pr->nstrs ? xcalloc(pr->nstrs, sizeof(*pr->strs)) : NULL;
	for (uint32_t i = 0; i < pr->nstrs; i++) {
		if (s[i + 2].type != TSQueryPredicateStepTypeString)
			return pattern_error(lr, p, err, "#%s takes strings after the capture",
					     name);
		pr->strs[i] = ts_query_string_value_for_id(lr->q, s[i + 2].value_id, &len);
	}
	if (pred_table[k].regex) {
		char msg[400];
		if (pr->nstrs != 1)
			return pattern_error(lr, p, err, "#%s takes one regular expression", name);
		if ((pr->expanded = rule_lists_expand(pr->strs[0])) != NULL)
			pr->strs[0] = pr->expanded;
		pr->regex = true;
		pr->anchored = pred_table[k].anchored;
		pr->words = pr->anchored ? only_words(pr->strs[0]) : NULL;
		pr->compiles = &lr->regex_compiles;
		pcre2_code *saved = saved_regex(lr, pr->strs[0], pr->anchored);
		if (saved) {
			atomic_init(&pr->re, saved);
			pr->re_saved = true;
		} else if (lr->check_regexes) {
			pcre2_code *re =
			    rule_compile_re(pr->strs[0], pr->anchored, msg, sizeof(msg));
			if (re == NULL)
				return pattern_error(lr, p, err, "%s", msg);
			atomic_init(&pr->re, re);
			atomic_fetch_add_explicit(&lr->regex_compiles, 1, memory_order_relaxed);
		}
	}
	return 0;
}

/* A capture of pattern p as the first pattern of its chain calls it
 * (names: p's row of ts_query_merge_same_steps's capture_of). */
static uint32_t renamed(const uint16_t *names, uint32_t ncap, uint32_t cap)
{
	return cap < ncap && names[cap] != UINT16_MAX ? names[cap] : UINT32_MAX;
}

/* Many rules share a shape ((command) @n, a call's callee) and differ in
 * their predicates and the names of their captures: the cursor matches
 * each shape once, and each rule of the shape, its captures renamed to
 * those of the match, is tested on it. */
static void chain_same_shapes(struct lang_rules *lr)
{
	uint32_t ncap = ts_query_capture_count(lr->q), n = lr->npat ? lr->npat : 1;
	uint32_t *next = xcalloc(n, sizeof(*next));
	uint16_t *capture_of = xcalloc((size_t)n * (ncap ? ncap : 1), sizeof(*capture_of));

	lr->npat_merged = ts_query_merge_same_steps(lr->q, next, capture_of);
	for (uint32_t p = 0; p < lr->npat; p++) {
		struct pattern *pat = &lr->pat[p];
		const uint16_t *names = &capture_of[(size_t)p * ncap];
		pat->same_next = next[p];
		pat->report_cap = renamed(names, ncap, pat->report_cap);
		pat->code_cap = renamed(names, ncap, pat->code_cap);
		for (uint32_t i = 0; i < pat->npreds; i++) {
			pat->preds[i].cap = renamed(names, ncap, pat->preds[i].cap);
			pat->preds[i].cap2 = renamed(names, ncap, pat->preds[i].cap2);
		}
	}
	free(capture_of);
	free(next);
}

static int compile_patterns(struct lang_rules *lr, err_t *err)
{
	uint32_t report;
	bool has_report = capture_id(lr->q, "finding", &report) == 0;

	size_t nstrings = ts_query_string_count(lr->q) + 1;
	int16_t *seen = xmalloc(nstrings * sizeof(*seen));

	memset(seen, 0xff, nstrings * sizeof(*seen)); /* -1: not looked up */
	lr->npat = ts_query_pattern_count(lr->q);
	lr->pat = xcalloc(lr->npat ? lr->npat : 1, sizeof(*lr->pat));
	for (uint32_t p = 0; p < lr->npat; p++) {
		struct pattern *pat = &lr->pat[p];
		uint32_t nsteps, start = 0;
		const TSQueryPredicateStep *s = ts_query_predicates_for_pattern(lr->q, p, &nsteps);

		pat->sev = SEV_WARN;
		pat->code_cap = UINT32_MAX;
		pat->report_cap = has_report ? report : UINT32_MAX;
		for (uint32_t i = 0; i < nsteps; i++) {
			if (s[i].type != TSQueryPredicateStepTypeDone)
				continue;
			if (i > start &&
			    parse_step(lr, seen, p, pat, s + start, i - start, err) < 0) {
				free(seen);
				return -1;
			}
			start = i + 1;
		}
		if (pat->id == NULL || pat->message == NULL) {
			free(seen);
			return pattern_error(lr, p, err, "a rule needs %s",
					     "(#set! id \"...\") and (#set! message \"...\")");
		}
	}
	free(seen);
	chain_same_shapes(lr);
	return 0;
}

int analyzer_compile_lang(struct lang_rules *lr, err_t *err)
{
	int ret = 0;

	pthread_mutex_lock(&lr->lock);
	if (lr->compiled) {
		if (lr->error[0])
			ret = err_set(err, 0, "%s", lr->error);
		pthread_mutex_unlock(&lr->lock);
		return ret;
	}
	lr->query_compiles++;
	if (lr->nfiles > 0)
		join_rule_files(lr);
	if (lr->source.len > 0) {
		uint32_t off;
		TSQueryError qe;
		const struct saved_analysis *sa = saved_analyses;
		while (sa->lang && strcmp(sa->lang, lr->ops->name) != 0)
			sa++;
		lr->q = ts_query_new_with_analysis(lr->ops->language(), lr->source.data,
						   (uint32_t)lr->source.len, sa->data, sa->size,
						   &off, &qe, &lr->analysis_saved);
		decode_saved_regexes(lr, sa);
		if (lr->q == NULL) {
			char at[512];
			where(lr, off, at, sizeof(at));
			ret = err_set(err, 0, "%s: %s in the rule", at,
				      (unsigned)qe < ARRAY_SIZE(query_errors) ? query_errors[qe]
									      : "error");
		} else
			ret = compile_patterns(lr, err);
		if (ret < 0)
			snprintf(lr->error, sizeof(lr->error), "%s", err->msg);
	}
	/* Only the compile's errors needed the text: the query keeps its
	 * strings, and the memory goes to the analysis. */
	buf_free(&lr->source);
	lr->compiled = true;
	pthread_mutex_unlock(&lr->lock);
	return ret;
}

int analyzer_counts(struct analyzer *a, const char *lang, struct analyzer_counts *out)
{
	const char *name = analyzer_language(lang);
	struct lang_rules *lr = name ? analyzer_rules_for(a, name) : NULL;

	if (lr == NULL)
		return -1;
	pthread_mutex_lock(&lr->lock);
	out->queries = lr->query_compiles;
	pthread_mutex_unlock(&lr->lock);
	out->regexes = atomic_load_explicit(&lr->regex_compiles, memory_order_relaxed);
	return 0;
}

size_t analyzer_rule_ids(struct analyzer *a, const char *lang, const char **ids, size_t max,
			 err_t *err)
{
	struct lang_rules *lr =
	    analyzer_rules_for(a, analyzer_language(lang) ? analyzer_language(lang) : "");
	size_t n = 0;

	if (lr == NULL || analyzer_compile_lang(lr, err) < 0)
		return 0;
	for (uint32_t p = 0; p < lr->npat; p++) {
		size_t i;
		for (i = 0; i < n; i++)
			if (strcmp(ids[i], lr->pat[p].id) == 0)
				break;
		if (i == n && n < max)
			ids[n++] = lr->pat[p].id;
	}
	for (size_t i = 0; source_rule_at(i) != NULL; i++)
		if (strcmp(source_rule_at(i)->lang, lr->ops->name) == 0 && n < max)
			ids[n++] = source_rule_at(i)->id;
	return n;
}

int analyzer_rules(struct analyzer *a, const char *lang,
		   void (*fn)(void *ctx, const char *id, enum severity sev, const char *message),
		   void *ctx, err_t *err)
{
	const char *name = analyzer_language(lang);
	struct lang_rules *lr = name ? analyzer_rules_for(a, name) : NULL;
	int n = 0;

	if (lr == NULL)
		return err_set(err, 0, "no analysis for language '%s'", lang ? lang : "");
	if (analyzer_compile_lang(lr, err) < 0)
		return -1;
	for (uint32_t p = 0; p < lr->npat; p++) {
		uint32_t q;
		for (q = 0; q < p; q++)
			if (strcmp(lr->pat[q].id, lr->pat[p].id) == 0)
				break;
		if (q < p)
			continue;
		enum severity sev = lr->pat[p].sev;
		severity_set(a, lr->pat[p].id, &sev);
		fn(ctx, lr->pat[p].id, sev, lr->pat[p].message);
		n++;
	}
	for (size_t i = 0; source_rule_at(i) != NULL; i++) {
		const struct source_rule *r = source_rule_at(i);
		if (strcmp(r->lang, name) == 0) {
			enum severity sev = r->sev;
			severity_set(a, r->id, &sev);
			fn(ctx, r->id, sev, r->message);
			n++;
		}
	}
	return n;
}
