/*
 * /ui/: the approval page, served from the files compiled into the binary
 * (src/http/ui, see tools/embed.c).
 *
 * The page itself is public; every API call it makes carries the key the
 * user typed in. Files are looked up by exact name in the embedded table,
 * never on disk, so no path can reach outside it. Every answer forbids
 * inline script, framing, MIME sniffing and caching: the page handles
 * untrusted code and an admin key, so a stale or injected copy must not run.
 */
#include <string.h>

#include "common/embed.h"
#include "http/http.h"

static const char ui_csp[] = "default-src 'self'; script-src 'self'; style-src 'self'; "
			     "img-src 'self' data:; connect-src 'self'; object-src 'none'; "
			     "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

static const struct {
	const char *ext, *type;
} ui_types[] = {
    {".html", "text/html; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".ico", "image/x-icon"},
    {".txt", "text/plain; charset=utf-8"},
};

static const char *ui_content_type(const char *name)
{
	size_t n = strlen(name);

	for (size_t i = 0; i < ARRAY_SIZE(ui_types); i++) {
		size_t e = strlen(ui_types[i].ext);
		if (n > e && strcmp(name + n - e, ui_types[i].ext) == 0)
			return ui_types[i].type;
	}
	return "application/octet-stream";
}

static const struct embedded_file *ui_find(const char *name)
{
	/* Names in the table are plain file names; anything else is not one. */
	if (name[0] == 0 || name[0] == '.' || strchr(name, '/') || strchr(name, '\\'))
		return NULL;
	for (const struct embedded_file *f = embedded_ui; f->name; f++)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}

static void ui_security_headers(struct http_reply *rep)
{
	rep->headers[0].name = "Content-Security-Policy";
	rep->headers[0].value = ui_csp;
	rep->headers[1].name = "X-Content-Type-Options";
	rep->headers[1].value = "nosniff";
	rep->headers[2].name = "X-Frame-Options";
	rep->headers[2].value = "DENY";
	rep->headers[3].name = "Cache-Control";
	rep->headers[3].value = "no-store";
	rep->headers[4].name = "Referrer-Policy";
	rep->headers[4].value = "no-referrer";
}

void handle_ui(struct service *s, struct http_request *r, struct http_reply *rep)
{
	const struct embedded_file *f;

	(void)s;
	ui_security_headers(rep);
	if (strcmp(r->path, "/ui") == 0) {
		/* Relative URLs in the page resolve against /ui/, not /. */
		rep->status = 301;
		rep->headers[5].name = "Location";
		rep->headers[5].value = "/ui/";
		rep->content_type = "text/plain; charset=utf-8";
		buf_append(&rep->text, "see /ui/\n", 9);
		return;
	}
	f = ui_find(r->tail ? r->tail : "index.html");
	if (f == NULL)
		return reply_error(rep, 404, "not_found", "no such file: %s", r->path);
	rep->content_type = ui_content_type(f->name);
	buf_append(&rep->text, f->data, f->len);
}
