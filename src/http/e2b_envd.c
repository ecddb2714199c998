/*
 * E2B's envd (port 49983): the files and commands of a sandbox.
 *
 *   GET  /health                                   204 (502 when paused)
 *   GET  /files?path=P                             the file's bytes
 *   POST /files?path=P                             multipart/form-data (a part per
 *                                                  file) or application/octet-stream
 *                                                  -> [{"name", "type", "path"}]
 *   POST /filesystem.Filesystem/Stat|MakeDir|Move|ListDir|Remove   Connect unary, JSON
 *   POST /filesystem.Filesystem/WatchDir           server stream, e2b_watch.c
 *   POST /filesystem.Filesystem/CreateWatcher|GetWatcherEvents|RemoveWatcher
 *                                                  Connect unary, e2b_watch.c
 *   POST /process.Process/...                      e2b_process.c
 *   any other RPC                                  Connect error "unimplemented"
 *
 * Connect (https://connectrpc.com/docs/protocol) with the JSON codec, as
 * the SDKs speak it: a unary call is a JSON body in and out, an error an
 * HTTP status with {"code", "message"}; a server stream takes one
 * enveloped message ([flags u8][length u32 BE][JSON]) and answers
 * enveloped messages, the last with flag 0x02 carrying {"error"?}.
 *
 * Paths are the sandbox's work directory's (service.h: below /home/user,
 * E2B's home; relative ones are below it); the user (Basic authorization,
 * ?username) is not used: every command and file is the sandbox's one
 * user's.
 */
#include <microhttpd.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "common/utf8.h"
#include "http/e2b.h"

/* envd's HTTP errors ({"code", "message"}); a sandbox that ended is 502. */
static void http_svc_error(struct http_reply *rep, const struct svc_error *e)
{
	int status = http_status_of(e->kind);
	if (e->kind == SVC_CONFLICT &&
	    (strcmp(e->code, "sandbox_terminated") == 0 || strcmp(e->code, "sandbox_paused") == 0))
		status = 502; /* as E2B's: not running */
	e2b_error(rep, status, "%s", e->message);
}

/* ---- entries ---- */

/* The absolute path of p (relative ones are below /home/user). */
static void absolute(const char *p, char *out, size_t size)
{
	if (p[0] == '/')
		snprintf(out, size, "%s", p);
	else
		snprintf(out, size, "/home/user/%s", p);
}

static const char *base_name(const char *p)
{
	const char *slash = strrchr(p, '/');
	return slash && slash[1] ? slash + 1 : p;
}

/* envd's EntryInfo of the service's stat (or listing entry, in dir). */
static json_t *entry_info(const json_t *st, const char *dir)
{
	const char *type = json_string_value(json_object_get(st, "type"));
	const char *name = json_string_value(json_object_get(st, "name"));
	const char *path = json_string_value(json_object_get(st, "path"));
	json_int_t mode = json_integer_value(json_object_get(st, "mode"));
	time_t mtime = (time_t)json_integer_value(json_object_get(st, "mtime"));
	char abs[4200], when[40], perms[11];
	struct tm tm;

	if (dir) {
		char d[4100];
		absolute(dir, d, sizeof(d));
		snprintf(abs, sizeof(abs), "%s%s%s", d, d[strlen(d) - 1] == '/' ? "" : "/", name);
	} else {
		absolute(path ? path : name, abs, sizeof(abs));
	}
	bool is_dir = type && strcmp(type, "dir") == 0, is_link = type && strcmp(type, "link") == 0;
	perms[0] = is_dir ? 'd' : is_link ? 'l' : '-';
	for (int i = 0; i < 9; i++)
		perms[1 + i] = (mode >> (8 - i)) & 1 ? "rwxrwxrwx"[i] : '-';
	perms[10] = 0;
	gmtime_r(&mtime, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	json_t *o = json_pack("{s:s, s:s, s:s, s:I, s:I, s:s, s:s, s:s, s:s}", "name",
			      base_name(abs), "type",
			      is_dir	? "FILE_TYPE_DIRECTORY"
			      : is_link ? "FILE_TYPE_SYMLINK"
					: "FILE_TYPE_FILE",
			      "path", abs, "size", json_integer_value(json_object_get(st, "size")),
			      "mode", mode | (is_dir ? 020000000000 : 0), "permissions", perms,
			      "owner", "user", "group", "user", "modifiedTime", when);
	json_t *link = json_object_get(st, "link");
	if (json_is_string(link))
		json_object_set(o, "symlinkTarget", link);
	return o;
}

/* ---- the filesystem service (unary) ---- */

static int stat_entry(struct service *s, struct http_request *r, const char *id, const char *path,
		      json_t **entry, struct svc_error *e)
{
	json_t *st = NULL;

	if (service_sandbox_file_stat(s, &r->key, id, path, &st, e) < 0)
		return -1;
	*entry = entry_info(st, NULL);
	json_decref(st);
	return 0;
}

/* Entries of dir, down to depth levels, into list. */
static int list_dir(struct service *s, struct http_request *r, const char *id, const char *dir,
		    int depth, json_t *list, struct svc_error *e)
{
	json_t *out = NULL, *x;
	size_t i;

	if (service_sandbox_file_list(s, &r->key, id, dir, &out, e) < 0)
		return -1;
	json_array_foreach(json_object_get(out, "entries"), i, x)
	{
		json_t *info = entry_info(x, dir);
		json_array_append_new(list, info);
		if (depth > 1 && strcmp(http_json_str(x, "type"), "dir") == 0 &&
		    list_dir(s, r, id, http_json_str(info, "path"), depth - 1, list, e) < 0) {
			json_decref(out);
			return -1;
		}
	}
	json_decref(out);
	return 0;
}

static void filesystem(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *id, const char *method)
{
	json_t *body = json_loadb(r->body, r->body_len, 0, NULL), *entry = NULL;
	struct svc_error e;
	int ret = -1;

	if (!json_is_object(body)) {
		json_decref(body);
		return e2b_connect_error(rep, 400, "invalid_argument",
				     "the body must be a JSON message");
	}
	const char *path = http_json_str(body, "path");
	if (strcmp(method, "Stat") == 0) {
		if ((ret = stat_entry(s, r, id, path, &entry, &e)) == 0)
			rep->json = json_pack("{s:o}", "entry", entry);
	} else if (strcmp(method, "MakeDir") == 0) {
		json_t *st = NULL;
		if (service_sandbox_file_stat(s, &r->key, id, path, &st, &e) == 0) {
			json_decref(st);
			svc_error_set(&e, SVC_CONFLICT, "exists", "%s exists already", path);
		} else if (e.kind == SVC_NOT_FOUND &&
			   (ret = service_sandbox_file_mkdir(s, &r->key, id, path, &e)) == 0 &&
			   (ret = stat_entry(s, r, id, path, &entry, &e)) == 0) {
			rep->json = json_pack("{s:o}", "entry", entry);
		}
	} else if (strcmp(method, "Move") == 0) {
		const char *to = http_json_str(body, "destination");
		if ((ret = service_sandbox_file_move(s, &r->key, id, http_json_str(body, "source"), to,
						     &e)) == 0 &&
		    (ret = stat_entry(s, r, id, to, &entry, &e)) == 0)
			rep->json = json_pack("{s:o}", "entry", entry);
	} else if (strcmp(method, "ListDir") == 0) {
		json_int_t depth = json_integer_value(json_object_get(body, "depth"));
		json_t *list = json_array();
		if ((ret = list_dir(s, r, id, path,
				    depth < 1	 ? 1
				    : depth > 16 ? 16
						 : (int)depth,
				    list, &e)) == 0)
			rep->json = json_pack("{s:O}", "entries", list);
		json_decref(list);
	} else if (strcmp(method, "Remove") == 0) {
		if ((ret = service_sandbox_file_remove(s, &r->key, id, path, &e)) == 0)
			rep->json = json_object();
	} else if (strcmp(method, "CreateWatcher") == 0 ||
		   strcmp(method, "GetWatcherEvents") == 0 ||
		   strcmp(method, "RemoveWatcher") == 0) {
		e2b_watchers(s, r, rep, id, method, body);
		json_decref(body);
		return;
	} else {
		json_decref(body);
		return e2b_connect_error(rep, 501, "unimplemented",
				     "this filesystem call is not supported by airlock");
	}
	json_decref(body);
	if (ret < 0)
		return e2b_connect_svc_error(rep, &e);
	rep->status = 200;
}

/* ---- /files ---- */

struct upload {
	struct service *s;
	struct http_request *r;
	const char *id, *path; /* path: the query's, or NULL */
	char *name;	       /* the part being read */
	struct buf data;
	json_t *written;
	struct svc_error e;
	bool failed;
};

static int write_one(struct upload *u)
{
	json_t *out = NULL;
	const char *path = u->path ? u->path : u->name;
	char abs[4200];

	if (path == NULL || path[0] == 0) {
		svc_error_set(&u->e, SVC_BAD_REQUEST, "bad_path", "a path is required");
		return -1;
	}
	if (service_sandbox_file_write(u->s, &u->r->key, u->id, path,
				       u->data.data ? u->data.data : "", u->data.len, &out,
				       &u->e) < 0)
		return -1;
	json_decref(out);
	absolute(path, abs, sizeof(abs));
	json_array_append_new(u->written, json_pack("{s:o, s:s, s:o}", "name",
						    utf8_json(base_name(abs)), "type", "file",
						    "path", utf8_json(abs)));
	return 0;
}

static enum MHD_Result on_part(void *cls, enum MHD_ValueKind kind, const char *key,
			       const char *filename, const char *content_type,
			       const char *transfer_encoding, const char *data, uint64_t off,
			       size_t size)
{
	struct upload *u = cls;

	(void)kind;
	(void)key;
	(void)content_type;
	(void)transfer_encoding;
	if (u->failed)
		return MHD_NO;
	if (off == 0 && u->name) { /* a new part: the last one is complete */
		if (write_one(u) < 0) {
			u->failed = true;
			return MHD_NO;
		}
		free(u->name);
		u->name = NULL;
		u->data.len = 0;
	}
	if (off == 0)
		u->name = xstrdup(filename ? filename : "");
	buf_append(&u->data, data, size);
	return MHD_YES;
}

static void files_post(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *id)
{
	const char *ct = r->content_type ? r->content_type : "";
	struct upload u = {.s = s, .r = r, .id = id, .path = http_query(r, "path")};

	if (u.path && u.path[0] == 0)
		u.path = NULL;
	u.written = json_array();
	if (strncmp(ct, "multipart/form-data", 19) == 0) {
		struct MHD_PostProcessor *pp =
		    MHD_create_post_processor(r->conn, 64 * 1024, on_part, &u);
		if (pp == NULL) {
			json_decref(u.written);
			return e2b_error(rep, 400, "the multipart body has no boundary");
		}
		if (MHD_post_process(pp, r->body, r->body_len) != MHD_YES && !u.failed)
			svc_error_set(&u.e, SVC_BAD_REQUEST, "bad_request",
				      "the multipart body cannot be read"),
			    u.failed = true;
		MHD_destroy_post_processor(pp);
		if (!u.failed && u.name && write_one(&u) < 0)
			u.failed = true;
		if (!u.failed && json_array_size(u.written) == 0)
			svc_error_set(&u.e, SVC_BAD_REQUEST, "bad_request", "no file in the body"),
			    u.failed = true;
	} else if (http_header(r, "Content-Encoding")) {
		svc_error_set(&u.e, SVC_BAD_REQUEST, "bad_request",
			      "compressed uploads are not supported by airlock");
		u.failed = true;
	} else {
		u.data.data = (char *)r->body;
		u.data.len = r->body_len;
		u.failed = write_one(&u) < 0;
		u.data.data = NULL;
		u.data.len = 0;
	}
	free(u.name);
	buf_free(&u.data);
	if (u.failed) {
		json_decref(u.written);
		return http_svc_error(rep, &u.e);
	}
	rep->status = 200;
	rep->json = u.written;
}

static void files(struct service *s, struct http_request *r, struct http_reply *rep, const char *id)
{
	struct svc_error e;

	if (strcmp(r->method, "POST") == 0)
		return files_post(s, r, rep, id);
	if (strcmp(r->method, "GET") != 0)
		return e2b_error(rep, 405, "%s is not allowed on /files", r->method);
	const char *path = http_query(r, "path");
	if (path == NULL || path[0] == 0)
		return e2b_error(rep, 400, "the query parameter 'path' is required");
	if (service_sandbox_file_read(s, &r->key, id, path, &rep->text, &e) < 0) {
		buf_free(&rep->text);
		return http_svc_error(rep, &e);
	}
	rep->status = 200;
	rep->content_type = "application/octet-stream";
}

/* A file URL the SDK signed with the sandbox's envd token
 * (sbx.downloadUrl, sbx.uploadUrl): it names no sandbox and carries no
 * token, so the sandbox is the one whose token made the signature. */
void e2b_signed_files(struct service *s, struct http_request *r, struct http_reply *rep)
{
	struct e2b_sandbox sb;
	const char *why;
	bool get = strcmp(r->method, "GET") == 0;

	if (!get && strcmp(r->method, "POST") != 0)
		return e2b_error(rep, 405, "%s is not allowed on /files", r->method);
	if (!e2b_signed_sandbox(r, get ? "read" : "write", &sb, &why)) {
		service_count_reject(s, "unauthorized");
		return e2b_error(rep, 401, "%s", why);
	}
	r->key = sb.key;
	r->authenticated = true;
	files(s, r, rep, sb.id);
}

void e2b_envd_dispatch(struct service *s, struct http_request *r, struct http_reply *rep,
		       const char *path)
{
	struct e2b_sandbox sb;

	if (strcmp(path, "/files") == 0 && http_query(r, "signature") &&
	    !http_header(r, "X-Access-Token"))
		return e2b_signed_files(s, r, rep);
	if (!e2b_sandbox_of(s, r, rep, &sb))
		return;
	if (strcmp(path, "/health") == 0) { /* paused: as E2B's, not running */
		struct svc_error e;
		json_t *o = NULL;
		bool paused = service_sandbox_get(s, &r->key, sb.id, &o, &e) == 0 &&
			      strcmp(http_json_str(o, "state"), "paused") == 0;
		json_decref(o);
		if (paused)
			return e2b_error(rep, 502, "sandbox %s is paused", sb.id);
		rep->status = 204;
		return;
	}
	if (strcmp(path, "/files") == 0)
		return files(s, r, rep, sb.id);
	if (strcmp(path, "/filesystem.Filesystem/WatchDir") == 0 && strcmp(r->method, "POST") == 0)
		return e2b_watch_dir(s, r, rep, sb.id);
	if (strncmp(path, "/filesystem.Filesystem/", 23) == 0 && strcmp(r->method, "POST") == 0)
		return filesystem(s, r, rep, sb.id, path + 23);
	if (strncmp(path, "/process.Process/", 17) == 0 && strcmp(r->method, "POST") == 0)
		return e2b_process(s, r, rep, sb.id, path + 17);
	e2b_error(rep, 501, "%s %s is not supported by airlock's envd", r->method, path);
}
