/*
 * A libFuzzer target without libFuzzer: each file named, and each file of
 * each directory named, is given to LLVMFuzzerTestOneInput once, in name
 * order. `make check` links every target of tests/fuzz this way, against
 * the library as built, and replays its seed corpus (tests/fuzz/run.sh):
 * a target that no longer links, or an input that once crashed, fails the
 * tests, not only `make fuzz`.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int one(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL) {
		perror(path);
		return -1;
	}
	size_t cap = 1 << 16, len = 0, n;
	uint8_t *data = malloc(cap);
	while (data && (n = fread(data + len, 1, cap - len, f)) > 0)
		if ((len += n) == cap)
			data = realloc(data, cap *= 2);
	fclose(f);
	if (data == NULL)
		return -1;
	LLVMFuzzerTestOneInput(data, len);
	free(data);
	return 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

int main(int argc, char **argv)
{
	unsigned inputs = 0;

	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) < 0) {
			perror(argv[i]);
			return 1;
		}
		if (!S_ISDIR(st.st_mode)) {
			if (one(argv[i]) < 0)
				return 1;
			inputs++;
			continue;
		}
		struct dirent **v;
		int n = scandir(argv[i], &v, NULL, by_name);
		if (n < 0) {
			perror(argv[i]);
			return 1;
		}
		for (int k = 0; k < n; k++) {
			char path[4096];
			snprintf(path, sizeof(path), "%s/%s", argv[i], v[k]->d_name);
			if (v[k]->d_name[0] != '.' && stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
				if (one(path) < 0)
					return 1;
				inputs++;
			}
			free(v[k]);
		}
		free(v);
	}
	printf("%s: %u inputs replayed\n", argv[0], inputs);
	return 0;
}
