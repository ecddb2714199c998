/* Network: a private namespace in both modes; nothing of the host's. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "lib/harness.h"

static const char *const modes[] = {"none", "loopback"};

/* A unix socket listening on the host, by path and by abstract name. */
static int listen_unix(const char *name, bool abstract)
{
	struct sockaddr_un a = {.sun_family = AF_UNIX};
	int s = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	socklen_t len;
	if (abstract) {
		a.sun_path[0] = '\0';
		strcpy(a.sun_path + 1, name);
		len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + strlen(name));
	} else {
		strcpy(a.sun_path, name);
		len = sizeof(a);
	}
	cr_assert_eq(bind(s, (struct sockaddr *)&a, len), 0);
	cr_assert_eq(listen(s, 4), 0);
	if (!abstract)
		chmod(name, 0777);
	fcntl(s, F_SETFL, O_NONBLOCK);
	return s;
}

Test(net, host_unix_sockets_are_unreachable)
{
	char path[64], abs_name[64], code[1024];
	snprintf(path, sizeof(path), "/tmp/airlock-sock-%d", getpid());
	snprintf(abs_name, sizeof(abs_name), "airlock-abstract-%d", getpid());
	int s1 = listen_unix(path, false), s2 = listen_unix(abs_name, true);
	snprintf(code, sizeof(code),
		 "import socket\n"
		 "for addr in ('%s', '\\0%s', '\\0/tmp/.X11-unix/X0', '/run/docker.sock',\n"
		 "             '/var/run/docker.sock', '/run/systemd/private'):\n"
		 "    s = socket.socket(socket.AF_UNIX)\n"
		 "    try:\n"
		 "        s.connect(addr); print('CONNECTED', repr(addr))\n"
		 "    except OSError:\n"
		 "        pass\n"
		 "print('done')\n",
		 path, abs_name);
	for (int m = 0; m < 2; m++) {
		const char *extra[] = {"--net", modes[m], NULL};
		json_t *r = run_json("python", code, extra);
		cr_expect_str_eq(jstr(r, "stdout"), "done\n", "--net %s: %s", modes[m],
				 jstr(r, "stdout"));
		json_decref(r);
	}
	cr_expect_lt(accept(s1, NULL, NULL), 0, "path socket was reached");
	cr_expect_lt(accept(s2, NULL, NULL), 0, "abstract socket was reached");
	close(s1);
	close(s2);
	unlink(path);
}

Test(net, none_means_no_network_at_all)
{
	json_t *r = run_json("python",
			     "import socket\ns = socket.socket()\n"
			     "try:\n    s.bind(('127.0.0.1', 0)); s.listen(); c = socket.socket()\n"
			     "    c.connect(s.getsockname()); print('LOOPBACK WORKS')\n"
			     "except OSError as e:\n    print('no network')\n",
			     NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "no network\n", "%s", jstr(r, "stdout"));
	json_decref(r);
}

Test(net, loopback_is_private_and_works)
{
	const char *extra[] = {"--net", "loopback", NULL};
	json_t *r = run_json("python",
			     "import socket\ns = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen()\n"
			     "c = socket.socket(); c.connect(s.getsockname()); a, _ = s.accept()\n"
			     "c.send(b'ping'); print(a.recv(4).decode())\n"
			     "import os; print(sorted(os.listdir('/sys/class/net')) if os.path.exists('/sys') "
			     "else [l.split(':')[0].strip() for l in open('/proc/net/dev').readlines()[2:]])",
			     extra);
	cr_assert_str_eq(jstr(r, "stdout"), "ping\n['lo']\n", "%s", jstr(r, "stdout"));
	json_decref(r);
}

Test(net, no_name_resolution)
{
	const char *extra[] = {"--net", "loopback", NULL};
	json_t *r = run_json("python",
			     "import socket\nfor h in ('example.com', 'metadata.google.internal'):\n"
			     "    try:\n        print('RESOLVED', socket.gethostbyname(h))\n"
			     "    except OSError:\n        pass\nprint(socket.gethostbyname('localhost'))",
			     extra);
	cr_assert_str_eq(jstr(r, "stdout"), "127.0.0.1\n", "%s", jstr(r, "stdout"));
	json_decref(r);
}

Test(net, udp_and_raw_do_not_leave)
{
	json_t *r = run_json("python",
			     "import socket\nsent = 0\n"
			     "for host in ('8.8.8.8', '10.0.2.3', '127.0.0.53'):\n"
			     "    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
			     "    try:\n        s.sendto(b'x', (host, 53)); sent += 1\n"
			     "    except OSError:\n        pass\n"
			     "print('sent', sent)",
			     NULL);
	cr_assert_str_eq(jstr(r, "stdout"), "sent 0\n", "%s", jstr(r, "stdout"));
	json_decref(r);
}
