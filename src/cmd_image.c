/*
 * airlock image import|list|rm: root file systems made from container
 * images, for `airlock run --image NAME` and sandboxes (image/image.h).
 */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli/data_dir.h"
#include "commands.h"
#include "image/image.h"

static const char usage[] =
    "usage: airlock image import SRC [--name NAME] [--replace] [--data-dir DIR]\n"
    "       airlock image list [--json] [--data-dir DIR]\n"
    "       airlock image rm NAME [--data-dir DIR]\n"
    "\n"
    "SRC is an OCI image layout (DIR, or DIR:TAG), a 'docker save' archive or an\n"
    "OCI archive; NAME defaults to the name the source gives (python:3.12-slim).\n"
    "The image is copied with skopeo and unpacked with umoci into\n"
    "DATA_DIR/images; 'airlock run --image NAME' and sandboxes run in it.\n";

struct image_args {
	const char *name, *data_dir;
	bool replace, json, help;
};

static int parse(int argc, char **argv, struct image_args *a)
{
	static const struct option opts[] = {
	    {"name", required_argument, NULL, 'n'}, {"replace", no_argument, NULL, 'r'},
	    {"json", no_argument, NULL, 'j'},	    {"data-dir", required_argument, NULL, 'd'},
	    {"help", no_argument, NULL, 'h'},	    {NULL, 0, NULL, 0},
	};
	int c;

	memset(a, 0, sizeof(*a));
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case 'n':
			a->name = optarg;
			break;
		case 'r':
			a->replace = true;
			break;
		case 'j':
			a->json = true;
			break;
		case 'd':
			a->data_dir = optarg;
			break;
		case 'h':
			a->help = true;
			break;
		case ':':
			print_error("option %s needs a value; see 'airlock image --help'",
				    argv[optind - 1]);
			return -1;
		default:
			print_error("unknown option '%s'; see 'airlock image --help'",
				    argv[optind - 1]);
			return -1;
		}
	}
	return 0;
}

static json_t *info_json(const struct image_info *i)
{
	return json_pack("{s:s, s:s, s:s, s:I, s:O?, s:s?, s:O?}", "name", i->name, "source",
			 i->source, "rootfs", i->rootfs, "imported_at", (json_int_t)i->imported_at,
			 "env", i->env, "cwd", i->cwd, "cmd", i->cmd);
}

static int do_list(const char *dir, bool as_json)
{
	struct image_info *v;
	size_t n;
	err_t err;

	if (image_list(dir, &v, &n, &err) < 0) {
		print_error("%s", err.msg);
		return EXIT_AIRLOCK;
	}
	if (as_json) {
		json_t *arr = json_array();
		for (size_t i = 0; i < n; i++)
			json_array_append_new(arr, info_json(&v[i]));
		json_dumpf(arr, stdout, JSON_INDENT(2));
		putchar('\n');
		json_decref(arr);
	} else {
		if (n > 0)
			printf("%-40s %-20s %s\n", "NAME", "IMPORTED", "SOURCE");
		for (size_t i = 0; i < n; i++) {
			char when[32];
			time_t t = (time_t)v[i].imported_at;
			strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S", gmtime(&t));
			printf("%-40s %-20s %s\n", v[i].name, when, v[i].source);
		}
	}
	image_list_free(v, n);
	return 0;
}

int cmd_image(int argc, char **argv)
{
	struct image_args a;
	char dir[4096];
	err_t err;

	if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		fputs(usage, argc < 2 ? stderr : stdout);
		return argc < 2 ? EXIT_AIRLOCK : 0;
	}
	const char *sub = argv[1];
	if (parse(argc - 1, argv + 1, &a) < 0)
		return EXIT_AIRLOCK;
	if (a.help) {
		fputs(usage, stdout);
		return 0;
	}
	int nargs = argc - 1 - optind;
	char **args = argv + 1 + optind;
	data_dir_default(a.data_dir, dir, sizeof(dir));
	if (strcmp(sub, "list") == 0 && nargs == 0)
		return do_list(dir, a.json);
	if (strcmp(sub, "import") == 0 && nargs == 1) {
		struct image_info info;
		if (image_import(dir, args[0], a.name, a.replace, &info, &err) < 0) {
			print_error("image import: %s", err.msg);
			return EXIT_AIRLOCK;
		}
		printf("%s\n", info.name);
		image_info_free(&info);
		return 0;
	}
	if (strcmp(sub, "rm") == 0 && nargs == 1) {
		if (image_remove(dir, args[0], &err) < 0) {
			print_error("image rm: %s", err.msg);
			return EXIT_AIRLOCK;
		}
		return 0;
	}
	print_error("'airlock image %s' takes %s; see 'airlock image --help'", sub,
		    strcmp(sub, "import") == 0 ? "one source"
		    : strcmp(sub, "rm") == 0   ? "one image name"
		    : strcmp(sub, "list") == 0 ? "no argument"
					       : "import, list or rm");
	return EXIT_AIRLOCK;
}
