/*
 * additional_files: a zip archive (libzip), into the canonical request's
 * files. An archive is untrusted input twice over: its names may climb out
 * of the work directory (absolute, "..", a symbolic link), and its sizes
 * may lie (a zip bomb declares little and inflates much). So names are
 * checked before anything is read, and every entry is read against the
 * budget that is left, never trusting the size its header declares.
 *
 * Pure: bytes in, JSON out.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <zip.h>

#include "http/judge0.h"

#define ZIP_NAME_MAX 255

/* A name the work directory can hold: relative, no "..", no empty or "."
 * part, no backslash (a Windows separator), printable. Directories end
 * with '/' and are skipped by the caller. */
static bool name_ok(const char *name)
{
	size_t n = strlen(name);

	if (n == 0 || n > ZIP_NAME_MAX || name[0] == '/' || strchr(name, '\\'))
		return false;
	for (const char *p = name; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return false;
	for (const char *part = name; *part;) {
		size_t len = strcspn(part, "/");
		if (len == 0 || (len == 1 && part[0] == '.') ||
		    (len == 2 && part[0] == '.' && part[1] == '.'))
			return false;
		part += len;
		if (*part == '/')
			part++;
	}
	return true;
}

static bool is_symlink(zip_t *za, zip_uint64_t i)
{
	zip_uint8_t opsys;
	zip_uint32_t attr;

	if (zip_file_get_external_attributes(za, i, 0, &opsys, &attr) < 0)
		return true; /* unreadable: refuse rather than guess */
	return opsys == ZIP_OPSYS_UNIX && S_ISLNK((mode_t)(attr >> 16));
}

/* Reads entry i, at most budget bytes (one more tells it was over). */
static int read_entry(zip_t *za, zip_uint64_t i, size_t budget, char **data, size_t *len)
{
	zip_file_t *f = zip_fopen_index(za, i, 0);
	size_t cap = budget + 1, n = 0;
	char *buf;

	if (f == NULL)
		return -1;
	buf = xmalloc(cap + 1);
	for (;;) {
		zip_int64_t r = zip_fread(f, buf + n, cap - n);
		if (r < 0) {
			zip_fclose(f);
			free(buf);
			return -1;
		}
		if (r == 0 || (n += (size_t)r) == cap)
			break;
	}
	zip_fclose(f);
	*data = buf;
	*len = n;
	return 0;
}

static int refuse(char *why, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int refuse(char *why, size_t size, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(why, size, fmt, ap);
	va_end(ap);
	return -1;
}

/* One entry into files; -1 with why. */
static int add_entry(zip_t *za, zip_uint64_t i, size_t *left, json_t *files, char *why,
		     size_t why_size)
{
	zip_stat_t st;
	char *data;
	size_t len;

	if (zip_stat_index(za, i, 0, &st) < 0 || !(st.valid & ZIP_STAT_NAME))
		return refuse(why, why_size, "has an entry that cannot be read");
	const char *name = st.name;
	if (!name_ok(name))
		return refuse(why, why_size,
			      "has an entry named '%.100s', which is not a relative path inside "
			      "the work directory",
			      name);
	if (is_symlink(za, i))
		return refuse(why, why_size, "has a symbolic link '%.100s'; only files are allowed",
			      name);
	if (name[strlen(name) - 1] == '/')
		return 0; /* a directory: made by the files inside it */
	if ((st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE) && st.size > (1 << 20) &&
	    st.size / (st.comp_size ? st.comp_size : 1) > J0_MAX_ZIP_RATIO)
		return refuse(
		    why, why_size,
		    "has an entry '%.100s' that expands more than 200 times (a zip bomb?)", name);
	if (read_entry(za, i, *left, &data, &len) < 0)
		return refuse(why, why_size, "has an entry '%.100s' that cannot be extracted",
			      name);
	if (len > *left) {
		free(data);
		snprintf(why, why_size, "extracts to more than %d KB", J0_MAX_EXTRACT_KB);
		return -1;
	}
	*left -= len;
	char *b64 = j0_base64_encode(data, len);
	json_array_append_new(files, json_pack("{s:s, s:s, s:s}", "name", name, "content", b64,
					       "encoding", "base64"));
	free(b64);
	free(data);
	return 0;
}

int j0_zip_to_files(const void *zip, size_t len, size_t max_kb, json_t **files, char *why,
		    size_t why_size)
{
	zip_error_t ze;
	zip_source_t *src;
	zip_t *za;
	size_t left = max_kb << 10;
	int ret = 0;

	*files = NULL;
	zip_error_init(&ze);
	src = zip_source_buffer_create(zip, len, 0, &ze);
	if (src == NULL ||
	    (za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze)) == NULL) {
		if (src)
			zip_source_free(src);
		zip_error_fini(&ze);
		snprintf(why, why_size, "is not a zip archive");
		return -1;
	}
	zip_error_fini(&ze);
	zip_int64_t n = zip_get_num_entries(za, 0);
	if (n < 0 || n > J0_MAX_ZIP_ENTRIES) {
		zip_discard(za);
		snprintf(why, why_size, "has more than %d entries", J0_MAX_ZIP_ENTRIES);
		return -1;
	}
	*files = json_array();
	for (zip_int64_t i = 0; i < n && ret == 0; i++)
		ret = add_entry(za, (zip_uint64_t)i, &left, *files, why, why_size);
	zip_discard(za);
	if (ret < 0) {
		json_decref(*files);
		*files = NULL;
	}
	return ret;
}
