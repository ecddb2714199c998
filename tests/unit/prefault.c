/*
 * heap_prefault and stack_prefault (common/util.h), which `airlock check`
 * calls at its start: after them, using that much heap or stack takes no
 * page fault. Each test runs in a process of its own (criterion forks),
 * so the heap is that process's.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>

#include "common/util.h"

static long minor_faults(void)
{
	struct rusage ru;
	cr_assert_eq(getrusage(RUSAGE_SELF, &ru), 0);
	return ru.ru_minflt;
}

/* Writes every page of n bytes of blocks of 16 KiB (as an analysis
 * allocates: many blocks, none large); returns the page faults it took. */
static long touch_heap(size_t n)
{
	enum { BLOCK = 16 << 10 };
	char *b[64];
	size_t k = n / BLOCK;
	cr_assert_leq(k, 64);
	long before = minor_faults();
	for (size_t i = 0; i < k; i++) {
		b[i] = malloc(BLOCK);
		cr_assert_not_null(b[i]);
		for (size_t o = 0; o < BLOCK; o += 4096)
			((volatile char *)b[i])[o] = 1;
	}
	long faults = minor_faults() - before;
	for (size_t i = 0; i < k; i++)
		free(b[i]);
	return faults;
}

static void skip_without_populate(int ret)
{
	if (ret < 0 && errno == EINVAL)
		cr_skip_test("the kernel has no MADV_POPULATE_WRITE (before 5.14)");
	cr_assert_eq(ret, 0, "%s", strerror(errno));
}

/* AddressSanitizer's allocator is not glibc's: it keeps freed blocks
 * aside, and mallopt does not reach it. */
#if defined(__SANITIZE_ADDRESS__)
#define SKIP_UNDER_ASAN() cr_skip_test("the heap is AddressSanitizer's")
#else
#define SKIP_UNDER_ASAN() (void)0
#endif

Test(prefault, heap_used_after_it_takes_no_fault)
{
	SKIP_UNDER_ASAN();
	skip_without_populate(heap_prefault(512 << 10));
	long faults = touch_heap(448 << 10);
	cr_expect_leq(faults, 4, "448 KiB of heap after heap_prefault(512 KiB): %ld page faults",
		      faults);
	/* freed, it stays: the same again takes none either */
	faults = touch_heap(448 << 10);
	cr_expect_leq(faults, 4, "the second time: %ld page faults", faults);
}

/* Without it, the same use of the heap faults a page at a time: what the
 * test above measures is heap_prefault's doing. */
Test(prefault, heap_used_without_it_faults)
{
	long faults = touch_heap(448 << 10);
	cr_expect_geq(faults, 64, "448 KiB of fresh heap: only %ld page faults", faults);
}

static long thread_minor_faults(void)
{
	struct rusage ru;
	cr_assert_eq(getrusage(RUSAGE_THREAD, &ru), 0);
	return ru.ru_minflt;
}

__attribute__((noinline)) static void write_stack(size_t n)
{
	char *a = __builtin_alloca(n);
	for (size_t o = 0; o < n; o += 4096)
		((volatile char *)a)[o] = 1;
}

/* (counted from before the alloca: -fstack-clash-protection writes each
 * page of it as it grows the frame) */
static long touch_stack(size_t n)
{
	long before = thread_minor_faults();
	write_stack(n);
	return thread_minor_faults() - before;
}

struct stack_run {
	bool prefault;
	int ret, err;
	long faults;
};

/* In a new thread on a stack mapped for it (not one glibc kept from an
 * earlier thread): untouched below its top. */
static void *stack_thread(void *arg)
{
	struct stack_run *r = arg;
	if (r->prefault) {
		r->ret = stack_prefault(64 << 10);
		r->err = errno;
	}
	r->faults = touch_stack(48 << 10);
	return NULL;
}

static struct stack_run run_stack(bool prefault)
{
	struct stack_run r = {.prefault = prefault};
	size_t size = 1 << 20;
	void *stack = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	pthread_attr_t attr;
	pthread_t t;
	cr_assert_neq(stack, MAP_FAILED);
	cr_assert_eq(pthread_attr_init(&attr), 0);
	cr_assert_eq(pthread_attr_setstack(&attr, stack, size), 0);
	cr_assert_eq(pthread_create(&t, &attr, stack_thread, &r), 0);
	cr_assert_eq(pthread_join(t, NULL), 0);
	pthread_attr_destroy(&attr);
	munmap(stack, size);
	return r;
}

Test(prefault, stack_used_after_it_takes_no_fault)
{
	struct stack_run r = run_stack(true);
	errno = r.err;
	skip_without_populate(r.ret);
	cr_expect_leq(r.faults, 2, "48 KiB of stack after stack_prefault(64 KiB): %ld page faults",
		      r.faults);
}

Test(prefault, stack_used_without_it_faults)
{
	struct stack_run r = run_stack(false);
	cr_expect_geq(r.faults, 8, "48 KiB of a fresh stack: only %ld page faults", r.faults);
}

Test(prefault, nothing_to_do)
{
	cr_expect_eq(heap_prefault(0), -1);
	cr_expect_eq(stack_prefault(100), -1, "less than a page");
}
