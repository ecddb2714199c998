/* Hostile programs against --collect and the files a run takes: links
 * planted to the host's secrets, a directory swapped for a link in a loop,
 * fifos, sparse and huge files, floods of files and directories, and
 * names that try to leave the work directory. Run as root and rootless. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/harness.h"

TestSuite(collect, .timeout = 120);

/* No entry of files[] may carry content that is not the program's. */
static void no_host_content(json_t *r, const char *needle)
{
	json_t *files = json_object_get(r, "files"), *f;
	size_t i;
	cr_assert(json_is_array(files), "files missing: %s", json_dumps(r, 0));
	json_array_foreach(files, i, f)
	{
		const char *b64 = json_string_value(json_object_get(f, "content_base64"));
		cr_expect(b64 == NULL || strstr(b64, needle) == NULL, "%s carries host content",
			  jstr(f, "path"));
	}
}

static json_t *entry(json_t *r, const char *path)
{
	json_t *files = json_object_get(r, "files"), *f;
	size_t i;
	json_array_foreach(files, i, f) if (strcmp(jstr(f, "path"), path) == 0) return f;
	return NULL;
}

Test(collect, links_to_host_secrets_are_listed_not_read)
{
	/* a host file the sandbox cannot see, named by a link it plants */
	char marker[] = "/tmp/airlock-secret.XXXXXX";
	int fd = mkstemp(marker);
	cr_assert(fd >= 0);
	cr_assert_eq(write(fd, "HOSTSECRET", 10), 10);
	close(fd);
	char code[512];
	snprintf(code, sizeof(code),
		 "ln -s /etc/shadow shadow; ln -s %s secret; ln -s /etc/passwd pw; "
		 "ln -s ../../../../etc/passwd rel; echo done",
		 marker);
	const char *extra[] = {"--collect", "*", NULL};
	json_t *r = run_json("bash", code, extra);
	unlink(marker);
	cr_assert_str_eq(jstr(r, "status"), "ok");
	const char *links[] = {"shadow", "secret", "pw", "rel"};
	for (size_t i = 0; i < 4; i++) {
		json_t *f = entry(r, links[i]);
		cr_assert_not_null(f, "%s not listed: %s", links[i], json_dumps(r, 0));
		cr_expect(json_is_null(json_object_get(f, "content_base64")));
		cr_expect(json_is_null(json_object_get(f, "size")));
		cr_expect(strstr(jstr(f, "omitted"), "symbolic link") != NULL);
	}
	no_host_content(r, "SE9TVFNFQ1JFVA"); /* base64 of HOSTSECRET */
	no_host_content(r, "cm9vd");	      /* "root" */
	json_decref(r);
}

Test(collect, a_directory_link_is_never_walked)
{
	const char *extra[] = {"--collect", "etc", "--collect", "etc/*", "--collect", "up/*", NULL};
	json_t *r = run_json("bash", "ln -s /etc etc; ln -s / up; echo ok", extra);
	json_t *files = json_object_get(r, "files");
	cr_assert_eq(json_array_size(files), 1, "only the link itself: %s", json_dumps(files, 0));
	cr_expect_str_eq(jstr(json_array_get(files, 0), "path"), "etc");
	json_decref(r);
}

Test(collect, a_directory_swapped_for_a_link_in_a_loop)
{
	/* Processes left behind keep swapping out/ for a link to / while the run
	 * ends; the supervisor collects only once all of them are gone. */
	const char *extra[] = {"--collect", "out", "-w", test_seconds(5), NULL};
	json_t *r = run_json(
	    "bash",
	    "mkdir -p out real; echo mine > real/f; "
	    "for i in 1 2; do (setsid bash -c 'while :; do ln -sfn / l.tmp; mv -T l.tmp out; "
	    "rm -rf out; cp -r real out; done' &) ; done; sleep 0.3; echo go",
	    extra);
	json_t *files = json_object_get(r, "files"), *f;
	size_t i;
	json_array_foreach(files, i, f)
	{
		/* out/, out/f, out/real/f when one copy landed in another: only
		 * the program's own files, and links never followed. A copy cut
		 * by the end of the run holds nothing yet ("": cp made the file
		 * and had not written it). */
		const char *p = jstr(f, "path");
		const char *b64 = json_string_value(json_object_get(f, "content_base64"));
		cr_expect(strncmp(p, "out", 3) == 0, "walked out: %s", p);
		cr_expect(b64 == NULL || strcmp(b64, "bWluZQo=") == 0 || strcmp(b64, "") == 0,
			  "%s: not the program's: %s", p, b64);
	}
	no_host_content(r, "cm9vd");
	json_decref(r);
}

Test(collect, fifos_and_sockets_do_not_stall_the_collection)
{
	const char *extra[] = {"--collect", "*", NULL};
	json_t *r = run_json("python",
			     "import os, socket\nos.mkfifo('fifo')\n"
			     "s = socket.socket(socket.AF_UNIX); s.bind('sock')\n"
			     "try:\n    os.mknod('dev', 0o600 | 0o020000, os.makedev(1, 3))\n"
			     "except OSError as e:\n    print('mknod refused')",
			     extra);
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect_str_eq(jstr(r, "stdout"), "mknod refused\n");
	json_t *fifo = entry(r, "fifo"), *sock = entry(r, "sock");
	cr_assert_not_null(fifo);
	cr_expect(strstr(jstr(fifo, "omitted"), "fifo") != NULL);
	cr_assert_not_null(sock);
	cr_expect(strstr(jstr(sock, "omitted"), "socket") != NULL);
	json_decref(r);
}

Test(collect, a_sparse_file_of_a_terabyte_is_not_read)
{
	const char *extra[] = {"--collect", "huge", NULL};
	json_t *r = run_json("bash", "truncate -s 1T huge && echo made", extra);
	cr_assert_str_eq(jstr(r, "stdout"), "made\n", "%s", jstr(r, "stderr"));
	json_t *f = entry(r, "huge");
	cr_assert_not_null(f);
	cr_expect_eq(jint(f, "size"), 1LL << 40);
	cr_expect(json_is_null(json_object_get(f, "sha256")));
	cr_expect(json_is_null(json_object_get(f, "content_base64")));
	json_decref(r);
}

Test(collect, a_flood_of_files_and_a_deep_tree_are_cut)
{
	const char *extra[] = {"--collect", "*", NULL};
	json_t *r = run_json("python",
			     "import os\nfor i in range(3000): open('f%04d' % i, 'w').close()\n"
			     "p = 'd'\nfor i in range(200):\n    os.mkdir(p); p += '/d'\n"
			     "open(p + 'x', 'w').close()",
			     extra);
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_expect_eq(json_array_size(json_object_get(r, "files")), 256);
	cr_expect(jbool(r, "files_truncated"));
	json_decref(r);
}

Test(collect, files_the_program_made_unreadable_are_still_collected)
{
	const char *extra[] = {"--collect", "locked", NULL};
	json_t *r = run_json(
	    "bash", "mkdir locked; echo s > locked/f; chmod 000 locked/f; chmod 000 locked", extra);
	json_t *f = entry(r, "locked/f");
	cr_assert_not_null(f, "%s", json_dumps(r, 0));
	cr_expect_str_eq(jstr(f, "content_base64"), "cwo=");
	json_decref(r);
}

Test(collect, names_cannot_leave_the_work_directory)
{
	const char *cases[][2] = {
	    {"--collect", "../*"},
	    {"--collect", "/etc/*"},
	    {"--add", "/etc/hostname:../x"},
	    {"--add", "/etc/hostname:/tmp/x"},
	};
	for (size_t i = 0; i < 4; i++) {
		const char *argv[] = {airlock_bin(), "run",	  "-l",	       "bash", "-c",
				      "echo ran",    cases[i][0], cases[i][1], NULL};
		struct proc_out o;
		run_cmd(argv, NULL, 60, &o);
		cr_expect_eq(o.status, 125, "%s %s: %d %s", cases[i][0], cases[i][1], o.status,
			     o.err);
		cr_expect_eq(o.out_len, 0);
		proc_out_free(&o);
	}
}

Test(collect, environment_cannot_preload_code)
{
	const char *argv[] = {airlock_bin(), "run",	 "-l", "bash",
			      "-c",	     "echo ran", "-e", "LD_PRELOAD=/work/evil.so",
			      NULL};
	struct proc_out o;
	run_cmd(argv, NULL, 60, &o);
	cr_expect_eq(o.status, 125);
	cr_expect(strstr(o.err, "LD_PRELOAD") != NULL, "%s", o.err);
	proc_out_free(&o);
}
