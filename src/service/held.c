/*
 * The originals of pending executions whose stored code was redacted
 * (redact_code): kept in memory only, so that an approved execution runs
 * as it was submitted, and gone with the process (an approval after a
 * restart is refused: code_unavailable).
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
		struct held_code *c = h->list;
		h->list = c->next;
		free(c->code);
		free(c);
	}
	pthread_mutex_destroy(&h->lock);
}

void held_code_put(struct service *s, const char *id, const char *code, size_t len)
{
	struct held_code *c = xcalloc(1, sizeof(*c));

	snprintf(c->id, sizeof(c->id), "%s", id);
	c->code = xmalloc(len + 1);
	memcpy(c->code, code, len);
	c->code[len] = 0;
	c->len = len;
	pthread_mutex_lock(&s->held.lock);
	c->next = s->held.list;
	s->held.list = c;
	pthread_mutex_unlock(&s->held.lock);
}

char *held_code_take(struct service *s, const char *id, size_t *len)
{
	char *code = NULL;

	pthread_mutex_lock(&s->held.lock);
	for (struct held_code **p = &s->held.list; *p; p = &(*p)->next)
		if (strcmp((*p)->id, id) == 0) {
			struct held_code *c = *p;
			*p = c->next;
			code = c->code;
			*len = c->len;
			free(c);
			break;
		}
	pthread_mutex_unlock(&s->held.lock);
	return code;
}

void held_code_drop(struct service *s, const char *id)
{
	size_t len;
	free(held_code_take(s, id, &len));
}
