/*
 * /e2b: keys, the table of sandboxes, errors, and E2B's control plane.
 *
 *   POST   /e2b/sandboxes, /e2b/v2/sandboxes        create           201 Sandbox
 *   GET    /e2b/sandboxes, /e2b/v2/sandboxes        list (running)   200 [ListedSandbox]
 *   GET    /e2b/sandboxes/ID                        info             200 SandboxDetail
 *   DELETE /e2b/sandboxes/ID                        kill             204
 *   POST   /e2b/sandboxes/ID/timeout                {"timeout"}      204
 *   PUT    /e2b/sandboxes/ID/network                {"allowOut"...}  204 (updateNetwork)
 *   POST   /e2b/sandboxes/ID/connect, /v2/...       {"timeout"?}     200 Sandbox
 *   GET    /e2b/sandboxes/ID/metrics                one, measured    200 [SandboxMetric]
 *   POST   /e2b/sandboxes/ID/pause                  {"memory"?}      204 (409: paused already)
 *   POST   /e2b/sandboxes/ID/resume                 {"timeout"?}     201 Sandbox
 *   anything else (snapshots, templates, volumes...)                 501 Error
 *
 * Keys: the SDK sends E2B_API_KEY as X-API-KEY and insists on the shape
 * e2b_HEX; airlock's key ak_HEX is accepted as e2b_HEX (and as itself, or
 * as a Bearer token). The envd and interpreter traffic carries no API key:
 * it is authenticated by the sandbox's envdAccessToken (X-Access-Token),
 * a random token made here when the sandbox is created or connected to,
 * kept with the key in a table in memory (a restart ends every sandbox
 * anyway). Errors of the control plane are E2B's {"code", "message"}.
 *
 * Templates: "base" and "code-interpreter-v1" (also "code-interpreter",
 * "" and none) are the host's tree, which has Python, Node and matplotlib;
 * any other names an image (`airlock image import`; 404 when there is
 * none).
 * Network: no sandbox reaches the internet at large, so
 * allowInternetAccess is reported false whatever was asked; network's
 * allowOut (names, *.names, single addresses) is its egress allow-list
 * through airlock's proxy, within the server's and the key's lists (see
 * e2b_network).
 */
#include <pthread.h>
#include <sodium.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/json_why.h"
#include "common/utf8.h"
#include "http/e2b.h"

#define TABLE_MAX 4096

/* ---- errors ---- */

void e2b_error(struct http_reply *rep, int status, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	json_decref(rep->json);
	rep->status = status;
	rep->json = json_pack("{s:i, s:o}", "code", status, "message", utf8_json(msg));
}

void e2b_svc_error(struct http_reply *rep, const struct svc_error *e)
{
	int status = http_status_of(e->kind);

	if (e->kind == SVC_INVALID)
		status = 400;
	if (e->kind == SVC_CONFLICT && strcmp(e->code, "sandbox_terminated") == 0)
		status = 404; /* E2B: a sandbox that ended is not found */
	e2b_error(rep, status, "%s", e->message);
	rep->retry_after_s = e->retry_after_s;
}

/* ---- the table ---- */

struct entry {
	struct entry *next;
	struct e2b_sandbox sb;
	char ctx_python[STORE_ID_MAX], ctx_js[STORE_ID_MAX];
};

static pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;
static struct entry *table;
static int table_n;

static bool table_get(const char *id, struct e2b_sandbox *out);

static struct entry *find_locked(const char *id)
{
	for (struct entry *x = table; x; x = x->next)
		if (strcmp(x->sb.id, id) == 0)
			return x;
	return NULL;
}

static void table_remove(const char *id)
{
	pthread_mutex_lock(&table_lock);
	for (struct entry **p = &table; *p; p = &(*p)->next)
		if (strcmp((*p)->sb.id, id) == 0) {
			struct entry *x = *p;
			*p = x->next;
			sodium_memzero(x->sb.token, sizeof(x->sb.token));
			free(x);
			table_n--;
			break;
		}
	pthread_mutex_unlock(&table_lock);
}

/* Its entry (a new token when it had none); *out is a copy. */
static void table_put(const char *id, const struct key_row *key, const char *template_id,
		      struct e2b_sandbox *out)
{
	unsigned char raw[24];

	pthread_mutex_lock(&table_lock);
	struct entry *x = find_locked(id);
	if (x == NULL) {
		if (table_n >= TABLE_MAX) { /* the oldest goes: its token stops working */
			struct entry **p = &table;
			while ((*p)->next)
				p = &(*p)->next;
			free(*p);
			*p = NULL;
			table_n--;
		}
		x = xcalloc(1, sizeof(*x));
		snprintf(x->sb.id, sizeof(x->sb.id), "%s", id);
		randombytes_buf(raw, sizeof(raw));
		sodium_bin2hex(x->sb.token, sizeof(x->sb.token), raw, sizeof(raw));
		x->sb.key = *key;
		snprintf(x->sb.template_id, sizeof(x->sb.template_id), "%s",
			 template_id ? template_id : "base");
		x->next = table;
		table = x;
		table_n++;
	}
	*out = x->sb;
	pthread_mutex_unlock(&table_lock);
}

static void table_set_public(const char *id)
{
	pthread_mutex_lock(&table_lock);
	struct entry *x = find_locked(id);
	if (x)
		x->sb.public_traffic = true;
	pthread_mutex_unlock(&table_lock);
}

bool e2b_public_traffic(const char *id, struct e2b_sandbox *out)
{
	return table_get(id, out) && out->public_traffic;
}

static bool table_get(const char *id, struct e2b_sandbox *out)
{
	pthread_mutex_lock(&table_lock);
	struct entry *x = find_locked(id);
	if (x)
		*out = x->sb;
	pthread_mutex_unlock(&table_lock);
	return x != NULL;
}

/* E2B's signature of a file URL (the SDK's getSignature): "v1_" and
 * the base64 (no padding) of SHA-256 over PATH:OPERATION:USER:TOKEN, then
 * :EXPIRATION when it has one. */
static void file_signature(const char *path, const char *op, const char *user, const char *token,
			   const char *expiration, char *out, size_t size)
{
	crypto_hash_sha256_state st;
	unsigned char h[crypto_hash_sha256_BYTES];
	const char *parts[] = {path, ":", op, ":", user, ":", token, expiration ? ":" : "",
			       expiration ? expiration : ""};

	crypto_hash_sha256_init(&st);
	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
		crypto_hash_sha256_update(&st, (const unsigned char *)parts[i], strlen(parts[i]));
	crypto_hash_sha256_final(&st, h);
	memcpy(out, "v1_", 4);
	sodium_bin2base64(out + 3, size - 3, h, sizeof(h), sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
}

int e2b_signed_sandbox(const struct http_request *r, const char *op, struct e2b_sandbox *out,
		       const char **why)
{
	const char *sig = http_query(r, "signature"), *exp = http_query(r, "signature_expiration");
	const char *path = http_query(r, "path"), *user = http_query(r, "username");
	const char *id = http_header(r, "E2b-Sandbox-Id");
	char want[128];
	int found = 0;

	*why = "the signature is not one of a live sandbox's";
	if (sig == NULL || strncmp(sig, "v1_", 3) != 0 || strlen(sig) >= sizeof(want)) {
		*why = "the signature is not E2B's v1";
		return 0;
	}
	if (exp) {
		char *end;
		long long when = strtoll(exp, &end, 10);
		if (exp[0] == 0 || *end || when < (long long)time(NULL)) {
			*why = "the signature has expired";
			return 0;
		}
	}
	pthread_mutex_lock(&table_lock);
	for (struct entry *x = table; x && !found; x = x->next) {
		if (id && id[0] && strcmp(x->sb.id, id) != 0)
			continue;
		file_signature(path ? path : "", op, user ? user : "", x->sb.token, exp, want,
			       sizeof(want));
		if (strlen(want) == strlen(sig) && sodium_memcmp(want, sig, strlen(sig)) == 0) {
			*out = x->sb;
			found = 1;
		}
	}
	pthread_mutex_unlock(&table_lock);
	sodium_memzero(want, sizeof(want));
	return found;
}

void e2b_default_context(const char *id, const char *lang, char *out, size_t size)
{
	pthread_mutex_lock(&table_lock);
	struct entry *x = find_locked(id);
	snprintf(out, size, "%s",
		 x == NULL		       ? ""
		 : strcmp(lang, "python") == 0 ? x->ctx_python
					       : x->ctx_js);
	pthread_mutex_unlock(&table_lock);
}

void e2b_set_default_context(const char *id, const char *lang, const char *cid)
{
	pthread_mutex_lock(&table_lock);
	struct entry *x = find_locked(id);
	if (x)
		snprintf(strcmp(lang, "python") == 0 ? x->ctx_python : x->ctx_js,
			 sizeof(x->ctx_python), "%s", cid);
	pthread_mutex_unlock(&table_lock);
}

/* ---- keys ---- */

/* The API key of the request (X-API-KEY, else a Bearer token) as an
 * airlock key, into buf; NULL when there is none. */
static const char *api_key(const struct http_request *r, char *buf, size_t size)
{
	const char *k = http_header(r, "X-API-KEY");

	if (k == NULL || k[0] == 0)
		k = key_from_authorization(r->authorization);
	if (k == NULL || k[0] == 0)
		return NULL;
	if (strncmp(k, "e2b_", 4) == 0)
		snprintf(buf, size, "ak_%s", k + 4);
	else
		snprintf(buf, size, "%s", k);
	return buf;
}

static bool authenticate(struct service *s, struct http_request *r, struct http_reply *rep)
{
	char buf[256];
	const char *k = api_key(r, buf, sizeof(buf));
	struct svc_error e;

	if (k == NULL) {
		service_count_reject(s, "unauthorized");
		e2b_error(rep, 401,
			  "an API key is required: X-API-KEY: e2b_HEX, where ak_HEX is "
			  "an airlock key");
		return false;
	}
	if (service_authenticate(s, k, &r->key, &e) < 0) {
		sodium_memzero(buf, sizeof(buf));
		service_count_reject(s, "unauthorized");
		e2b_error(rep, e.kind == SVC_UNAUTHORIZED ? 401 : http_status_of(e.kind), "%s",
			  e.message);
		return false;
	}
	sodium_memzero(buf, sizeof(buf));
	r->authenticated = true;
	return true;
}

static bool state_running(const json_t *o);

bool e2b_sandbox_of(struct service *s, struct http_request *r, struct http_reply *rep,
		    struct e2b_sandbox *out)
{
	return e2b_sandbox_auth(s, r, rep, http_header(r, "E2b-Sandbox-Id"), out);
}

bool e2b_sandbox_auth(struct service *s, struct http_request *r, struct http_reply *rep,
		      const char *id, struct e2b_sandbox *out)
{
	const char *tok = http_header(r, "X-Access-Token");
	struct svc_error e;
	char buf[256];

	if (tok == NULL) /* the interpreter's context calls send only this one */
		tok = http_header(r, "E2B-Traffic-Access-Token");
	if (id == NULL || id[0] == 0 || strlen(id) >= STORE_ID_MAX) {
		e2b_error(rep, 404, "no sandbox: the E2b-Sandbox-Id header names none");
		return false;
	}
	bool known = table_get(id, out);
	if (known && tok && strlen(tok) == strlen(out->token) &&
	    sodium_memcmp(tok, out->token, strlen(tok)) == 0) {
		r->key = out->key;
		r->authenticated = true;
		return true;
	}
	bool has_key = api_key(r, buf, sizeof(buf)) != NULL;
	sodium_memzero(buf, sizeof(buf));
	if (!has_key && tok) {
		/* no live sandbox of /e2b has this token: it ended (E2B's 502),
		 * or the token is not its, which is told apart from nothing */
		e2b_error(rep, 502, "sandbox %s is not running", id);
		return false;
	}
	if (!has_key) {
		service_count_reject(s, "unauthorized");
		e2b_error(rep, 401,
			  "the sandbox's X-Access-Token (envdAccessToken) or an API key "
			  "is required");
		return false;
	}
	/* a client that sends its API key, or a sandbox made over /v1 */
	if (!authenticate(s, r, rep))
		return false;
	if (known) {
		if (out->key.id == r->key.id || r->key.admin)
			return true;
		e2b_error(rep, 404, "sandbox %s not found", id);
		return false;
	}
	json_t *o = NULL;
	if (service_sandbox_get(s, &r->key, id, &o, &e) < 0) {
		e2b_svc_error(rep, &e);
		return false;
	}
	bool running = state_running(o);
	json_decref(o);
	if (!running) {
		e2b_error(rep, 502, "sandbox %s is not running", id);
		return false;
	}
	table_put(id, &r->key, NULL, out); /* its default contexts are kept from now on */
	return true;
}

/* ---- the control plane ---- */

static bool host_template(const char *t)
{
	return t == NULL || t[0] == 0 || strcmp(t, "base") == 0 ||
	       strcmp(t, "code-interpreter-v1") == 0 || strcmp(t, "code-interpreter") == 0;
}

static json_t *body_json(const struct http_request *r, struct http_reply *rep)
{
	json_error_t je;

	if (r->body_len == 0)
		return json_object();
	json_t *v = json_loadb(r->body, r->body_len, 0, &je);
	if (v == NULL) {
		e2b_error(rep, 400, "the body is not JSON: %s", json_why(&je));
		return NULL;
	}
	if (!json_is_object(v)) {
		json_decref(v);
		e2b_error(rep, 400, "the body must be a JSON object");
		return NULL;
	}
	return v;
}

/* E2B's Sandbox: what create and connect answer. domain is what the SDK
 * builds getHost's PORT-ID.DOMAIN from: the configured e2b_domain, else
 * null (the SDK's own then, which does not lead here). */
static json_t *sandbox_json(struct service *s, const struct e2b_sandbox *sb)
{
	const char *domain = service_config(s)->e2b_domain;
	return json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:o, s:b}", "templateID", sb->template_id,
			 "sandboxID", sb->id, "clientID", "airlock", "envdVersion",
			 E2B_ENVD_VERSION, "envdAccessToken", sb->token, "trafficAccessToken",
			 sb->token, "domain", domain[0] ? json_string(domain) : json_null(),
			 "allowInternetAccess", 0);
}

static bool state_is(const json_t *o, const char *want)
{
	const char *st = json_string_value(json_object_get(o, "state"));
	return st && strcmp(st, want) == 0;
}

static bool state_paused(const json_t *o)
{
	return state_is(o, "paused");
}

/* running or paused: alive */
static bool state_running(const json_t *o)
{
	return state_is(o, "running") || state_paused(o);
}

/* E2B's SandboxDetail / ListedSandbox of the service's sandbox object. */
static json_t *detail_json(const json_t *o, const char *template_id)
{
	json_t *lim = json_object_get(o, "limits");
	json_t *meta = json_object_get(o, "metadata");
	const char *on_timeout = json_string_value(json_object_get(o, "on_timeout"));
	bool pause = on_timeout && strcmp(on_timeout, "pause") == 0;

	json_t *d = json_pack(
	    "{s:s, s:s, s:s, s:s, s:s, s:i, s:I, s:I, s:s, s:s, s:O, s:b}", "templateID",
	    template_id, "sandboxID", json_string_value(json_object_get(o, "id")), "clientID",
	    "airlock", "startedAt", json_string_value(json_object_get(o, "created_at")), "endAt",
	    json_string_value(json_object_get(o, "expires_at")), "cpuCount", 1, "memoryMB",
	    json_integer_value(json_object_get(lim, "memory_limit_mb")), "diskSizeMB",
	    json_integer_value(json_object_get(lim, "disk_limit_mb")), "state",
	    state_paused(o) ? "paused" : "running", "envdVersion", E2B_ENVD_VERSION, "metadata",
	    meta ? meta : json_object(), "allowInternetAccess", 0);
	/* the egress allow-list (perhaps emptied by updateNetwork): what is
	 * not on it is denied */
	json_t *allow = json_object_get(json_object_get(o, "net"), "allow");
	if (json_is_array(allow))
		json_object_set_new(
		    d, "network",
		    json_pack("{s:O, s:[s]}", "allowOut", allow, "denyOut", "0.0.0.0/0"));
	json_object_set_new(d, "lifecycle",
			    json_pack("{s:s, s:b}", "onTimeout", pause ? "pause" : "kill",
				      "autoResume",
				      json_is_true(json_object_get(o, "auto_resume"))));
	return d;
}

/* Whether an option asks for something: not absent, null, {} or []. */
static bool given(const json_t *x)
{
	return x && !json_is_null(x) && !(json_is_object(x) && json_object_size(x) == 0) &&
	       !(json_is_array(x) && json_array_size(x) == 0);
}

/* One allowOut entry as an airlock host rule in out: a name or *.name as
 * it is (NAME:PORT too), an address alone (a /32 or /128 is one), IPv6 in
 * brackets; NULL with the reason for what airlock cannot allow (every
 * address, a range). */
static const char *allow_rule(const char *v, char *out, size_t size)
{
	const char *slash = strchr(v, '/');
	size_t n = slash ? (size_t)(slash - v) : strlen(v);
	const char *colon = memchr(v, ':', n);
	bool v6 = v[0] != '[' && colon && memchr(colon + 1, ':', n - (size_t)(colon + 1 - v));

	if (slash && strcmp(slash, v6 ? "/128" : "/32") != 0) {
		if (strcmp(v, "0.0.0.0/0") == 0 || strcmp(v, "::/0") == 0)
			return "all traffic cannot be allowed: airlock reaches the hosts it lists "
			       "only";
		return "address ranges cannot be allowed: list the hosts or single addresses";
	}
	if (n == 0 || n + 3 > size)
		return "an empty or overlong entry";
	snprintf(out, size, v6 ? "[%.*s]" : "%.*s", (int)n, v);
	return NULL;
}

/* E2B's network as the request's "net": the hosts of allowOut, each
 * reached through airlock's proxy; everything else is denied whatever
 * denyOut or allow_internet_access say (nothing else is reachable). What
 * takes more than an allow-list -- header transforms, a SOCKS proxy,
 * public ports -- is 501. An update (updateNetwork) sets the list even
 * when it is empty or not given: what it omits, it clears. */
static int e2b_network(const json_t *net, json_t *req, struct http_reply *rep, bool update)
{
	static const char *const unsupported[] = {"rules", "egressProxy", "httpsPorts",
						  "maskRequestHost", NULL};
	const json_t *allow = json_object_get(net, "allowOut");
	size_t i;
	json_t *v;

	if ((net == NULL || json_is_null(net)) && !update)
		return 0;
	if (!json_is_object(net)) {
		e2b_error(rep, 400, "'network' must be an object");
		return -1;
	}
	for (const char *const *u = unsupported; *u; u++)
		if (given(json_object_get(net, *u))) {
			e2b_error(rep, 501, "network '%s' is not supported by airlock", *u);
			return -1;
		}
	if ((allow == NULL || json_is_null(allow)) && !update)
		return 0;
	if (allow && !json_is_null(allow) && !json_is_array(allow)) {
		e2b_error(rep, 400, "network 'allowOut' must be a list of hosts");
		return -1;
	}
	json_t *rules = json_array();
	json_array_foreach(allow, i, v)
	{
		char rule[300];
		const char *why = json_is_string(v)
				      ? allow_rule(json_string_value(v), rule, sizeof(rule))
				      : "not a string";
		if (why) {
			e2b_error(rep, json_is_string(v) ? 501 : 400, "network allowOut[%zu]: %s",
				  i, why);
			json_decref(rules);
			return -1;
		}
		json_array_append_new(rules, json_string(rule));
	}
	if (json_array_size(rules) > 0 || update)
		json_object_set_new(req, "net", json_pack("{s:o}", "allow", rules));
	else
		json_decref(rules);
	return 0;
}

static void cp_create(struct service *s, struct http_request *r, struct http_reply *rep)
{
	static const char *const unsupported[] = {"volumeMounts", "mcp", "iam", NULL};
	struct svc_error e;
	struct e2b_sandbox sb;
	json_t *out = NULL, *body = body_json(r, rep);

	if (body == NULL)
		return;
	const char *tpl = json_string_value(json_object_get(body, "templateID"));
	for (const char *const *u = unsupported; *u; u++)
		if (given(json_object_get(body, *u))) {
			e2b_error(rep, 501, "'%s' is not supported by airlock", *u);
			goto done;
		}
	/* lifecycle: {onTimeout: 'pause'} is autoPause; keepMemory: false is
	 * autoPauseMemory false, a file-system snapshot; autoResume wakes a
	 * paused one on traffic */
	bool auto_pause = json_is_true(json_object_get(body, "autoPause"));
	if (json_is_false(json_object_get(body, "autoPauseMemory"))) {
		e2b_error(rep, 501,
			  "a pause without memory (keepMemory: false) is not supported by airlock");
		goto done;
	}
	json_t *req = json_object();
	if (e2b_network(json_object_get(body, "network"), req, rep, false) < 0) {
		json_decref(req);
		goto done;
	}
	/* a loopback, so that its servers can listen and be reached
	 * (getHost); allowOut made it egress, which has one */
	if (json_object_get(req, "net") == NULL && service_config(s)->all.max.net >= NET_LOOPBACK)
		json_object_set_new(req, "net", json_string("loopback"));
	bool public_traffic = json_is_true(
	    json_object_get(json_object_get(body, "network"), "allowPublicTraffic"));
	if (auto_pause)
		json_object_set_new(req, "on_timeout", json_string("pause"));
	if (json_is_true(json_object_get(json_object_get(body, "autoResume"), "enabled")))
		json_object_set_new(req, "auto_resume", json_true());
	json_t *t = json_object_get(body, "timeout");
	json_object_set_new(req, "timeout_s",
			    json_is_integer(t) ? json_incref(t) : json_integer(15));
	json_t *env = json_object_get(body, "envVars");
	if (json_is_object(env) && json_object_size(env) > 0)
		json_object_set(req, "env", env);
	json_t *meta = json_object_get(body, "metadata");
	if (json_is_object(meta))
		json_object_set(req, "metadata", meta);
	/* any other template names an image (airlock image import) */
	if (!host_template(tpl))
		json_object_set_new(req, "image", json_string(tpl));
	int ret = service_sandbox_create(s, &r->key, req, &out, &e);
	json_decref(req);
	if (ret < 0 && strcmp(e.code, "unknown_image") == 0) {
		e2b_error(rep, 404,
			  "template '%s' not found: airlock's templates are base and "
			  "code-interpreter-v1 (the host's tree) and the images 'airlock image "
			  "import' made",
			  tpl);
		goto done;
	}
	if (ret < 0) {
		e2b_svc_error(rep, &e);
		goto done;
	}
	table_put(json_string_value(json_object_get(out, "id")), &r->key,
		  tpl && tpl[0] ? tpl : "base", &sb);
	if (public_traffic)
		table_set_public(sb.id);
	rep->status = 201;
	rep->json = sandbox_json(s, &sb);
done:
	json_decref(out);
	json_decref(body);
}

static void cp_list(struct service *s, struct http_request *r, struct http_reply *rep)
{
	struct svc_error e;
	struct e2b_sandbox sb;
	struct e2b_list_query q;
	json_t *out = NULL, *x;
	size_t i;
	char why[160];
	const char *state = http_query(r, "state");
	struct e2b_list_args a = {http_query(r, "metadata"), http_query(r, "startedAfter"),
				  http_query(r, "order"),    http_query(r, "limit"),
				  http_query(r, "nextToken"), http_query(r, "template")};

	if (e2b_list_query_parse(&a, &q, why, sizeof(why)) < 0) {
		e2b_list_query_free(&q);
		return e2b_error(rep, 400, "%s", why);
	}
	if (service_sandbox_list(s, &r->key, &out, &e) < 0) {
		e2b_list_query_free(&q);
		return e2b_svc_error(rep, &e);
	}
	json_t *all = json_array();
	bool any = state == NULL || state[0] == 0;
	bool want_running = any || strstr(state, "running"),
	     want_paused = any || strstr(state, "paused");
	json_array_foreach(json_object_get(out, "sandboxes"), i, x)
	{
		if (!(state_is(x, "running") && want_running) && !(state_paused(x) && want_paused))
			continue;
		const char *id = json_string_value(json_object_get(x, "id"));
		json_t *d = detail_json(x, table_get(id, &sb) ? sb.template_id : "base");
		if (e2b_list_matches(&q, d))
			json_array_append_new(all, d);
		else
			json_decref(d);
	}
	json_decref(out);
	/* the service lists the newest first; a page of limit from offset,
	 * and the next one's token while there is more */
	size_t n = json_array_size(all);
	json_t *page = json_array();
	for (i = q.offset; i < n && i < q.offset + q.limit; i++)
		json_array_append(page, json_array_get(all, q.asc ? n - 1 - i : i));
	if (q.offset + q.limit < n) {
		char next[24];
		snprintf(next, sizeof(next), "%zu", q.offset + q.limit);
		rep->header_list = json_pack("[[s,s]]", "x-next-token", next);
	}
	json_decref(all);
	e2b_list_query_free(&q);
	rep->status = 200;
	rep->json = page;
}

static void cp_info(struct service *s, struct http_request *r, struct http_reply *rep,
		    const char *id)
{
	struct svc_error e;
	struct e2b_sandbox sb;
	json_t *out = NULL;

	if (service_sandbox_get(s, &r->key, id, &out, &e) < 0)
		return e2b_svc_error(rep, &e);
	if (!state_running(out)) {
		json_decref(out);
		return e2b_error(rep, 404, "sandbox %s not found (it has ended)", id);
	}
	rep->status = 200;
	rep->json = detail_json(out, table_get(id, &sb) ? sb.template_id : "base");
	json_decref(out);
}

static void cp_kill(struct service *s, struct http_request *r, struct http_reply *rep,
		    const char *id)
{
	struct svc_error e;
	json_t *out = NULL;

	if (service_sandbox_destroy(s, &r->key, id, &out, &e) < 0)
		return e2b_svc_error(rep, &e);
	json_decref(out);
	table_remove(id);
	rep->status = 204;
}

/* {"timeout": N}: with required, a missing one is a 400. */
static int set_timeout(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *id, bool required)
{
	struct svc_error e;
	json_t *out = NULL, *body = body_json(r, rep);
	int ret = -1;

	if (body == NULL)
		return -1;
	json_t *t = json_object_get(body, "timeout");
	if (t == NULL || json_is_null(t)) {
		if (required)
			e2b_error(rep, 400, "'timeout' (seconds) is required");
		ret = required ? -1 : 0;
		goto done;
	}
	if (!json_is_integer(t)) {
		e2b_error(rep, 400, "'timeout' must be an integer (seconds)");
		goto done;
	}
	json_t *req = json_pack("{s:O}", "timeout_s", t);
	ret = service_sandbox_set_timeout(s, &r->key, id, req, &out, &e);
	json_decref(req);
	json_decref(out);
	if (ret < 0)
		e2b_svc_error(rep, &e);
done:
	json_decref(body);
	return ret;
}

static void cp_timeout(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *id)
{
	if (set_timeout(s, r, rep, id, true) == 0)
		rep->status = 204;
}

/* updateNetwork: the body is the network itself (allowOut, denyOut,
 * allow_internet_access, ...), and replaces the sandbox's. */
static void cp_network(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *id)
{
	struct svc_error e;
	json_t *out = NULL, *body = body_json(r, rep), *req;

	if (body == NULL)
		return;
	req = json_object();
	if (e2b_network(body, req, rep, true) == 0) {
		if (service_sandbox_set_net(s, &r->key, id, json_object_get(req, "net"), &out, &e) <
		    0)
			e2b_svc_error(rep, &e);
		else
			rep->status = 204;
	}
	json_decref(out);
	json_decref(req);
	json_decref(body);
}

static void cp_connect(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *id)
{
	struct svc_error e;
	struct e2b_sandbox sb;
	json_t *out = NULL;

	if (service_sandbox_get(s, &r->key, id, &out, &e) < 0)
		return e2b_svc_error(rep, &e);
	bool running = state_running(out), paused = state_paused(out);
	json_decref(out);
	if (!running)
		return e2b_error(rep, 404, "sandbox %s not found (it has ended)", id);
	/* a paused one is resumed (another call may have resumed it since) */
	if (paused && service_sandbox_resume(s, &r->key, id, &out, &e) < 0 &&
	    strcmp(e.code, "not_paused") != 0)
		return e2b_svc_error(rep, &e);
	json_decref(out);
	if (set_timeout(s, r, rep, id, false) < 0)
		return;
	table_put(id, &r->key, NULL, &sb);
	rep->status = 200;
	rep->json = sandbox_json(s, &sb);
}

/* E2B's SandboxMetric of the service's sample. */
static json_t *metric_json(const json_t *m)
{
	const char *at = json_string_value(json_object_get(m, "timestamp"));
	int64_t ms = at ? e2b_parse_time(at) : -1;
	json_t *o = json_pack("{s:O, s:I, s:O, s:O, s:O, s:O, s:O, s:O}", "timestamp",
			      json_object_get(m, "timestamp"), "timestampUnix",
			      (json_int_t)(ms < 0 ? 0 : ms / 1000), "cpuCount",
			      json_object_get(m, "cpu_count"), "cpuUsedPct",
			      json_object_get(m, "cpu_used_pct"), "memUsed",
			      json_object_get(m, "memory_used_bytes"), "memTotal",
			      json_object_get(m, "memory_total_bytes"), "diskUsed",
			      json_object_get(m, "disk_used_bytes"), "diskTotal",
			      json_object_get(m, "disk_total_bytes"));
	json_t *cache = json_object_get(m, "memory_cache_bytes");
	if (json_is_integer(cache))
		json_object_set(o, "memCache", cache);
	return o;
}

/* [SandboxMetric]: what the service sampled every few seconds while the
 * sandbox ran, and one measured now, within start and end (seconds). */
static void cp_metrics(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *id)
{
	struct svc_error e;
	json_t *out = NULL, *m;
	size_t i;
	int64_t start = http_query_epoch_ms(r, "start"), end = http_query_epoch_ms(r, "end");

	if (start == -2 || end == -2)
		return e2b_error(rep, 400, "'start' and 'end' are Unix times in seconds");
	if (service_sandbox_metrics_history(s, &r->key, id, start, end < 0 ? end : end + 999,
					    &out, &e) < 0) {
		if (e.kind == SVC_CONFLICT) /* ended: as E2B, not found */
			return e2b_error(rep, 404, "sandbox %s not found (it has ended)", id);
		return e2b_svc_error(rep, &e);
	}
	json_t *list = json_array();
	json_array_foreach(json_object_get(out, "samples"), i, m)
	    json_array_append_new(list, metric_json(m));
	json_decref(out);
	rep->status = 200;
	rep->json = list;
}

/* {"memory"?: false}: 204; 409 when it is paused already. */
static void cp_pause(struct service *s, struct http_request *r, struct http_reply *rep,
		     const char *id)
{
	struct svc_error e;
	json_t *out = NULL, *body = r->body_len ? body_json(r, rep) : json_object();

	if (body == NULL)
		return;
	bool fs_only = json_is_false(json_object_get(body, "memory"));
	json_decref(body);
	if (fs_only)
		return e2b_error(rep, 501,
				 "a pause without memory (keepMemory: false) is not supported: "
				 "airlock freezes the sandbox's processes, their memory held");
	if (service_sandbox_pause(s, &r->key, id, &out, &e) < 0) {
		if (e.kind == SVC_CONFLICT && strcmp(e.code, "sandbox_terminated") == 0)
			return e2b_error(rep, 404, "sandbox %s not found (it has ended)", id);
		return e2b_svc_error(rep, &e);
	}
	json_decref(out);
	rep->status = 204;
}

/* The deprecated resume: 201 Sandbox; 409 when it is not paused. */
static void cp_resume(struct service *s, struct http_request *r, struct http_reply *rep,
		      const char *id)
{
	struct svc_error e;
	struct e2b_sandbox sb;
	json_t *out = NULL;

	if (service_sandbox_resume(s, &r->key, id, &out, &e) < 0) {
		if (e.kind == SVC_CONFLICT && strcmp(e.code, "sandbox_terminated") == 0)
			return e2b_error(rep, 404, "sandbox %s not found (it has ended)", id);
		return e2b_svc_error(rep, &e);
	}
	json_decref(out);
	if (set_timeout(s, r, rep, id, false) < 0)
		return;
	table_put(id, &r->key, NULL, &sb);
	rep->status = 201;
	rep->json = sandbox_json(s, &sb);
}

typedef void (*id_handler)(struct service *s, struct http_request *r, struct http_reply *rep,
			   const char *id);

struct cp_route {
	const char *method;
	const char *suffix; /* after the id */
	id_handler fn;
};

static const struct cp_route id_routes[] = {
    {"GET", "", cp_info},
    {"DELETE", "", cp_kill},
    {"POST", "/timeout", cp_timeout},
    {"PUT", "/network", cp_network},
    {"POST", "/connect", cp_connect},
    {"GET", "/metrics", cp_metrics},
    {"POST", "/pause", cp_pause},
    {"POST", "/resume", cp_resume},
};

void e2b_control_plane(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *p)
{
	char id[STORE_ID_MAX];

	if (strncmp(p, "/v2/", 4) == 0)
		p += 3; /* /v2/sandboxes... as /sandboxes... */
	if (strcmp(p, "/sandboxes") == 0 || strcmp(p, "/sandboxes/") == 0) {
		if (strcmp(r->method, "POST") && strcmp(r->method, "GET")) {
			snprintf(rep->allow, sizeof(rep->allow), "GET, POST");
			return e2b_error(rep, 405, "%s is not allowed on %s", r->method, r->path);
		}
		if (!authenticate(s, r, rep))
			return;
		return strcmp(r->method, "POST") == 0 ? cp_create(s, r, rep) : cp_list(s, r, rep);
	}
	if (strncmp(p, "/sandboxes/", 11) == 0) {
		const char *x = p + 11;
		size_t n = strcspn(x, "/");
		if (n > 0 && n < sizeof(id)) {
			memcpy(id, x, n);
			id[n] = 0;
			for (size_t i = 0; i < ARRAY_SIZE(id_routes); i++)
				if (strcmp(id_routes[i].suffix, x + n) == 0 &&
				    strcmp(id_routes[i].method, r->method) == 0) {
					if (!authenticate(s, r, rep))
						return;
					return id_routes[i].fn(s, r, rep, id);
				}
		}
	}
	e2b_error(rep, 501, "%s %s is not supported by airlock's E2B API (docs/e2b.md)", r->method,
		  r->path);
}
