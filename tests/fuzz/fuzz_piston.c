/* libFuzzer target: Piston's request translation (the body of
 * /piston/api/v2/execute into the canonical request, which the service's
 * own parser then reads), the encoding of an execution into Piston's
 * answer, and a client's WebSocket message (the frames themselves are
 * wslay's). The first byte picks which. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "http/piston.h"
#include "service/request.h"

/* What service_languages says, for a host with every language. */
static const char languages_json[] =
    "[{\"name\":\"python\",\"aliases\":[\"py\",\"python3\"],\"compiled\":false,"
    "\"available\":true,\"version\":\"3.11.2\",\"defaults\":{},\"max\":{\"time_limit_s\":60,"
    "\"wall_time_limit_s\":121,\"memory_limit_mb\":2048}},"
    "{\"name\":\"node\",\"aliases\":[\"javascript\",\"js\"],\"compiled\":false,"
    "\"available\":true,\"version\":\"20.2.0\",\"max\":{}},"
    "{\"name\":\"bash\",\"aliases\":[\"sh\"],\"compiled\":false,\"available\":true},"
    "{\"name\":\"c\",\"aliases\":[\"gcc\"],\"compiled\":true,\"available\":true,"
    "\"version\":\"12.2.0\",\"max\":{\"time_limit_s\":1e300}},"
    "{\"name\":\"cpp\",\"aliases\":[\"c++\"],\"compiled\":true,\"available\":false}]";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct server_config c;
	static json_t *langs;
	char msg[PISTON_MSG_MAX];
	struct piston_job job;

	if (langs == NULL) {
		config_default(&c);
		langs = json_loads(languages_json, 0, NULL);
	}
	if (size == 0)
		return 0;
	const char *body = (const char *)data + 1;
	size_t len = size - 1;
	switch (data[0] % 3) {
	case 0:
		if (piston_job_parse(body, len, langs, data[0] & 2, &job, msg) == 0) {
			struct exec_request r;
			struct svc_error e;
			(void)exec_request_from_json(json_incref(job.canonical), &c, &r, &e);
			exec_request_free(&r);
			piston_job_free(&job);
		} else if (memchr(msg, 0, sizeof(msg)) == NULL) {
			__builtin_trap(); /* a message is always a C string */
		}
		break;
	case 1: {
		/* an execution of python's runtime (and c's, for a compile stage) */
		json_t *exec = json_loadb(body, len, 0, NULL);
		memset(&job, 0, sizeof(job));
		if (!piston_runtime_find(langs, data[0] & 2 ? "c" : "python", &job.rt))
			__builtin_trap();
		json_t *out = piston_response(&job, exec, "ex_1");
		char *text = json_dumps(out, 0);
		if (text == NULL)
			__builtin_trap(); /* the answer is always encodable */
		free(text);
		json_decref(out);
		json_decref(exec);
		break;
	}
	case 2: {
		struct piston_ws_action a;
		piston_ws_message(body, len, data[0] & 4, langs, &a);
		if (a.kind == PISTON_WS_CLOSE && piston_ws_reason(a.close_code)[0] == 0)
			__builtin_trap(); /* every close code has its reason */
		if (a.kind == PISTON_WS_DATA && a.data == NULL)
			__builtin_trap();
		piston_ws_action_free(&a);
		char *m = piston_ws_data_msg("stdout", body, len);
		if (m == NULL)
			__builtin_trap(); /* any bytes make a message */
		free(m);
		break;
	}
	}
	return 0;
}
