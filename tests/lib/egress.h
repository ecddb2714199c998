/*
 * The egress tests' runs: `airlock run` inside a network namespace the test
 * makes (tests/egress/ns.sh), with local servers on test addresses there:
 *   api.test   -> 203.0.113.10 (:80, :443, :8080)   stands for a public host
 *   other.test -> 198.51.100.7 (:80, :443)          another public host
 *   10.1.2.3, 10.9.9.9, 192.168.5.5, 169.254.169.254, 127.0.0.1, ::1,
 *   fd00:ec2::254: private, link-local and metadata addresses (:80)
 * and a UDP listener on 10.1.2.3:53. Nothing leaves that namespace.
 */
#ifndef AIRLOCK_TEST_EGRESS_H
#define AIRLOCK_TEST_EGRESS_H

#include <jansson.h>
#include <stddef.h>

struct egress_case {
	char dir[64]; /* the servers' log (hits) and the test CA (mounted at /ca) */
	json_t *result;
	char *hits;
};

/* Runs `airlock run --json --mount DIR:/ca --resolve api.test:203.0.113.10
 * --resolve other.test:198.51.100.7 ARGS... -l LANG -c CODE`; asserts a
 * result object. */
json_t *egress_run(struct egress_case *c, const char *lang, const char *code,
		   const char *const args[]);
/* How many lines of the servers' log hold needle. */
int egress_hits(const struct egress_case *c, const char *needle);
/* The result's network.requests[i] (borrowed); NULL beyond. */
json_t *egress_request(const struct egress_case *c, size_t i);
size_t egress_nrequests(const struct egress_case *c);
void egress_case_free(struct egress_case *c);

#endif
