#include "service/error.h"

#include <stdarg.h>
#include <stdio.h>

#include "common/utf8.h"
#include "store/store.h"

int svc_error_set(struct svc_error *e, enum svc_kind kind, const char *code, const char *fmt, ...)
{
	va_list ap;

	e->kind = kind;
	e->retry_after_s = kind == SVC_UNAVAILABLE ? SVC_RETRY_AFTER_S : 0;
	snprintf(e->code, sizeof(e->code), "%s", code);
	va_start(ap, fmt);
	vsnprintf(e->message, sizeof(e->message), fmt, ap);
	va_end(ap);
	utf8_repair(e->message, sizeof(e->message));
	return -1;
}

int svc_error_store(struct svc_error *e, const err_t *err)
{
	return svc_error_set(e, err->errnum == STORE_EBUSY ? SVC_UNAVAILABLE : SVC_INTERNAL,
			     "storage_error", "%s", err->msg);
}
