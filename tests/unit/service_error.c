/* Service errors and their one mapping to HTTP. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "http/http.h"
#include "service/error.h"
#include "store/store.h"

Test(service_error, every_kind_has_its_http_status)
{
	static const struct {
		enum svc_kind kind;
		int http;
	} cases[] = {
	    {SVC_BAD_REQUEST, 400},  {SVC_TOO_LARGE, 413}, {SVC_INVALID, 422},
	    {SVC_UNAUTHORIZED, 401}, {SVC_FORBIDDEN, 403}, {SVC_NOT_FOUND, 404},
	    {SVC_CONFLICT, 409},     {SVC_LIMITED, 429},   {SVC_UNAVAILABLE, 503},
	    {SVC_INTERNAL, 500},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		cr_expect_eq(http_status_of(cases[i].kind), cases[i].http, "kind %d",
			     cases[i].kind);
}

Test(service_error, unavailable_always_says_when_to_retry)
{
	struct svc_error e;
	cr_assert_eq(svc_error_set(&e, SVC_UNAVAILABLE, "queue_full", "full %d", 3), -1);
	cr_expect_eq(e.retry_after_s, SVC_RETRY_AFTER_S);
	cr_expect_str_eq(e.code, "queue_full");
	cr_expect_str_eq(e.message, "full 3");
	svc_error_set(&e, SVC_INVALID, "invalid_value", "x");
	cr_expect_eq(e.retry_after_s, 0);
}

Test(service_error, a_busy_store_is_unavailable_anything_else_internal)
{
	struct svc_error e;
	err_t err;

	err_clear(&err);
	err.errnum = STORE_EBUSY;
	snprintf(err.msg, sizeof(err.msg), "database is locked");
	svc_error_store(&e, &err);
	cr_expect_eq(e.kind, SVC_UNAVAILABLE);
	cr_expect_eq(http_status_of(e.kind), 503);
	cr_expect_eq(e.retry_after_s, SVC_RETRY_AFTER_S);
	cr_expect_str_eq(e.code, "storage_error");
	cr_expect_str_eq(e.message, "database is locked");

	err_set(&err, 0, "disk I/O error");
	svc_error_store(&e, &err);
	cr_expect_eq(e.kind, SVC_INTERNAL);
	cr_expect_eq(http_status_of(e.kind), 500);
	cr_expect_eq(e.retry_after_s, 0);
}

Test(service_error, reply_carries_the_code_and_retry_after)
{
	struct http_reply rep;
	struct svc_error e;

	memset(&rep, 0, sizeof(rep));
	svc_error_set(&e, SVC_UNAVAILABLE, "stopping", "the server is stopping");
	reply_svc_error(&rep, &e);
	cr_expect_eq(rep.status, 503);
	cr_expect_eq(rep.retry_after_s, SVC_RETRY_AFTER_S);
	json_t *err = json_object_get(rep.json, "error");
	cr_expect_str_eq(json_string_value(json_object_get(err, "code")), "stopping");
	cr_expect_str_eq(json_string_value(json_object_get(err, "message")),
			 "the server is stopping");
	json_decref(rep.json);
}
