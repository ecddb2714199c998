/*
 * The original requests of pending executions whose stored request was
 * redacted (redact_code: the code or a file had a secret): kept in memory
 * only, so that an approved execution runs as it was submitted, and gone
 * with the process (an approval after a restart is refused:
 * code_unavailable).
 */
#include <stdio.h>
#include <string.h>

#include "service/internal.h"

void held_init(struct held *h)
{
	pthread_mutex_init(&h->lock, NULL);
	h->list = NULL;
}

void held_destroy(struct held *h)
{
	while (h->list) {
		struct held_request *c = h->list;
		h->list = c->next;
		free(c->request);
		free(c);
	}
	pthread_mutex_destroy(&h->lock);
}

void held_request_put(struct service *s, const char *id, const char *request_json)
{
	struct held_request *c = xcalloc(1, sizeof(*c));

	snprintf(c->id, sizeof(c->id), "%s", id);
	c->request = xstrdup(request_json);
	pthread_mutex_lock(&s->held.lock);
	c->next = s->held.list;
	s->held.list = c;
	pthread_mutex_unlock(&s->held.lock);
}

char *held_request_take(struct service *s, const char *id)
{
	char *request = NULL;

	pthread_mutex_lock(&s->held.lock);
	for (struct held_request **p = &s->held.list; *p; p = &(*p)->next)
		if (strcmp((*p)->id, id) == 0) {
			struct held_request *c = *p;
			*p = c->next;
			request = c->request;
			free(c);
			break;
		}
	pthread_mutex_unlock(&s->held.lock);
	return request;
}

void held_request_drop(struct service *s, const char *id)
{
	free(held_request_take(s, id));
}
