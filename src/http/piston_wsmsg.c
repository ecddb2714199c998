/*
 * The messages of Piston's WebSocket, /api/v2/connect (v2.js router.ws):
 * what a client's message asks for, in Piston's order of checks, and the
 * server's messages. Pure; the session that sends and receives them is
 * piston_ws.c.
 *
 * Client: {"type":"init", ...the fields of /execute...} (its stdin is
 * ignored: stdin comes as data), {"type":"data","stream":"stdin","data"},
 * {"type":"signal","signal":"SIGKILL"}. A message that is not JSON, or an
 * init Piston would refuse, is an "error" message and close 4002; data or
 * a signal before init is 4003, a second init 4000, data for another
 * stream 4004, an unknown signal 4005; an unknown type is ignored.
 */
#include <nettle/sha1.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "common/json_why.h"
#include "common/util.h"
#include "common/utf8.h"
#include "http/piston.h"

const char *piston_ws_reason(int code)
{
	switch (code) {
	case PISTON_WS_ALREADY_INITIALIZED:
		return "Already Initialized";
	case PISTON_WS_INIT_TIMEOUT:
		return "Initialization Timeout";
	case PISTON_WS_NOTIFIED_ERROR:
		return "Notified Error";
	case PISTON_WS_NOT_INITIALIZED:
		return "Not yet Initialized";
	case PISTON_WS_STDIN_ONLY:
		return "Can only write to stdin";
	case PISTON_WS_INVALID_SIGNAL:
		return "Invalid Signal";
	case PISTON_WS_JOB_COMPLETED:
		return "Job Completed";
	}
	return "";
}

void piston_ws_action_free(struct piston_ws_action *a)
{
	piston_job_free(&a->job);
	json_decref(a->msg);
	a->msg = NULL;
}

static void close_with(struct piston_ws_action *a, int code)
{
	a->kind = PISTON_WS_CLOSE;
	a->close_code = code;
}

void piston_ws_message(const char *text, size_t len, bool initialized, const json_t *languages,
		       struct piston_ws_action *a)
{
	json_error_t je;

	memset(a, 0, sizeof(*a));
	a->msg = json_loadb(text, len, 0, &je);
	if (a->msg == NULL) {
		a->kind = PISTON_WS_ERROR;
		snprintf(a->message, sizeof(a->message), "the message is not valid JSON: %s",
			 json_why(&je));
		return;
	}
	const char *type = json_string_value(json_object_get(a->msg, "type"));
	if (type == NULL) {
		a->kind = PISTON_WS_IGNORE;
	} else if (strcmp(type, "init") == 0) {
		if (initialized)
			return close_with(a, PISTON_WS_ALREADY_INITIALIZED);
		a->kind = piston_job_parse(text, len, languages, true, &a->job, a->message) == 0
			      ? PISTON_WS_INIT
			      : PISTON_WS_ERROR;
	} else if (strcmp(type, "data") == 0) {
		if (!initialized)
			return close_with(a, PISTON_WS_NOT_INITIALIZED);
		const char *stream = json_string_value(json_object_get(a->msg, "stream"));
		if (stream == NULL || strcmp(stream, "stdin") != 0)
			return close_with(a, PISTON_WS_STDIN_ONLY);
		const json_t *d = json_object_get(a->msg, "data");
		a->kind = PISTON_WS_DATA;
		a->data = json_is_string(d) ? json_string_value(d) : "";
		a->len = json_is_string(d) ? json_string_length(d) : 0;
	} else if (strcmp(type, "signal") == 0) {
		if (!initialized)
			return close_with(a, PISTON_WS_NOT_INITIALIZED);
		const char *name = json_string_value(json_object_get(a->msg, "signal"));
		/* Piston's list holds the names ("SIGKILL") */
		a->signal = name && strncmp(name, "SIG", 3) == 0 ? piston_signal_number(name) : 0;
		if (a->signal == 0)
			return close_with(a, PISTON_WS_INVALID_SIGNAL);
		a->kind = PISTON_WS_SIGNAL;
	} else {
		a->kind = PISTON_WS_IGNORE;
	}
}

static char *dump(json_t *o)
{
	char *s = json_dumps(o, JSON_COMPACT);
	json_decref(o);
	return s;
}

char *piston_ws_runtime_msg(const struct piston_runtime *rt)
{
	return dump(json_pack("{s:s, s:s, s:s}", "type", "runtime", "language", rt->language,
			      "version", rt->version));
}

char *piston_ws_stage_msg(const char *stage)
{
	return dump(json_pack("{s:s, s:s}", "type", "stage", "stage", stage));
}

char *piston_ws_data_msg(const char *stream, const char *data, size_t len)
{
	/* the service hands over bytes: JSON wants UTF-8 */
	json_t *d = json_stringn(data, len);
	if (d == NULL) {
		struct buf b = {0};
		for (size_t i = 0; i < len; i++) /* the bytes as Latin-1 rather than nothing */
			if ((unsigned char)data[i] < 0x80) {
				buf_append(&b, data + i, 1);
			} else {
				char two[2] = {(char)(0xc0 | ((unsigned char)data[i] >> 6)),
					       (char)(0x80 | ((unsigned char)data[i] & 0x3f))};
				buf_append(&b, two, 2);
			}
		d = json_stringn(b.data ? b.data : "", b.len);
		buf_free(&b);
	}
	return dump(json_pack("{s:s, s:s, s:o}", "type", "data", "stream", stream, "data", d));
}

char *piston_ws_exit_msg(const char *stage, const char *status, int exit_code, int signal)
{
	json_t *step = json_pack("{s:s}", "status", status ? status : "ok");
	if (exit_code >= 0)
		json_object_set_new(step, "exit_code", json_integer(exit_code));
	if (signal > 0)
		json_object_set_new(step, "signal", json_integer(signal));
	json_t *st = piston_stage(step, step, strcmp(stage, "compile") == 0);
	json_t *o = json_pack("{s:s, s:s, s:O, s:O}", "type", "exit", "stage", stage, "code",
			      json_object_get(st, "code"), "signal", json_object_get(st, "signal"));
	json_decref(st);
	json_decref(step);
	return dump(o);
}

char *piston_ws_error_msg(const char *message)
{
	return dump(json_pack("{s:s, s:o}", "type", "error", "message", utf8_json(message)));
}

int piston_ws_accept(const char *key, char out[32])
{
	static const char guid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
	unsigned char raw[16], digest[SHA1_DIGEST_SIZE];
	size_t n = 0;
	struct sha1_ctx c;

	if (key == NULL || strlen(key) != 24 ||
	    sodium_base642bin(raw, sizeof(raw), key, 24, NULL, &n, NULL,
			      sodium_base64_VARIANT_ORIGINAL) != 0 ||
	    n != 16)
		return -1;
	sha1_init(&c);
	sha1_update(&c, 24, (const uint8_t *)key);
	sha1_update(&c, sizeof(guid) - 1, (const uint8_t *)guid);
	sha1_digest(&c, sizeof(digest), digest);
	sodium_bin2base64(out, 32, digest, sizeof(digest), sodium_base64_VARIANT_ORIGINAL);
	return 0;
}
