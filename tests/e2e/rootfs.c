/*
 * What is inside a sandbox: --mount SRC:DEST (a read-only host directory or
 * file) and --rootfs DIR (another root file system), for one-shot runs and
 * for boxes. The root file system is a tiny one made here from the host's
 * bash and its libraries. Root and rootless.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/box.h"
#include "lib/harness.h"

static char dir[64], rootfs[128], data[128], mount_arg[300], rootfs_arg[140];

static void sh_host(const char *script)
{
	const char *argv[] = {"/bin/bash", "-ec", script, NULL};
	struct proc_out o;
	run_cmd(argv, NULL, 30, &o);
	cr_assert_eq(o.status, 0, "%s: %s", script, o.err);
	proc_out_free(&o);
}

static void setup(void)
{
	char script[2048];

	snprintf(dir, sizeof(dir), "/tmp/airlock-rootfs.XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	chmod(dir, 0755);
	snprintf(rootfs, sizeof(rootfs), "%s/rootfs", dir);
	snprintf(data, sizeof(data), "%s/data", dir);
	snprintf(script, sizeof(script),
		 "r=%s; mkdir -p $r/usr/bin $r/usr/lib/x86_64-linux-gnu $r/etc $r/lib64 %s; "
		 "ln -s usr/bin $r/bin; ln -s usr/lib $r/lib; cp /bin/bash /bin/cat /bin/ls "
		 "$r/usr/bin/; for l in $(ldd /bin/bash /bin/ls /bin/cat | grep -o '/lib[^ ]*' | "
		 "sort -u); do cp -L $l $r/usr/lib/x86_64-linux-gnu/; done; "
		 "cp -L /lib64/ld-linux-x86-64.so.2 $r/lib64/; echo ID=tinyimage > "
		 "$r/etc/os-release; echo 'evil:x:0:0::/:/bin/sh' > $r/etc/passwd; echo "
		 "'root:secret-hash:1::::::' > $r/etc/shadow; echo dataset > %s/d.csv; "
		 "chmod -R a+rX %s",
		 rootfs, data, data, dir);
	sh_host(script);
	snprintf(mount_arg, sizeof(mount_arg), "%s:/data", data);
	snprintf(rootfs_arg, sizeof(rootfs_arg), "%s", rootfs);
}

static void teardown(void)
{
	char script[200];
	snprintf(script, sizeof(script), "rm -rf %s", dir);
	sh_host(script);
}

TestSuite(rootfs, .init = setup, .fini = teardown, .timeout = 60);

Test(rootfs, run_in_another_root_with_a_mount)
{
	const char *extra[] = {"--rootfs", rootfs_arg, "--mount", mount_arg, NULL};
	json_t *r = run_json("bash",
			     "cat /etc/os-release /data/d.csv; echo /usr/bin/*; "
			     "while read -r l; do echo \"$l\"; done < /etc/passwd; "
			     "cat /etc/shadow 2>&1; echo > /data/new 2>&1 || echo read-only",
			     extra);
	const char *out = jstr(r, "stdout");
	cr_assert(strstr(out, "ID=tinyimage\ndataset\n"), "%s", out);
	cr_assert(strstr(out, "/usr/bin/bash /usr/bin/cat /usr/bin/ls\n"), "the host's /usr/bin shows: %s", out);
	cr_assert(strstr(out, "sandbox:x:1000"), "airlock's passwd: %s", out);
	cr_assert_null(strstr(out, "evil"), "the image's passwd: %s", out);
	cr_assert_null(strstr(out, "secret-hash"), "the image's shadow: %s", out);
	cr_assert(strstr(out, "read-only"), "%s", out);
	char host_new[160];
	snprintf(host_new, sizeof(host_new), "%s/new", data);
	cr_assert_eq(access(host_new, F_OK), -1);
	json_decref(r);
}

Test(rootfs, mount_a_file_and_a_directory_on_the_host_tree)
{
	const char *extra[] = {"--mount", mount_arg, "--mount", "/etc/os-release:/opt/host-os",
			       NULL};
	json_t *r = run_json("bash", "cat /data/d.csv; test -s /opt/host-os && echo file", extra);
	cr_assert_str_eq(jstr(r, "status"), "ok", "%s", jstr(r, "stderr"));
	cr_assert_str_eq(jstr(r, "stdout"), "dataset\nfile\n");
	json_decref(r);
}

Test(rootfs, bad_mounts_are_one_line_and_125)
{
	static const char *const bad[][2] = {
	    {"--mount", "/nonexistent-src:/data"}, {"--mount", "relative:/data"},
	    {"--mount", "/etc/os-release:/etc/passwd"}, {"--mount", "/usr:/usr/x"},
	    {"--mount", "/etc/os-release:/work/x"}, {"--mount", "/etc:/data/../proc"},
	    {"--mount", "nocolon"}, {"--rootfs", "/nonexistent-root"},
	    {"--rootfs", "relative/dir"}, {"--mount", "/etc/os-release:/"},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		const char *argv[] = {airlock_bin(), "run", bad[i][0], bad[i][1], "-l", "bash",
				      "-c", "true", NULL};
		struct proc_out o;
		run_cmd(argv, NULL, 30, &o);
		cr_assert_eq(o.status, 125, "%s %s: exit %d", bad[i][0], bad[i][1], o.status);
		cr_assert_eq(strchr(o.err, '\n'), o.err + strlen(o.err) - 1, "%s", o.err);
		cr_assert(strstr(o.err, bad[i][0] + 2) || strstr(o.err, "mount"), "%s", o.err);
		proc_out_free(&o);
	}
}

/* A source below a private directory is taken before the sandbox becomes
 * its user; the source itself must be readable by that user. */
Test(rootfs, private_parents_and_private_sources)
{
	char priv[160], ok[200], arg[240], script[400];
	snprintf(priv, sizeof(priv), "%s/private", dir);
	snprintf(ok, sizeof(ok), "%s/ok", priv);
	snprintf(script, sizeof(script), "mkdir -p %s && echo inside > %s/f && chmod 755 %s && "
					 "chmod 644 %s/f && chmod 700 %s",
		 ok, ok, ok, ok, priv);
	sh_host(script);
	snprintf(arg, sizeof(arg), "%s:/data", ok);
	const char *extra[] = {"--mount", arg, NULL};
	json_t *r = run_json("bash", "cat /data/f", extra);
	cr_assert_str_eq(jstr(r, "stdout"), "inside\n", "%s", jstr(r, "stderr"));
	json_decref(r);

	snprintf(arg, sizeof(arg), "%s:/data", priv);
	const char *argv[] = {airlock_bin(), "run", "--mount", arg, "-l", "bash", "-c", "ls /data",
			      NULL};
	struct proc_out o;
	run_cmd(argv, NULL, 30, &o);
	if (running_as_root()) {
		/* root's 0700 directory: the sandbox's user is not its owner */
		cr_assert_eq(o.status, 125);
		cr_assert(strstr(o.err, "chmod o+rX"), "%s", o.err);
	} else {
		/* rootless, the sandbox's user is the caller, its owner */
		cr_assert_eq(o.status, 0, "%s", o.err);
		cr_assert_str_eq(o.out, "ok\n");
	}
	proc_out_free(&o);
}

Test(rootfs, a_box_in_another_root_with_a_mount)
{
	struct box_spec spec;
	struct run_mount m = {data, "/data"};
	memset(&spec, 0, sizeof(spec));
	limits_default(&spec.limits);
	spec.rootfs = rootfs;
	spec.mounts = &m;
	spec.nmounts = 1;
	struct box *b = test_box_start(&spec);
	struct step_result r = test_box_sh(b, "cat /etc/os-release /data/d.csv; pwd", 10);
	cr_assert_eq(r.status, STATUS_OK, "%s", r.err.data);
	cr_assert_str_eq(r.out.data, "ID=tinyimage\ndataset\n/home/user\n");
	test_box_done(&r);
	test_box_end();
}

/* ---- images: airlock image import|list|rm, run --image ---- */

static int airlock_image(const char *data_dir, const char *a1, const char *a2, const char *a3,
			 const char *a4, struct proc_out *o)
{
	const char *argv[] = {airlock_bin(), "image", a1, "--data-dir", data_dir, a2, a3, a4, NULL};
	run_cmd(argv, NULL, 120, o);
	return o->status;
}

/* An OCI layout made with umoci from the tiny root file system, and a
 * docker archive of it made with skopeo. */
static void make_images(char *layout, size_t lsize, char *archive, size_t asize)
{
	char script[1500];
	snprintf(layout, lsize, "%s/layout", dir);
	snprintf(archive, asize, "%s/tiny.tar", dir);
	snprintf(script, sizeof(script),
		 "cd %s && umoci init --layout layout && umoci new --image layout:t && "
		 "umoci config --image layout:t --config.env GREETING=from-image "
		 "--config.workingdir /home/user --config.cmd /bin/bash && "
		 "umoci unpack %s --image layout:t bundle && cp -a rootfs/. bundle/rootfs/ && "
		 "umoci repack --image layout:t bundle && rm -rf bundle && "
		 "skopeo copy --quiet oci:layout:t docker-archive:tiny.tar:tiny:1 && "
		 "chmod -R a+rX %s",
		 dir, running_as_root() ? "" : "--rootless", dir);
	sh_host(script);
}

Test(rootfs, image_import_list_run_remove)
{
	if (access("/usr/bin/umoci", X_OK) != 0 || access("/usr/bin/skopeo", X_OK) != 0)
		cr_skip_test("umoci and skopeo are not installed (make deps)");
	char layout[200], archive[200], data_dir[200], ref[220];
	struct proc_out o;
	make_images(layout, sizeof(layout), archive, sizeof(archive));
	snprintf(data_dir, sizeof(data_dir), "%s/state", dir);

	cr_assert_eq(airlock_image(data_dir, "import", archive, NULL, NULL, &o), 0, "%s", o.err);
	cr_assert_str_eq(o.out, "tiny:1\n");
	proc_out_free(&o);
	snprintf(ref, sizeof(ref), "%s:t", layout);
	cr_assert_eq(airlock_image(data_dir, "import", ref, "--name", "tiny-oci", &o), 0, "%s",
		     o.err);
	proc_out_free(&o);
	/* the same name again: refused, unless replaced */
	cr_assert_eq(airlock_image(data_dir, "import", archive, NULL, NULL, &o), 125);
	cr_assert(strstr(o.err, "--replace"), "%s", o.err);
	proc_out_free(&o);
	cr_assert_eq(airlock_image(data_dir, "import", archive, "--replace", NULL, &o), 0, "%s",
		     o.err);
	proc_out_free(&o);

	cr_assert_eq(airlock_image(data_dir, "list", "--json", NULL, NULL, &o), 0, "%s", o.err);
	json_t *list = json_loads(o.out, 0, NULL);
	cr_assert_eq(json_array_size(list), 2, "%s", o.out);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(list, 0), "name")),
			 "tiny-oci");
	json_t *env = json_object_get(json_array_get(list, 1), "env");
	char *envs = json_dumps(env, 0);
	cr_assert(strstr(envs, "GREETING=from-image"), "%s", envs);
	free(envs);
	json_decref(list);
	proc_out_free(&o);

	const char *run[] = {airlock_bin(), "run",	   "--data-dir", data_dir, "--image",
			     "tiny:1",	    "-l",	   "bash",	 "-c",	   "cat /etc/os-release",
			     NULL};
	run_cmd(run, NULL, 30, &o);
	cr_assert_eq(o.status, 0, "%s", o.err);
	cr_assert_str_eq(o.out, "ID=tinyimage\n");
	proc_out_free(&o);

	cr_assert_eq(airlock_image(data_dir, "rm", "tiny:1", NULL, NULL, &o), 0, "%s", o.err);
	proc_out_free(&o);
	run_cmd(run, NULL, 30, &o);
	cr_assert_eq(o.status, 125);
	cr_assert(strstr(o.err, "no image 'tiny:1'"), "%s", o.err);
	proc_out_free(&o);
	/* nothing of the imports is left behind */
	char images[240];
	snprintf(images, sizeof(images), "ls -A %s/images | grep -c import || true", data_dir);
	const char *count[] = {"/bin/bash", "-c", images, NULL};
	run_cmd(count, NULL, 10, &o);
	cr_assert_str_eq(o.out, "0\n");
	proc_out_free(&o);
}

Test(rootfs, bad_image_sources_are_one_line_and_125)
{
	char data_dir[200], notimage[200];
	struct proc_out o;
	snprintf(data_dir, sizeof(data_dir), "%s/state", dir);
	snprintf(notimage, sizeof(notimage), "%s/data/d.csv", dir);
	static const char *const names[] = {"-bad", "a b", ""};
	cr_assert_eq(airlock_image(data_dir, "import", "/nonexistent.tar", NULL, NULL, &o), 125);
	cr_assert(strstr(o.err, "does not exist"), "%s", o.err);
	proc_out_free(&o);
	cr_assert_eq(airlock_image(data_dir, "import", notimage, NULL, NULL, &o), 125);
	cr_assert(strstr(o.err, "archive"), "%s", o.err);
	proc_out_free(&o);
	for (size_t i = 0; i < 3; i++) {
		cr_assert_eq(airlock_image(data_dir, "import", notimage, "--name", names[i], &o), 125);
		cr_assert_eq(strchr(o.err, '\n'), o.err + strlen(o.err) - 1, "%s", o.err);
		proc_out_free(&o);
	}
	cr_assert_eq(airlock_image(data_dir, "rm", "nothing", NULL, NULL, &o), 125);
	proc_out_free(&o);
}
