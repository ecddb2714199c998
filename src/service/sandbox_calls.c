/*
 * The calls on a live sandbox: exec a command, and the files of its work
 * directory. Each holds a reference to the sandbox while it uses the box
 * (sandboxes.c), so a delete or the reaper waits for it.
 *
 * A command is a bash program as far as the policy goes: it is analysed
 * and decided exactly as an execution of language bash by the same key
 * (policy_evaluate), so a key whose policy blocks `curl | sh` in an
 * execution cannot run it in a sandbox either. The policy's approve mode
 * has no person to wait for here (a command is answered while the caller
 * waits): such a command is refused, 403 approval_unsupported. Its output
 * is redacted as an execution's; the audit chain gets a link per command
 * (the command's hash, its status).
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "common/utf8.h"
#include "engine/box.h"
#include "engine/result.h"
#include "lang/lang.h"
#include "policy/apply.h"
#include "service/internal.h"

/* ---- exec ---- */

void sandbox_tap_output(void *ctx, int stream, const char *data, size_t len)
{
	struct sandbox_tap *t = ctx;
	struct buf b = {0};
	err_t err;

	if (!t->s->cfg.redact) {
		t->fn(t->ctx, stream, data, len);
		return;
	}
	err_clear(&err);
	if (redact(t->s->redactor, data, len, NULL, 0, &b, NULL, &err) == 0)
		t->fn(t->ctx, stream, b.data ? b.data : "", b.len);
	buf_free(&b);
}

/* The policy's decision on the command as a bash program. */
static int evaluate(struct service *s, const struct key_row *key, const struct sandbox_exec_req *x,
		    struct policy_outcome *po, struct svc_error *e)
{
	struct exec_request req;
	err_t err;

	memset(&req, 0, sizeof(req));
	req.root = json_pack("{s:s, s:s}", "language", "bash", "code", x->command);
	req.lang = lang_find("bash");
	req.code = x->command;
	req.code_len = strlen(x->command);
	req.limits = x->limits;
	err_clear(&err);
	int ret = policy_evaluate(s, key, &req, po, &err);
	json_decref(req.root);
	if (ret < 0)
		return svc_error_set(e, SVC_INTERNAL, "analysis_error", "%s", err.msg);
	return 0;
}

static void merge(json_t *o, const json_t *annot)
{
	const char *k;
	json_t *v;

	json_object_foreach((json_t *)annot, k, v) json_object_set(o, k, v);
}

/* The answer of a command the policy blocked: it did not run. */
static json_t *blocked_result(const struct sandbox_exec_req *x)
{
	struct run_result res;

	memset(&res, 0, sizeof(res));
	res.language = "bash";
	res.limits = x->limits;
	json_t *o = result_to_json(&res);
	json_object_del(o, "enforcement"); /* it never ran */
	json_object_del(o, "start");
	json_object_set_new(o, "status", json_string("policy_blocked"));
	json_object_set_new(o, "exit_code", json_null());
	return o;
}

/* The result object of a command that ran, its output redacted. */
static json_t *ran_result(struct service *s, const struct sandbox_exec_req *x,
			  struct step_result *step)
{
	struct run_result res;
	json_t *redactions = NULL;
	err_t err;

	memset(&res, 0, sizeof(res));
	res.run = *step;
	memset(step, 0, sizeof(*step)); /* res owns the buffers now */
	res.language = "bash";
	res.limits = x->limits;
	res.program.name = "command";
	res.program.code = x->command;
	res.program.code_len = strlen(x->command);
	if (s->cfg.redact) {
		err_clear(&err);
		if (redact_result(s->redactor, &res, &redactions, &err) < 0) {
			/* fail closed: none of the output is kept */
			buf_free(&res.run.out);
			buf_free(&res.run.err);
			res.run.status = STATUS_INTERNAL_ERROR;
			snprintf(res.error, sizeof(res.error), "the output was dropped: %s",
				 err.msg);
			redactions = json_array();
		}
	}
	json_t *o = result_to_json(&res);
	json_object_del(o, "enforcement"); /* the box's, not this command's */
	json_object_del(o, "start");
	if (redactions)
		json_object_set_new(o, "redactions", redactions);
	run_result_free(&res);
	return o;
}

static void record_exec(struct service *s, struct sandbox *sb, const char *command,
			const char *status, long long exit_code)
{
	char hash[STORE_HASH_HEX], summary[200];

	sha256_hex(command, strlen(command), hash);
	snprintf(summary, sizeof(summary), "id=%s status=%s exit=%lld", sb->id, status, exit_code);
	record_audit(s, "sandbox_exec", sb->id, sb->key_id, hash, summary);
	pthread_mutex_lock(&s->sandboxes.lock);
	s->sandboxes.execs++;
	pthread_mutex_unlock(&s->sandboxes.lock);
}

void sandbox_release_after_use(struct service *s, struct sandbox *sb)
{
	struct box_status st;

	memset(&st, 0, sizeof(st));
	box_status(sb->box, &st);
	if (st.state == BOX_ENDED)
		sandbox_end_acquired(s, sb,
				     strstr(st.why, "memory") ? "memory_limit"
				     : strstr(st.why, "cpu")  ? "cpu_limit"
							      : "ended");
	else
		sandbox_release(s, sb);
}

static int run_command(struct service *s, struct sandbox *sb, const struct sandbox_exec_req *x,
		       struct sandbox_proc *proc, int stdin_r, json_t **out, struct svc_error *e)
{
	struct sandbox_tap tap = {s, sandbox_proc_output, proc};
	struct box_exec bx = {
	    .command = x->command,
	    .env = x->env,
	    .nenv = x->nenv,
	    .cwd = x->cwd,
	    .stdin_data = x->stdin_data,
	    .stdin_len = x->stdin_len,
	    .stdin_fd = stdin_r,
	    .limits = x->limits,
	    .cancel_fd = sb->cancel[0],
	    .on_output = sandbox_tap_output,
	    .output_ctx = &tap,
	    .handle = sandbox_proc_handle(proc),
	    .present = sandbox_proc_present,
	    .pty_cols = (unsigned short)x->pty_cols,
	    .pty_rows = (unsigned short)x->pty_rows,
	    .pty_ready = x->pty_cols ? sandbox_proc_pty : NULL,
	    .pty_ctx = proc,
	};
	struct step_result step;
	err_t err;

	memset(&step, 0, sizeof(step));
	err_clear(&err);
	if (box_exec(sb->box, &bx, &step, &err) < 0) {
		buf_free(&step.out);
		buf_free(&step.err);
		if (err.errnum == EBUSY)
			return svc_error_set(e, SVC_LIMITED, "too_many_commands",
					     "the sandbox runs %d commands already; wait for one",
					     BOX_MAX_EXECS);
		if (err.errnum == ESRCH)
			return svc_error_set(e, SVC_CONFLICT, "sandbox_terminated",
					     "sandbox %s has ended: %s", sb->id, err.msg);
		return svc_error_set(e, SVC_INTERNAL, "exec_failed", "cannot run the command: %s",
				     err.msg);
	}
	*out = ran_result(s, x, &step);
	buf_free(&step.out_beyond);
	buf_free(&step.err_beyond);
	return 0;
}

/* The command as one of the sandbox's processes, from its start to its
 * end; *out is its result object. */
static int run_process(struct service *s, struct sandbox *sb, const struct sandbox_exec_req *x,
		       const struct sandbox_io *io, json_t **out, struct svc_error *e)
{
	int stdin_r = -1;
	err_t err;

	err_clear(&err);
	struct sandbox_proc *proc = sandbox_proc_begin(sb, x, io, &stdin_r, &err);
	if (proc == NULL)
		return svc_error_set(e, SVC_INTERNAL, "exec_failed", "cannot run the command: %s",
				     err.msg);
	if (io && io->on_start)
		io->on_start(io->ctx, sandbox_proc_pid(proc));
	int rc = run_command(s, sb, x, proc, stdin_r, out, e);
	if (stdin_r >= 0)
		close(stdin_r);
	if (rc == 0) {
		json_object_set_new(*out, "pid", json_integer(sandbox_proc_pid(proc)));
		json_object_set_new(*out, "sandbox_id", json_string(sb->id));
	}
	sandbox_proc_end(proc, rc == 0 ? *out : NULL);
	return rc;
}

int service_sandbox_exec(struct service *s, const struct key_row *key, const char *id,
			 const json_t *req, const struct sandbox_io *io, json_t **out,
			 struct svc_error *e)
{
	struct sandbox_exec_req x;
	struct policy_outcome po;
	struct sandbox *sb;
	int ret = -1;

	*out = NULL;
	if (sandbox_acquire(s, key, id, &sb, e) < 0)
		return -1;
	if (sandbox_exec_parse(req, &s->cfg, &sb->limits, &x, e) < 0) {
		sandbox_release(s, sb);
		return -1;
	}
	memset(&po, 0, sizeof(po));
	if (evaluate(s, key, &x, &po, e) < 0)
		goto done;
	if (po.verdict == VERDICT_ASK) {
		record_exec(s, sb, x.command, "refused_approval", -1);
		svc_error_set(e, SVC_FORBIDDEN, "approval_unsupported",
			      "the policy holds this command for a person's approval, which "
			      "sandboxes do not wait for; run it as an execution instead");
		goto done;
	}
	if (po.verdict == VERDICT_BLOCK) {
		*out = blocked_result(&x);
		record_exec(s, sb, x.command, "policy_blocked", -1);
		json_object_set_new(*out, "sandbox_id", json_string(sb->id));
	} else if (run_process(s, sb, &x, io, out, e) < 0) {
		goto done;
	} else {
		record_exec(s, sb, x.command, json_string_value(json_object_get(*out, "status")),
			    json_integer_value(json_object_get(*out, "exit_code")));
	}
	if (po.annot)
		merge(*out, po.annot);
	ret = 0;
done:
	policy_outcome_free(&po);
	sandbox_exec_req_free(&x);
	sandbox_release_after_use(s, sb);
	return ret;
}

/* ---- files ---- */

/* A failure of a box_file_* call as the service's error. */
static int file_error(const err_t *err, struct svc_error *e)
{
	switch (err->errnum) {
	case ENOENT:
		return svc_error_set(e, SVC_NOT_FOUND, "no_such_file", "%s", err->msg);
	case EXDEV: /* the engine's word for a path that leads out (box_files.c) */
		return svc_error_set(e, SVC_FORBIDDEN, "outside_workdir", "%s", err->msg);
	case EACCES:
	case EPERM: /* the file's own mode, which a command may have set */
		return svc_error_set(e, SVC_FORBIDDEN, "permission_denied", "%s", err->msg);
	case ENOSPC:
	case EDQUOT:
		return svc_error_set(e, SVC_NO_SPACE, "disk_full", "the sandbox's disk is full: %s",
				     err->msg);
	case EFBIG:
		return svc_error_set(e, SVC_TOO_LARGE, "too_large", "%s", err->msg);
	case E2BIG: /* a listing's bound (box_file_list) */
		return svc_error_set(e, SVC_TOO_LARGE, "too_many_entries", "%s", err->msg);
	case EEXIST:
	case ENOTEMPTY:
		return svc_error_set(e, SVC_CONFLICT, "exists", "%s", err->msg);
	case ENOTDIR:
	case EISDIR:
		return svc_error_set(e, SVC_CONFLICT, "wrong_type", "%s", err->msg);
	case EINVAL:
	case ENAMETOOLONG:
	case ELOOP:
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_path", "%s", err->msg);
	case ESRCH:
		return svc_error_set(e, SVC_CONFLICT, "sandbox_terminated", "%s", err->msg);
	default:
		return svc_error_set(e, SVC_INTERNAL, "file_error", "%s", err->msg);
	}
}

int sandbox_file_error(const err_t *err, struct svc_error *e)
{
	return file_error(err, e);
}

static int check_path(const char *path, struct svc_error *e)
{
	if (path == NULL || path[0] == 0)
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_path", "a path is required");
	if (strlen(path) > 4096)
		return svc_error_set(e, SVC_BAD_REQUEST, "bad_path", "the path is too long");
	return 0;
}

static const char *type_name(char t)
{
	switch (t) {
	case 'f':
		return "file";
	case 'd':
		return "dir";
	case 'l':
		return "link";
	default:
		return "other";
	}
}

static json_t *entry_json(const struct box_entry *x)
{
	json_t *o = json_pack("{s:o, s:s, s:I, s:I, s:I}", "name", utf8_json(x->name ? x->name : ""),
			      "type", type_name(x->type), "size", (json_int_t)x->size, "mode",
			      (json_int_t)(x->mode & 07777), "mtime", (json_int_t)x->mtime);
	if (x->link)
		json_object_set_new(o, "link", utf8_json(x->link));
	return o;
}

/* Gets the sandbox, runs one files call, gives it back. */
#define WITH_BOX(s, key, id, e, call)                                                              \
	do {                                                                                       \
		struct sandbox *sb_;                                                               \
		if (sandbox_acquire(s, key, id, &sb_, e) < 0)                                      \
			return -1;                                                                 \
		struct box *box_ = sb_->box;                                                       \
		err_t err_;                                                                        \
		err_clear(&err_);                                                                  \
		int rc_ = (call);                                                                  \
		sandbox_release(s, sb_);                                                           \
		if (rc_ < 0)                                                                       \
			return file_error(&err_, e);                                               \
	} while (0)

int service_sandbox_file_read(struct service *s, const struct key_row *key, const char *id,
			      const char *path, struct buf *out, struct svc_error *e)
{
	if (check_path(path, e) < 0)
		return -1;
	WITH_BOX(s, key, id, e, box_file_read(box_, path, s->cfg.max_body_bytes, out, &err_));
	return 0;
}

int service_sandbox_file_write(struct service *s, const struct key_row *key, const char *id,
			       const char *path, const void *data, size_t len, json_t **out,
			       struct svc_error *e)
{
	struct box_entry x;

	*out = NULL;
	if (check_path(path, e) < 0)
		return -1;
	memset(&x, 0, sizeof(x));
	WITH_BOX(s, key, id, e,
		 box_file_write(box_, path, data, len, &err_) < 0
		     ? -1
		     : box_file_stat(box_, path, &x, &err_));
	*out = entry_json(&x);
	json_object_set_new(*out, "path", utf8_json(path));
	box_entry_free(&x);
	return 0;
}

int service_sandbox_file_list(struct service *s, const struct key_row *key, const char *id,
			      const char *dir, json_t **out, struct svc_error *e)
{
	struct box_entry *v = NULL;
	size_t n = 0;

	*out = NULL;
	if (check_path(dir, e) < 0)
		return -1;
	WITH_BOX(s, key, id, e, box_file_list(box_, dir, &v, &n, &err_));
	json_t *list = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(list, entry_json(&v[i]));
	box_entries_free(v, n);
	*out = json_pack("{s:o, s:o}", "path", utf8_json(dir), "entries", list);
	return 0;
}

int service_sandbox_file_stat(struct service *s, const struct key_row *key, const char *id,
			      const char *path, json_t **out, struct svc_error *e)
{
	struct box_entry x;

	*out = NULL;
	if (check_path(path, e) < 0)
		return -1;
	memset(&x, 0, sizeof(x));
	WITH_BOX(s, key, id, e, box_file_stat(box_, path, &x, &err_));
	*out = entry_json(&x);
	json_object_set_new(*out, "path", utf8_json(path));
	box_entry_free(&x);
	return 0;
}

int service_sandbox_file_mkdir(struct service *s, const struct key_row *key, const char *id,
			       const char *path, struct svc_error *e)
{
	if (check_path(path, e) < 0)
		return -1;
	WITH_BOX(s, key, id, e, box_file_mkdir(box_, path, &err_));
	return 0;
}

int service_sandbox_file_remove(struct service *s, const struct key_row *key, const char *id,
				const char *path, struct svc_error *e)
{
	if (check_path(path, e) < 0)
		return -1;
	WITH_BOX(s, key, id, e, box_file_remove(box_, path, &err_));
	return 0;
}

int service_sandbox_file_move(struct service *s, const struct key_row *key, const char *id,
			      const char *from, const char *to, struct svc_error *e)
{
	if (check_path(from, e) < 0 || check_path(to, e) < 0)
		return -1;
	WITH_BOX(s, key, id, e, box_file_move(box_, from, to, &err_));
	return 0;
}

/* ---- metrics ---- */
