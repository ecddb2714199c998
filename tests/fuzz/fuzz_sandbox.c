/* libFuzzer target: the bodies of sandboxes that live (create, exec,
 * timeout), as service/sandbox_request.c parses them. */
#include <stddef.h>
#include <stdint.h>

#include "service/internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct server_config c;
	static int ready;
	struct sandbox_create_req cr;
	struct sandbox_exec_req x;
	struct svc_error e;
	int64_t t;

	if (!ready) {
		config_default(&c);
		ready = 1;
	}
	json_t *v = json_loadb((const char *)data, size, JSON_ALLOW_NUL, NULL);
	if (v == NULL)
		return 0;
	if (sandbox_create_parse(v, &c, &cr, &e) == 0)
		sandbox_create_req_free(&cr);
	if (sandbox_exec_parse(v, &c, &config_limits_for(&c, "bash")->defaults, &x, &e) == 0)
		sandbox_exec_req_free(&x);
	(void)sandbox_timeout_parse(v, &c, &t, &e);
	json_decref(v);
	return 0;
}
