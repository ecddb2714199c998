/* E2B's list query (http/e2b_list.c): metadata as the SDK encodes it,
 * times, order, pages; what a bad one says. */
#include <criterion/criterion.h>
#include <string.h>

#include "http/e2b.h"

static json_t *detail(const char *tpl, const char *started, const char *meta)
{
	return json_pack("{s:s, s:s, s:o}", "templateID", tpl, "startedAt", started, "metadata",
			 json_loads(meta, 0, NULL));
}

Test(e2b_list, metadata_as_the_sdk_sends_it)
{
	struct e2b_list_query q;
	char why[160];
	/* {user: "a b", "k&=": "v=1"}: each part encoded, then the pairs as a
	 * form (libmicrohttpd has taken the query's own encoding off) */
	struct e2b_list_args a = {.metadata = "user=a%2520b&k%2526%253D=v%253D1"};

	cr_assert_eq(e2b_list_query_parse(&a, &q, why, sizeof(why)), 0, "%s", why);
	cr_assert_str_eq(json_string_value(json_object_get(q.metadata, "user")), "a b");
	cr_assert_str_eq(json_string_value(json_object_get(q.metadata, "k&=")), "v=1");
	json_t *yes = detail("base", "2026-12-07T08:00:00.000Z",
			     "{\"user\": \"a b\", \"k&=\": \"v=1\", \"more\": \"x\"}");
	json_t *no = detail("base", "2026-12-07T08:00:00.000Z", "{\"user\": \"a b\"}");
	cr_assert(e2b_list_matches(&q, yes));
	cr_assert_not(e2b_list_matches(&q, no), "every pair must be the sandbox's");
	json_decref(yes);
	json_decref(no);
	e2b_list_query_free(&q);
}

Test(e2b_list, template_time_order_and_pages)
{
	struct e2b_list_query q;
	char why[160];
	struct e2b_list_args a = {.started_after = "2026-12-07T08:00:00.500Z",
				  .order = "asc",
				  .limit = "2",
				  .next_token = "4",
				  .template_id = "python-3.12"};

	cr_assert_eq(e2b_list_query_parse(&a, &q, why, sizeof(why)), 0, "%s", why);
	cr_assert(q.asc);
	cr_assert_eq(q.limit, 2);
	cr_assert_eq(q.offset, 4);
	json_t *before = detail("python-3.12", "2026-12-07T08:00:00.499Z", "{}");
	json_t *after = detail("python-3.12", "2026-12-07T08:00:00.500Z", "{}");
	json_t *other = detail("base", "2026-12-07T09:00:00.000Z", "{}");
	cr_assert_not(e2b_list_matches(&q, before));
	cr_assert(e2b_list_matches(&q, after));
	cr_assert_not(e2b_list_matches(&q, other));
	json_decref(before);
	json_decref(after);
	json_decref(other);
	e2b_list_query_free(&q);

	struct e2b_list_args none = {0};
	cr_assert_eq(e2b_list_query_parse(&none, &q, why, sizeof(why)), 0);
	cr_assert_eq(q.limit, 100, "E2B's page");
	cr_assert_eq(q.offset, 0);
	cr_assert_not(q.asc, "newest first");
	e2b_list_query_free(&q);
	cr_assert_eq(e2b_parse_time("2026-12-07T08:00:01Z"), 1796630401000LL);
	cr_assert_eq(e2b_parse_time("2026-12-07T08:00:01.25Z"), 1796630401250LL);
	cr_assert_eq(e2b_parse_time("2026-12-07T08:00:01+02:00"), -1);
	cr_assert_eq(e2b_parse_time("yesterday"), -1);
}

Test(e2b_list, a_bad_query_says_what_is_wrong)
{
	static const struct {
		struct e2b_list_args a;
		const char *says;
	} bad[] = {
	    {{.metadata = "user=%zz"}, "'metadata' must be key=value"},
	    {{.metadata = "=v"}, "'metadata' must be key=value"},
	    {{.metadata = "k=%2500"}, "'metadata' must be key=value"},
	    /* not UTF-8 once decoded: refused, not dropped from the filter */
	    {{.metadata = "user=%25ff"}, "'metadata' must be key=value"},
	    {{.metadata = "%25c3=v"}, "'metadata' must be key=value"},
	    {{.metadata = "user=a&k=%25e2%2582"}, "'metadata' must be key=value"},
	    {{.started_after = "2026-13-45"}, "'startedAfter' must be a time"},
	    {{.order = "random"}, "'order' must be asc or desc"},
	    {{.limit = "0"}, "'limit' must be 1 to 100"},
	    {{.limit = "101"}, "'limit' must be 1 to 100"},
	    {{.next_token = "abc"}, "'nextToken' is not one this server gave"},
	    {{.next_token = "-1"}, "'nextToken' is not one this server gave"},
	};
	struct e2b_list_query q;
	char why[160];

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		cr_assert_eq(e2b_list_query_parse(&bad[i].a, &q, why, sizeof(why)), -1, "%zu", i);
		cr_assert(strstr(why, bad[i].says), "%zu: %s", i, why);
		e2b_list_query_free(&q);
	}
}
