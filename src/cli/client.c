/* The commands' HTTP client of `airlock serve` (client.h). */
#include "cli/client.h"

#include <curl/curl.h>
#include <stdio.h>
#include <string.h>

#include "cli/print.h"
#include "common/util.h"

size_t cli_to_buf(char *p, size_t size, size_t n, void *ud)
{
	buf_append(ud, p, size * n);
	return size * n;
}

static size_t discard(char *p, size_t size, size_t n, void *ud)
{
	(void)p, (void)ud;
	return size * n;
}

long cli_request(const struct cli_server *s, const char *method, const char *path,
		 const char *ctype, const void *body, size_t len, const char *accept,
		 long timeout_s, cli_write_fn write, void *ud)
{
	CURL *c = curl_easy_init();
	struct curl_slist *h = NULL;
	char url[4096 + 1200], hdr[512], ct[128], ac[128], errbuf[CURL_ERROR_SIZE] = "";
	long status = -1;

	if (c == NULL) {
		print_error("cannot initialise libcurl");
		return -1;
	}
	snprintf(url, sizeof(url), "%s%s", s->url, path);
	snprintf(hdr, sizeof(hdr), "Authorization: Bearer %s", s->key);
	h = curl_slist_append(h, hdr);
	h = curl_slist_append(h, "Expect:");
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
	if (timeout_s > 0)
		curl_easy_setopt(c, CURLOPT_TIMEOUT, timeout_s);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	if (body) {
		snprintf(ct, sizeof(ct), "Content-Type: %s", ctype);
		h = curl_slist_append(h, ct);
		curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
		curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
	}
	if (accept) {
		snprintf(ac, sizeof(ac), "Accept: %s", accept);
		h = curl_slist_append(h, ac);
	}
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, write ? write : discard);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, ud);
	CURLcode rc = curl_easy_perform(c);
	if (rc != CURLE_OK)
		print_error(
		    "cannot reach airlock serve at %s: %s; start it, or point %s (or %s) at it",
		    s->url, errbuf[0] ? errbuf : curl_easy_strerror(rc), s->flag, s->env);
	else
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	curl_slist_free_all(h);
	curl_easy_cleanup(c);
	return status;
}

int cli_refused(long status, json_t *answer)
{
	print_refusal(status, answer);
	return CLI_EXIT_REFUSED;
}
