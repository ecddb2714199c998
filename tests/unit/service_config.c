#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "service/config.h"

static int parse(const char *yaml, struct server_config *c, err_t *err)
{
	config_default(c);
	err_clear(err);
	return config_parse(yaml, strlen(yaml), "airlock.yaml", c, err);
}

Test(service_config, empty_file_keeps_every_default)
{
	struct server_config c;
	err_t err;
	cr_assert_eq(parse("", &c, &err), 0, "%s", err.msg);
	cr_assert_str_eq(c.listen_addr, "127.0.0.1");
	cr_assert_eq(c.port, 8080);
	cr_assert_eq(c.workers, 2);
}

Test(service_config, options_quotas_and_limits)
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

Test(service_config, errors_name_file_line_and_reason)
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

Test(service_config, binary_and_directives_are_refused_before_parsing)
{
	struct server_config c;
	err_t err;
	/* this input made libfyaml 0.7 loop forever (found by the fuzzer) */
	static const char hang[] = "%list\x9b\x91\xc5\xdf\xce\xcd\xc8\xcf"
				   "0.\n";
	config_default(&c);
	err_clear(&err);
	cr_assert_eq(config_parse(hang, sizeof(hang) - 1, "a.yaml", &c, &err), -1);
	cr_assert(strstr(err.msg, "a.yaml:1:"), "%s", err.msg);
	cr_assert_eq(parse("workers: 2\n%YAML 1.2\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "airlock.yaml:2:"), "%s", err.msg);
	cr_assert_eq(parse("workers: 2\x01\n", &c, &err), -1);
}

Test(service_config, tabs_and_complex_keys_are_refused_before_parsing)
{
	struct server_config c;
	err_t err;
	/* this input made libfyaml 0.7 free twice (found by the fuzzer) */
	static const char df[] = "? ? bli0.,\tobl:;\t timton:\t :tT\tco";
	config_default(&c);
	err_clear(&err);
	cr_assert_eq(config_parse(df, sizeof(df) - 1, "a.yaml", &c, &err), -1);
	cr_assert_eq(parse("? workers\n: 2\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "complex keys"), "%s", err.msg);
	cr_assert_eq(parse("quotas:\n\tper_minute: 2\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "airlock.yaml:2: tab"), "%s", err.msg);
	cr_assert_eq(parse("listen: \"127.0.0.1:9?\"\n", &c, &err), -1,
		     "a ? inside a value is fine, the port is not");
	cr_assert(strstr(err.msg, "port"), "%s", err.msg);
}

Test(service_config, directive_after_a_bare_carriage_return_is_refused)
{
	struct server_config c;
	err_t err;
	cr_assert_eq(parse("\r\r%%%%err: 1\n", &c, &err), -1);
	cr_assert_eq(parse("workers: 3\r\nqueue_size: 4\r\n", &c, &err), 0,
		     "CRLF files are fine: %s", err.msg);
	cr_assert_eq(c.queue_size, 4);
}

Test(service_config, policy_and_redaction_defaults)
{
	struct server_config c;
	err_t err;
	cr_assert_eq(parse("", &c, &err), 0, "%s", err.msg);
	cr_assert_eq(c.policy.mode, POLICY_OFF);
	cr_assert_eq(c.policy.fail_on, SEV_HIGH);
	cr_assert_str_eq(c.policy.rules_dir, "");
	cr_assert_eq(c.policy.approval_timeout_s, 3600);
	cr_assert_eq(c.policy.unanalyzable_block, 0);
	cr_assert_eq(c.redact, 1);
	cr_assert_eq(c.redact_code, 0);
}

Test(service_config, policy_and_redaction_options)
{
	struct server_config c;
	err_t err;
	const char *y =
	    "policy:\n  mode: approve\n  fail_on: warn\n  rules_dir: /etc/airlock/rules\n"
	    "  approval_timeout_s: 60\n  unanalyzable: block\n"
	    "redact: false\nredact_code: true\n";
	cr_assert_eq(parse(y, &c, &err), 0, "%s", err.msg);
	cr_assert_eq(c.policy.mode, POLICY_APPROVE);
	cr_assert_eq(c.policy.fail_on, SEV_WARN);
	cr_assert_str_eq(c.policy.rules_dir, "/etc/airlock/rules");
	cr_assert_eq(c.policy.approval_timeout_s, 60);
	cr_assert_eq(c.policy.unanalyzable_block, 1);
	cr_assert_eq(c.redact, 0);
	cr_assert_eq(c.redact_code, 1);
	const char *modes[] = {"off", "warn", "block", "approve"};
	for (int i = 0; i < 4; i++) {
		char doc[64];
		snprintf(doc, sizeof(doc), "policy: {mode: %s, fail_on: info}\n", modes[i]);
		cr_assert_eq(parse(doc, &c, &err), 0, "%s", err.msg);
		cr_assert_eq((int)c.policy.mode, i);
		cr_assert_eq(c.policy.fail_on, SEV_INFO);
	}
}

Test(service_config, bad_policy_values_name_file_line_and_reason)
{
	struct server_config c;
	err_t err;
	cr_assert_eq(parse("workers: 2\npolicy:\n  mode: deny\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "airlock.yaml:3:") &&
		      strstr(err.msg, "'mode' must be off, warn, block or approve"),
		  "%s", err.msg);
	cr_assert_eq(parse("policy:\n  fail_on: critical\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "airlock.yaml:2:") && strstr(err.msg, "info, warn or high"), "%s",
		  err.msg);
	cr_assert_eq(parse("policy:\n  approval_timeout_s: 0\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "approval_timeout_s"), "%s", err.msg);
	cr_assert_eq(parse("policy:\n  approval_timeout_s: 1.5\n", &c, &err), -1);
	cr_assert_eq(parse("policy:\n  unanalyzable: maybe\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "allow or block"), "%s", err.msg);
	cr_assert_eq(parse("policy:\n  rules_dir: ''\n", &c, &err), -1);
	cr_assert_eq(parse("policy:\n  mod: warn\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "airlock.yaml:2:") && strstr(err.msg, "unknown option 'mod'"),
		  "%s", err.msg);
	cr_assert_eq(parse("policy: warn\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "'policy' must be a mapping"), "%s", err.msg);
	cr_assert_eq(parse("redact: yes\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "airlock.yaml:1:") &&
		      strstr(err.msg, "'redact' must be true or false"),
		  "%s", err.msg);
	cr_assert_eq(parse("redact_code: 1\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "redact_code"), "%s", err.msg);
	cr_assert_eq(parse("policy:\n  mode: [warn]\n", &c, &err), -1);
}

Test(service_config, the_example_in_contrib_is_valid)
{
	struct server_config c;
	err_t err;
	config_default(&c);
	err_clear(&err);
	cr_assert_eq(config_load("contrib/airlock.yaml", &c, &err), 0, "%s", err.msg);
	cr_assert_eq(c.policy.mode, POLICY_APPROVE);
	cr_assert_eq(c.workers, 4);
}

Test(service_config, mcp_allowed_origins)
{
	struct server_config c;
	err_t err;
	cr_assert_eq(parse("", &c, &err), 0);
	cr_assert_eq(c.n_mcp_origins, 0);
	cr_assert_eq(parse("mcp:\n  allowed_origins: [\"http://a:1\", \"https://b\"]\n", &c, &err),
		     0, "%s", err.msg);
	cr_assert_eq(c.n_mcp_origins, 2);
	cr_assert_str_eq(c.mcp_origins[1], "https://b");
	cr_assert_eq(parse("mcp:\n  allowed_origins: http://a\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "airlock.yaml:2:") && strstr(err.msg, "list"), "%s", err.msg);
	cr_assert_eq(parse("mcp:\n  origins: []\n", &c, &err), -1);
	cr_assert(strstr(err.msg, "unknown option 'mcp.origins'"), "%s", err.msg);
	cr_assert_eq(parse("mcp: 3\n", &c, &err), -1);
	char many[2000] = "mcp:\n  allowed_origins: [";
	for (int i = 0; i < CONFIG_MAX_ORIGINS + 1; i++)
		snprintf(many + strlen(many), sizeof(many) - strlen(many), "%s\"http://h%d\"",
			 i ? "," : "", i);
	strcat(many, "]\n");
	cr_assert_eq(parse(many, &c, &err), -1);
	cr_assert(strstr(err.msg, "at most"), "%s", err.msg);
}

Test(service_config, pool_defaults_to_one_python_and_one_node_template)
{
	struct server_config c;
	err_t err;
	cr_assert_eq(parse("", &c, &err), 0, "%s", err.msg);
	cr_assert_eq(c.npool, 2);
	cr_assert_str_eq(c.pool[0].name, "python");
	cr_assert_eq(c.pool[0].n, 1);
	cr_assert_str_eq(c.pool[1].name, "node");
	cr_assert_eq(c.pool[1].n, 1);
	cr_assert_eq(c.pool_idle_s, 600);
	cr_assert_str_eq(c.pool_dir, "");
}

Test(service_config, pool_counts_per_language_and_turns_off)
{
	struct server_config c;
	err_t err;
	cr_assert_eq(parse("pool:\n  py: 3\npool_idle_s: 5\npool_dir: /run/x\n", &c, &err), 0, "%s",
		     err.msg);
	cr_assert_eq(c.npool, 1);
	cr_assert_str_eq(c.pool[0].name, "python", "an alias names the language");
	cr_assert_eq(c.pool[0].n, 3);
	cr_assert_eq(c.pool_idle_s, 5);
	cr_assert_str_eq(c.pool_dir, "/run/x");
	cr_assert_eq(parse("pool:\n  python: 0\n  node: 0\n", &c, &err), 0, "%s", err.msg);
	cr_assert_eq(c.npool, 2);
	cr_assert_eq(c.pool[0].n + c.pool[1].n, 0);
}

Test(service_config, pool_errors_name_the_line_and_the_fix)
{
	struct server_config c;
	err_t err;
	static const struct {
		const char *yaml, *want;
	} bad[] = {
	    {"pool:\n  bash: 1\n", "bash has no warm template"},
	    {"pool:\n  cobol: 1\n", "unknown language 'cobol'"},
	    {"pool:\n  python: 1.5\n", "whole number"},
	    {"pool:\n  python: 17\n", "from 0 to 16"},
	    {"pool:\n  python: -1\n", "from 0 to 16"},
	    {"pool:\n  python: 1\n  py: 2\n", "given twice"},
	    {"pool: 3\n", "mapping of language names"},
	    {"pool_idle_s: -2\n", "pool_idle_s"},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		cr_assert_eq(parse(bad[i].yaml, &c, &err), -1, "%s", bad[i].yaml);
		cr_expect(strstr(err.msg, bad[i].want) && strstr(err.msg, "airlock.yaml:"),
			  "%s -> %s", bad[i].yaml, err.msg);
	}
}

Test(service_config, mounts_name_host_directories)
{
	struct server_config c;
	err_t err;
	cr_assert_eq(parse("", &c, &err), 0, "%s", err.msg);
	cr_assert_eq(c.nmounts, 0, "none by default");
	cr_assert_eq(parse("mounts:\n  data: /srv/data\n  venv-1.2: /opt/venv\n", &c, &err), 0,
		     "%s", err.msg);
	cr_assert_eq(c.nmounts, 2);
	cr_assert_str_eq(c.mounts[0].name, "data");
	cr_assert_str_eq(c.mounts[0].path, "/srv/data");
	cr_assert_str_eq(c.mounts[1].name, "venv-1.2");
	static const struct {
		const char *yaml, *want;
	} bad[] = {
	    {"mounts:\n  data: srv/data\n", "absolute host path"},
	    {"mounts:\n  'a/b': /srv\n", "letters, digits"},
	    {"mounts:\n  data: /a\n  data: /b\n", "duplicate key"},
	    {"mounts: [/srv]\n", "mapping of names"},
	    {"mounts:\n  data: [/a]\n", "single value"},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		cr_assert_eq(parse(bad[i].yaml, &c, &err), -1, "%s", bad[i].yaml);
		cr_assert(strstr(err.msg, bad[i].want), "%s: %s", bad[i].yaml, err.msg);
	}
}

Test(service_config, store_and_node)
{
	struct server_config c;
	err_t err;

	cr_assert_eq(parse("", &c, &err), 0, "%s", err.msg);
	cr_assert_str_eq(c.store, "", "SQLite in the data directory");
	cr_assert_str_eq(c.node, "");
	cr_assert_eq(parse("store: postgres://airlock@db/airlock\nnode: web-1.a_b\n", &c, &err), 0,
		     "%s", err.msg);
	cr_assert_str_eq(c.store, "postgres://airlock@db/airlock");
	cr_assert_str_eq(c.node, "web-1.a_b");
	cr_assert_eq(config_check_node(c.node, &err), 0);
	cr_assert_eq(config_check_node("", &err), 0);
	cr_assert_eq(config_check_node("a b", &err), -1);
	cr_assert_str_eq(err.msg, "node 'a b' must be 1 to 63 letters, digits, '.', '_' or '-'");
	cr_assert_eq(config_check_node(
			 "0123456789012345678901234567890123456789012345678901234567890123", &err),
		     -1, "64 is too long");
	cr_assert_eq(parse("node: ''\n", &c, &err), -1);
}

Test(service_config, egress_allowance_per_key)
{
	struct server_config c;
	err_t err;
	cr_assert_eq(parse("", &c, &err), 0, "%s", err.msg);
	cr_assert_eq(c.egress_key_mb_per_day + c.egress_key_connections_per_hour, 0,
		     "no limit by default");
	cr_assert_eq(
	    parse("egress_key_mb_per_day: 100\negress_key_connections_per_hour: 50\n", &c, &err), 0,
	    "%s", err.msg);
	cr_assert_eq(c.egress_key_mb_per_day, 100);
	cr_assert_eq(c.egress_key_connections_per_hour, 50);
	cr_assert_eq(parse("egress_key_mb_per_day: -1\n", &c, &err), -1);
}

Test(service_config, e2b_domain_is_a_host_name_with_an_optional_port)
{
	struct server_config c;
	err_t err;

	cr_assert_eq(parse("", &c, &err), 0, "%s", err.msg);
	cr_assert_str_eq(c.e2b_domain, "", "no routing by host name unless asked");
	cr_assert_eq(parse("e2b_domain: localhost:8080\n", &c, &err), 0, "%s", err.msg);
	cr_assert_str_eq(c.e2b_domain, "localhost:8080");
	cr_assert_eq(parse("e2b_domain: sandbox.example.com\n", &c, &err), 0, "%s", err.msg);
	cr_assert_str_eq(c.e2b_domain, "sandbox.example.com");
	static const char *const bad[] = {"e2b_domain: ''\n", "e2b_domain: 'a b'\n",
					  "e2b_domain: a/b\n", "e2b_domain: .example.com\n",
					  "e2b_domain: '*.example.com'\n"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		cr_assert_eq(parse(bad[i], &c, &err), -1, "%s", bad[i]);
		cr_assert(strstr(err.msg, "'e2b_domain' must be a host name"), "%s", err.msg);
	}
}
