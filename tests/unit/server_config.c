#include <criterion/criterion.h>
#include <string.h>

#include "server/config.h"

static int parse(const char *yaml, struct server_config *c, err_t *err)
{
	config_default(c);
	err_clear(err);
	return config_parse(yaml, strlen(yaml), "airlock.yaml", c, err);
}

Test(server_config, empty_file_keeps_every_default)
{
	struct server_config c;
	err_t err;
	cr_assert_eq(parse("", &c, &err), 0, "%s", err.msg);
	cr_assert_str_eq(c.listen_addr, "127.0.0.1");
	cr_assert_eq(c.port, 8080);
	cr_assert_eq(c.workers, 2);
}

Test(server_config, options_quotas_and_limits)
{
	struct server_config c;
	err_t err;
	const char *y = "listen: 0.0.0.0:9000\nworkers: 4\nqueue_size: 10\nmax_body_kb: 64\n"
			"log_format: json\nquotas:\n  per_minute: 5\n  concurrent: 2\n"
			"limits:\n  max:\n    time_limit_s: 20\n"
			"languages:\n  python:\n    defaults:\n      time_limit_s: 2\n"
			"    max:\n      memory_limit_mb: 1024\n";
	cr_assert_eq(parse(y, &c, &err), 0, "%s", err.msg);
	cr_assert_str_eq(c.listen_addr, "0.0.0.0");
	cr_assert_eq(c.port, 9000);
	cr_assert_eq(c.workers, 4);
	cr_assert_eq(c.queue_size, 10);
	cr_assert_eq(c.max_body_bytes, 64 * 1024);
	cr_assert_eq(c.log_json, 1);
	cr_assert_eq(c.quota.per_minute, 5);
	cr_assert_eq(c.quota.concurrent, 2);
	cr_assert_eq(c.all.max.time_limit_s, 20);
	const struct lang_limits *p = config_limits_for(&c, "python");
	cr_assert_eq(p->defaults.time_limit_s, 2);
	cr_assert_eq(p->max.memory_limit_mb, 1024);
	cr_assert_eq(p->max.time_limit_s, 20, "a language inherits the global maxima");
	cr_assert_eq(config_limits_for(&c, "bash"), &c.all);
}

Test(server_config, errors_name_file_line_and_reason)
{
	struct server_config c;
	err_t err;
	cr_assert_eq(parse("workers: 2\nwokers: 3\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "airlock.yaml:2:") && strstr(err.msg, "unknown option 'wokers'"),
		  "%s", err.msg);
	cr_assert_eq(parse("workers: 0\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "airlock.yaml:1:") && strstr(err.msg, "workers"), "%s", err.msg);
	cr_assert_eq(parse("workers: many\n", &c, &err), -1);
	cr_assert_eq(parse("languages:\n  cobol: {}\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "unknown language 'cobol'"), "%s", err.msg);
	cr_assert_eq(parse("listen: nowhere\n", &c, &err), -1);
	cr_assert_eq(parse("limits:\n  max:\n    time_limit_s: 1\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "above its maximum"), "%s", err.msg);
	cr_assert_eq(parse("a: [\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "airlock.yaml:2:") && strstr(err.msg, "closing bracket"), "%s",
		  err.msg);
	cr_assert_eq(parse("- 1\n- 2\n", &c, &err), -1);
}

Test(server_config, binary_and_directives_are_refused_before_parsing)
{
	struct server_config c;
	err_t err;
	/* this input made libfyaml 0.7 loop forever (found by the fuzzer) */
	static const char hang[] = "%list\x9b\x91\xc5\xdf\xce\xcd\xc8\xcf" "0.\n";
	config_default(&c);
	err_clear(&err);
	cr_assert_eq(config_parse(hang, sizeof(hang) - 1, "a.yaml", &c, &err), -1);
	cr_assert(strstr(err.msg, "a.yaml:1:"), "%s", err.msg);
	cr_assert_eq(parse("workers: 2\n%YAML 1.2\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "airlock.yaml:2:"), "%s", err.msg);
	cr_assert_eq(parse("workers: 2\x01\n", &c, &err), -1);
}
