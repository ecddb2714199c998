/* Every front end's error answer is JSON a client can read, even when its
 * message quotes bytes a client sent that are not UTF-8, or a message was
 * cut inside a character: jansson refuses such a string, and the answer
 * went out with no body at all. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "common/json_why.h"
#include "common/utf8.h"
#include "http/e2b.h"
#include "http/http.h"
#include "http/judge0.h"
#include "http/piston.h"
#include "mcp/internal.h"
#include "service/config.h"
#include "service/error.h"
#include "service/request.h"

#define NOT_UTF8 "fields: [\xff\xfe, caf\xc3]"

static void valid(const char *s)
{
	cr_assert_not_null(s);
	cr_assert(utf8_valid(s, strlen(s)), "not UTF-8: %s", s);
}

Test(error_text, repair_replaces_and_cuts_at_a_character)
{
	char b[16] = "a\xff" "b";
	utf8_repair(b, sizeof(b));
	cr_assert_str_eq(b, "a\xef\xbf\xbd" "b");
	/* a cut character at the end, and no room for U+FFFD: cut before it */
	char c[5] = "abc\xc3";
	utf8_repair(c, sizeof(c));
	cr_assert_str_eq(c, "abc");
	/* a euro sign, then half of one: two U+FFFD, of which one fits */
	char d[8] = "\xe2\x82\xac\xe2\x82";
	utf8_repair(d, sizeof(d));
	cr_assert_str_eq(d, "\xe2\x82\xac\xef\xbf\xbd");
	char ok[8] = "caf\xc3\xa9";
	utf8_repair(ok, sizeof(ok));
	cr_assert_str_eq(ok, "caf\xc3\xa9");
}

Test(error_text, a_service_error_is_utf8_however_it_was_made)
{
	struct svc_error e;
	svc_error_set(&e, SVC_BAD_REQUEST, "bad_request", "unknown '%s'", "\xff");
	valid(e.message);
	cr_assert(strstr(e.message, "\xef\xbf\xbd") != NULL);
	/* cut by the message's size in the middle of a character */
	char long_name[sizeof(e.message) + 8];
	memset(long_name, 'x', sizeof(long_name) - 1);
	long_name[sizeof(long_name) - 1] = 0;
	memcpy(long_name + sizeof(e.message) - 4, "\xe2\x82\xac", 3);
	svc_error_set(&e, SVC_BAD_REQUEST, "bad_request", "n%s", long_name);
	valid(e.message);
}

Test(error_text, every_front_ends_error_has_a_body)
{
	struct http_reply rep;

	memset(&rep, 0, sizeof(rep));
	reply_error(&rep, 400, "bad_request", "%s", NOT_UTF8);
	valid(json_string_value(json_object_get(json_object_get(rep.json, "error"), "message")));
	json_decref(rep.json);

	memset(&rep, 0, sizeof(rep));
	j0_error(&rep, 400, NOT_UTF8);
	cr_assert_eq(rep.status, 400);
	valid(json_string_value(json_object_get(rep.json, "error")));
	json_decref(rep.json);

	memset(&rep, 0, sizeof(rep));
	e2b_error(&rep, 400, "%s", NOT_UTF8);
	valid(json_string_value(json_object_get(rep.json, "message")));
	json_decref(rep.json);

	memset(&rep, 0, sizeof(rep));
	e2b_connect_error(&rep, 400, "invalid_argument", NOT_UTF8);
	valid(json_string_value(json_object_get(rep.json, "message")));
	json_decref(rep.json);

	char *m = piston_ws_error_msg(NOT_UTF8);
	valid(m);
	json_t *j = json_loads(m, 0, NULL);
	cr_assert_str_eq(json_string_value(json_object_get(j, "type")), "error");
	json_decref(j);
	free(m);

	j = mcp_error(NULL, -32602, NULL, "unknown tool '%s'", NOT_UTF8);
	cr_assert_not_null(j);
	valid(json_string_value(json_object_get(json_object_get(j, "error"), "message")));
	json_decref(j);
}

/* jansson's reasons that name its own flags are said in JSON's terms. */
Test(error_text, a_refused_document_says_why_in_jsons_words)
{
	json_error_t je;
	cr_assert_null(json_loads("{\"code\": \"a\\u0000b\"}", 0, &je));
	cr_assert(strstr(json_why(&je), "\\u0000 (NUL)") != NULL, "%s", json_why(&je));
	cr_assert(strstr(json_why(&je), "JSON_") == NULL);
	cr_assert_null(json_loads("{\"a\": ", 0, &je));
	cr_assert_str_eq(json_why(&je), je.text, "the plain ones stay as they are");

	struct server_config c;
	struct exec_request r;
	struct svc_error e;
	static const char body[] = "{\"language\": \"python\", \"code\": \"print(1)\\u0000\"}";
	config_default(&c);
	cr_assert_eq(exec_request_parse(body, strlen(body), &c, &r, &e), -1);
	cr_assert_str_eq(e.code, "bad_json");
	cr_assert(strstr(e.message, "\\u0000 (NUL)") != NULL, "%s", e.message);
	exec_request_free(&r);
}
