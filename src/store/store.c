/* What the store's users and its backends share: times and rows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/store.h"

void exec_row_free(struct exec_row *r)
{
	free(r->limits_json);
	free(r->result_json);
	free(r->request_json);
	free(r->policy_json);
	free(r->meta_json);
	r->limits_json = r->result_json = r->request_json = r->policy_json = r->meta_json = NULL;
}

void sandbox_row_free(struct sandbox_row *r)
{
	free(r->limits_json);
	free(r->meta_json);
	free(r->usage_json);
	r->limits_json = r->meta_json = r->usage_json = NULL;
}

void store_now(char out[STORE_TIME_MAX])
{
	struct timespec ts;
	struct tm tm;

	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	snprintf(out, STORE_TIME_MAX, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", tm.tm_year + 1900,
		 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, ts.tv_nsec / 1000000);
}

void store_today(char out[STORE_TIME_MAX])
{
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	snprintf(out, STORE_TIME_MAX, "%04d-%02d-%02dT00:00:00.000Z", tm.tm_year + 1900,
		 tm.tm_mon + 1, tm.tm_mday);
}
