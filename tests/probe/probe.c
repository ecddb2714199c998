/*
 * The probe: run inside airlock (as a C program, compiled in the sandbox),
 * it prints as JSON what the sandbox looks like from inside. The e2e tests
 * compare it with what the sandbox must be.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

static void status_field(const char *key)
{
	char line[256];
	FILE *f = fopen("/proc/self/status", "r");
	size_t n = strlen(key);
	while (f && fgets(line, sizeof(line), f))
		if (strncmp(line, key, n) == 0 && line[n] == ':') {
			char *v = line + n + 1;
			while (*v == ' ' || *v == '\t')
				v++;
			v[strcspn(v, "\n")] = '\0';
			printf("\"%s\":\"%s\",", key, v);
		}
	if (f)
		fclose(f);
}

static int writable(const char *dir)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/.probe-%d", dir, getpid());
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd < 0)
		return 0;
	close(fd);
	unlink(path);
	return 1;
}

static int up_interfaces(void)
{
	struct ifaddrs *ifa, *i;
	int n = 0;
	if (getifaddrs(&ifa) < 0)
		return -1;
	for (i = ifa; i; i = i->ifa_next)
		if ((i->ifa_flags & IFF_UP) && i->ifa_addr && i->ifa_addr->sa_family == AF_INET)
			n++;
	freeifaddrs(ifa);
	return n;
}

int main(void)
{
	char host[256] = "";
	static const char *const dirs[] = {"/",	   "/usr",     "/etc",	   "/work",
					   "/tmp", "/dev/shm", "/proc/sys"};
	static const char *const paths[] = {"/sys",
					    "/home",
					    "/root",
					    "/var",
					    "/srv",
					    "/etc/shadow",
					    "/etc/resolv.conf",
					    "/dev/tty",
					    "/dev/ptmx",
					    "/dev/kmsg",
					    "/dev/mem",
					    "/proc/kcore"};
	struct statvfs sv;
	DIR *d;
	struct dirent *de;
	int nproc = 0;

	gethostname(host, sizeof(host));
	printf("{\"uid\":%d,\"gid\":%d,\"euid\":%d,\"pid\":%d,\"ppid\":%d,\"sid_is_self\":%s,",
	       getuid(), getgid(), geteuid(), getpid(), getppid(),
	       getsid(0) == getpid() ? "true" : "false");
	printf("\"hostname\":\"%s\",\"cwd\":\"%s\",", host, get_current_dir_name());
	status_field("CapEff");
	status_field("CapPrm");
	status_field("CapBnd");
	status_field("CapAmb");
	status_field("NoNewPrivs");
	status_field("Seccomp");
	printf("\"ctty\":%s,", open("/dev/tty", O_RDWR) >= 0 ? "true" : "false");
	printf("\"writable\":{");
	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++)
		printf("%s\"%s\":%s", i ? "," : "", dirs[i], writable(dirs[i]) ? "true" : "false");
	printf("},\"exists\":{");
	for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
		struct stat st;
		printf("%s\"%s\":%s", i ? "," : "", paths[i],
		       stat(paths[i], &st) == 0 ? "true" : "false");
	}
	printf("},");
	if (statvfs("/work", &sv) == 0)
		printf("\"work_size_mb\":%llu,",
		       (unsigned long long)sv.f_blocks * sv.f_frsize >> 20);
	d = opendir("/proc");
	while (d && (de = readdir(d)))
		if (de->d_name[0] >= '0' && de->d_name[0] <= '9')
			nproc++;
	if (d)
		closedir(d);
	printf("\"processes\":%d,\"interfaces_up\":%d,", nproc, up_interfaces());
	printf("\"environ_count\":%d}\n", (int)({
		       extern char **environ;
		       int n = 0;
		       while (environ[n])
			       n++;
		       n;
	       }));
	return 0;
}
