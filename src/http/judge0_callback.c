/*
 * callback_url: when a submission that named one ends, its result is PUT
 * there as JSON (base64-encoded, the default fields), as Judge0 does.
 *
 * The service calls its ended hook on a worker's thread; the hook only
 * queues the execution's id here (bounded: a full queue drops the
 * callback and logs it), and one thread of our own does the slow part, so
 * neither a worker nor an HTTP thread ever waits on someone else's server.
 *
 * A callback is a request airlock makes on a user's behalf, so it must not
 * reach what only airlock can reach: the URL's host is resolved here, every
 * address is checked (loopback, private, link-local, unique-local,
 * multicast and unspecified are refused unless callbacks_allow_private),
 * and curl is pinned to the address that was checked (CURLOPT_RESOLVE), so
 * a second DNS answer cannot swap it. Redirects are not followed.
 */
#include <arpa/inet.h>
#include <curl/curl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "http/judge0.h"

#define QUEUE_MAX 1024
#define RETRY_PAUSE_MS 500

struct callback {
	struct callback *next;
	char id[STORE_ID_MAX];
	int64_t key_id;
	char *url;
};

static struct {
	pthread_mutex_t lock;
	pthread_cond_t wake;
	pthread_t thread;
	bool running, stop;
	struct callback *head, **tail;
	int len;
	struct service *svc;
} cb = {.lock = PTHREAD_MUTEX_INITIALIZER, .wake = PTHREAD_COND_INITIALIZER};

static void log_callback(const char *id, const char *url, const char *outcome)
{
	service_log(cb.svc, json_pack("{s:s, s:s, s:s, s:s}", "event", "callback", "id", id, "url",
				      url, "outcome", outcome));
}

/* ---- addresses ---- */

static bool v4_allowed(uint32_t a)
{
	uint8_t b0 = (uint8_t)(a >> 24), b1 = (uint8_t)(a >> 16);

	return !(b0 == 0 || b0 == 10 || b0 == 127 || (b0 == 100 && (b1 & 0xc0) == 64) ||
		 (b0 == 169 && b1 == 254) || (b0 == 172 && (b1 & 0xf0) == 16) ||
		 (b0 == 192 && b1 == 168) || (b0 == 192 && b1 == 0 && (uint8_t)(a >> 8) == 0) ||
		 (b0 == 198 && (b1 & 0xfe) == 18) || b0 >= 224);
}

bool j0_callback_address_allowed(const struct sockaddr *sa, bool allow_private)
{
	if (allow_private)
		return true;
	if (sa->sa_family == AF_INET)
		return v4_allowed(ntohl(((const struct sockaddr_in *)sa)->sin_addr.s_addr));
	if (sa->sa_family != AF_INET6)
		return false;
	const struct in6_addr *a = &((const struct sockaddr_in6 *)sa)->sin6_addr;
	const uint8_t *b = a->s6_addr;
	if (IN6_IS_ADDR_V4MAPPED(a) || IN6_IS_ADDR_V4COMPAT(a))
		return v4_allowed((uint32_t)b[12] << 24 | (uint32_t)b[13] << 16 |
				  (uint32_t)b[14] << 8 | b[15]);
	return !(IN6_IS_ADDR_UNSPECIFIED(a) || IN6_IS_ADDR_LOOPBACK(a) ||
		 IN6_IS_ADDR_LINKLOCAL(a) || IN6_IS_ADDR_SITELOCAL(a) || IN6_IS_ADDR_MULTICAST(a) ||
		 (b[0] & 0xfe) == 0xfc ||
		 (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) ||
		 (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b));
}

/* The URL's host and port, and one address of it that may be called, as
 * "host:port:address" for CURLOPT_RESOLVE; false with why. */
static bool pin_address(const char *url, char *resolve, size_t size, char *why, size_t why_size)
{
	CURLU *u = curl_url();
	char *host = NULL, *port = NULL;
	struct addrinfo hints = {.ai_socktype = SOCK_STREAM}, *res = NULL;
	bool ok = false;

	if (curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) != CURLUE_OK) {
		snprintf(why, why_size, "not a URL");
		goto out;
	}
	/* curl keeps an IPv6 literal in brackets; getaddrinfo wants it bare */
	char bare[256];
	size_t n = strlen(host);
	if (host[0] == '[' && n > 2 && host[n - 1] == ']')
		snprintf(bare, sizeof(bare), "%.*s", (int)(n - 2), host + 1);
	else
		snprintf(bare, sizeof(bare), "%s", host);
	if (getaddrinfo(bare, port, &hints, &res) != 0) {
		snprintf(why, why_size, "cannot resolve %s", bare);
		goto out;
	}
	for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
		char addr[INET6_ADDRSTRLEN];
		if (!j0_callback_address_allowed(ai->ai_addr,
						 service_config(cb.svc)->callbacks_allow_private))
			continue;
		const void *in =
		    ai->ai_family == AF_INET
			? (const void *)&((struct sockaddr_in *)ai->ai_addr)->sin_addr
			: (const void *)&((struct sockaddr_in6 *)ai->ai_addr)->sin6_addr;
		inet_ntop(ai->ai_family, in, addr, sizeof(addr));
		snprintf(resolve, size, ai->ai_family == AF_INET6 ? "%s:%s:[%s]" : "%s:%s:%s", host,
			 port, addr);
		ok = true;
		break;
	}
	if (!ok)
		snprintf(why, why_size,
			 "%s resolves only to loopback, private or link-local addresses "
			 "(callbacks_allow_private is off)",
			 bare);
out:
	if (res)
		freeaddrinfo(res);
	curl_free(host);
	curl_free(port);
	curl_url_cleanup(u);
	return ok;
}

/* ---- the calls ---- */

static size_t discard(char *p, size_t size, size_t n, void *ctx)
{
	(void)p;
	(void)ctx;
	return size * n;
}

/* One PUT; 0 when the server answered 2xx. */
static int put_once(const char *url, const char *resolve, const char *body)
{
	CURL *c = curl_easy_init();
	struct curl_slist *hosts = curl_slist_append(NULL, resolve);
	struct curl_slist *headers = curl_slist_append(NULL, "Content-Type: application/json");
	long code = 0;

	if (c == NULL)
		return -1;
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_RESOLVE, hosts);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, "PUT");
	curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, (long)J0_CALLBACK_TIMEOUT_S);
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
	CURLcode rc = curl_easy_perform(c);
	if (rc == CURLE_OK)
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
	curl_easy_cleanup(c);
	curl_slist_free_all(hosts);
	curl_slist_free_all(headers);
	return rc == CURLE_OK && code >= 200 && code < 300 ? 0 : -1;
}

/* The submission as Judge0 PUTs it: base64, the default fields. */
static char *callback_body(const struct callback *c)
{
	struct key_row key = {.id = c->key_id};
	struct svc_error e;
	json_t *x, *fields;
	char bad[64];

	if (service_execution(cb.svc, &key, c->id, &x, &e) < 0)
		return NULL;
	j0_fields_parse(NULL, &fields, bad, sizeof(bad));
	json_t *sub = j0_submission_of(x, j0_names(cb.svc));
	json_t *view = j0_view(sub, fields, true);
	char *body = json_dumps(view, JSON_COMPACT);
	json_decref(view);
	json_decref(sub);
	json_decref(fields);
	json_decref(x);
	return body;
}

static void deliver(const struct callback *c)
{
	char resolve[512], why[300];
	char *body = callback_body(c);

	if (body == NULL) {
		log_callback(c->id, c->url, "the execution is gone");
		return;
	}
	for (int try = 1; try <= J0_CALLBACK_TRIES; try++) {
		if (!pin_address(c->url, resolve, sizeof(resolve), why, sizeof(why))) {
			log_callback(c->id, c->url, why);
			break;
		}
		if (put_once(c->url, resolve, body) == 0) {
			log_callback(c->id, c->url, "delivered");
			break;
		}
		if (try == J0_CALLBACK_TRIES)
			log_callback(c->id, c->url, "failed after 3 tries");
		else
			usleep(RETRY_PAUSE_MS * 1000);
	}
	free(body);
}

static void *callback_main(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&cb.lock);
	for (;;) {
		while (cb.head == NULL && !cb.stop)
			pthread_cond_wait(&cb.wake, &cb.lock);
		if (cb.head == NULL)
			break;
		struct callback *c = cb.head;
		cb.head = c->next;
		if (cb.head == NULL)
			cb.tail = &cb.head;
		cb.len--;
		pthread_mutex_unlock(&cb.lock);
		deliver(c);
		free(c->url);
		free(c);
		pthread_mutex_lock(&cb.lock);
	}
	pthread_mutex_unlock(&cb.lock);
	return NULL;
}

/* The service's ended hook: quick, on a worker's thread. */
static void on_ended(void *ctx, const char *id, int64_t key_id, const char *meta_json)
{
	(void)ctx;
	if (meta_json == NULL || strstr(meta_json, "\"callback_url\"") == NULL)
		return;
	json_t *meta = json_loads(meta_json, 0, NULL);
	const char *url =
	    json_string_value(json_object_get(json_object_get(meta, "judge0"), "callback_url"));
	if (url) {
		struct callback *c = xcalloc(1, sizeof(*c));
		snprintf(c->id, sizeof(c->id), "%s", id);
		c->key_id = key_id;
		c->url = xstrdup(url);
		pthread_mutex_lock(&cb.lock);
		bool full = cb.len >= QUEUE_MAX || cb.stop;
		if (!full) {
			*cb.tail = c;
			cb.tail = &c->next;
			cb.len++;
			pthread_cond_signal(&cb.wake);
		}
		pthread_mutex_unlock(&cb.lock);
		if (full) {
			log_callback(id, url, "dropped: too many callbacks waiting");
			free(c->url);
			free(c);
		}
	}
	json_decref(meta);
}

int j0_callbacks_start(struct service *s, err_t *err)
{
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		return err_set(err, 0, "cannot initialise libcurl");
	cb.svc = s;
	cb.head = NULL;
	cb.tail = &cb.head;
	cb.stop = false;
	int r = pthread_create(&cb.thread, NULL, callback_main, NULL);
	if (r != 0)
		return err_set(err, r, "cannot start the callbacks' thread");
	cb.running = true;
	service_on_ended(s, on_ended, NULL);
	return 0;
}

/* What is still queued is delivered first: the workers have stopped, so
 * nothing more comes. */
void j0_callbacks_stop(void)
{
	if (!cb.running)
		return;
	pthread_mutex_lock(&cb.lock);
	cb.stop = true;
	pthread_cond_broadcast(&cb.wake);
	pthread_mutex_unlock(&cb.lock);
	pthread_join(cb.thread, NULL);
	cb.running = false;
	service_on_ended(cb.svc, NULL, NULL);
	curl_global_cleanup();
}

int http_background_start(struct service *svc, err_t *err)
{
	return j0_callbacks_start(svc, err);
}

void http_background_stop(void)
{
	j0_callbacks_stop();
}
