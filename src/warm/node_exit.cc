/*
 * How a run forked from the node template (warm/node_addon.c) ends: as a
 * cold node would, without tearing its isolate down; and what a run needs
 * of node's C++ to be a copy of the template (its random numbers, a
 * platform without threads).
 *
 * Once a node's program is over -- its 'exit' event emitted and its exit
 * code known -- node frees its environment, disposes of its isolate and
 * its platform and runs the C library's exit handlers. Nothing of that
 * can be seen from outside but the time it takes: V8 unmaps its heap and
 * code pages one range at a time, each munmap a TLB shoot-down on every
 * CPU that ran one of node's threads, and at the end of a short run that
 * teardown is a third of its CPU time. So this part of the addon (C++:
 * node's embedder API) ends the process at the point where nothing that
 * could be seen is left to do, with the exit status node would give:
 *
 *  - process.exit(), process.reallyExit() and an uncaught exception end
 *    through node's process exit handler, with the code (after the 'exit'
 *    event, which process.exit emits itself): ours replaces node's;
 *  - a program whose event loop runs out ends through FreeEnvironment,
 *    after the 'exit' event and the exit code's last change (node reads
 *    it from process.exitCode): our cleanup hook, which node runs there,
 *    reads process.exitCode through node's own getter (the property
 *    cannot be redefined) and ends with it. Hooks added after ours (a
 *    program's own native modules) have run before it.
 *
 * Both then do what exit() would have done that a program could notice:
 * node's ResetStdio (its atexit handler: the terminal mode and O_NONBLOCK
 * of the standard streams) and the C library's buffered streams, then
 * _exit. Worker threads and the platform's threads end with the process.
 */
#include <node.h>
#include <stdint.h>
#include <sys/mman.h>
#include <memory>
#include <stdio.h>
#include <unistd.h>
#include <v8.h>

namespace node
{
void ResetStdio(); // node's atexit handler (exported, not declared)
}

namespace
{
/* never destroyed: when node ends its own way, its isolate is gone
 * before static destructors would run */
v8::Global<v8::Object> *process_object;
v8::Global<v8::Function> *exit_code_getter;

[[noreturn]] void end(int code)
{
	node::ResetStdio();
	fflush(nullptr);
	_exit(code);
}

/* process.exitCode as node turns it into a status: unset (undefined or
 * null) is 0, otherwise the integer the setter validated, as an int32. */
void at_cleanup(void *)
{
	v8::Isolate *isolate = v8::Isolate::GetCurrent();
	if (isolate == nullptr || exit_code_getter == nullptr)
		return;
	v8::HandleScope scope(isolate);
	v8::Local<v8::Context> context = isolate->GetCurrentContext();
	if (context.IsEmpty())
		return;
	v8::Isolate::AllowJavascriptExecutionScope allow(isolate);
	v8::TryCatch caught(isolate);
	v8::Local<v8::Value> value;
	v8::Local<v8::Function> getter = exit_code_getter->Get(isolate);
	if (!getter->Call(context, process_object->Get(isolate), 0, nullptr).ToLocal(&value))
		return; /* node's own way out */
	int32_t code = 0;
	if (!value->IsNullOrUndefined() && !value->Int32Value(context).To(&code))
		return;
	end(code);
}
} // namespace

/* Called from the addon's wait(), by the bootstrap, before any of the
 * program's code: process and its exitCode getter are node's own. */
extern "C" int airlock_node_quick_exit(void)
{
	v8::Isolate *isolate = v8::Isolate::GetCurrent();
	if (isolate == nullptr)
		return -1;
	v8::HandleScope scope(isolate);
	v8::Local<v8::Context> context = isolate->GetCurrentContext();
	node::Environment *env = context.IsEmpty() ? nullptr : node::GetCurrentEnvironment(context);
	v8::Local<v8::Value> process, desc, get;
	if (env == nullptr ||
	    !context->Global()
		 ->Get(context, v8::String::NewFromUtf8Literal(isolate, "process"))
		 .ToLocal(&process) ||
	    !process->IsObject() ||
	    !process.As<v8::Object>()
		 ->GetOwnPropertyDescriptor(context,
					    v8::String::NewFromUtf8Literal(isolate, "exitCode"))
		 .ToLocal(&desc) ||
	    !desc->IsObject() ||
	    !desc.As<v8::Object>()
		 ->Get(context, v8::String::NewFromUtf8Literal(isolate, "get"))
		 .ToLocal(&get) ||
	    !get->IsFunction())
		return -1;
	process_object = new v8::Global<v8::Object>(isolate, process.As<v8::Object>());
	exit_code_getter = new v8::Global<v8::Function>(isolate, get.As<v8::Function>());
	node::SetProcessExitHandler(env, [](node::Environment *, int code) { end(code); });
	node::AddEnvironmentCleanupHook(isolate, at_cleanup, nullptr);
	return 0;
}

/* V8's own, exported by node (not in its headers): the generator each
 * isolate seeds once from the kernel, and Math.random's state in a
 * context (zeroed: refilled from that generator on the next call). Weak,
 * as all of this file's references (the Makefile): null in a node that
 * has not got them. */
extern "C" void *airlock_v8_isolate_rng(void *isolate)
    __asm__("_ZN2v88internal7Isolate23random_number_generatorEv") __attribute__((weak));
extern "C" void airlock_v8_rng_set_seed(void *rng, int64_t seed)
    __asm__("_ZN2v84base21RandomNumberGenerator7SetSeedEl") __attribute__((weak));
extern "C" void airlock_v8_math_random_reset(uintptr_t native_context)
    __asm__("_ZN2v88internal10MathRandom12ResetContextENS0_7ContextE") __attribute__((weak));

/* In a run forked from the template: its own random numbers. Every copy
 * of the template holds the template's generator state; Math.random and
 * everything else V8 draws (hash seeds aside, fixed at start-up) would
 * repeat from run to run. -1 when this node cannot be reseeded: then it
 * must not serve runs. */
extern "C" int airlock_node_reseed(int64_t seed)
{
	v8::Isolate *isolate = v8::Isolate::GetCurrent();
	if (isolate == nullptr || &airlock_v8_isolate_rng == nullptr ||
	    &airlock_v8_rng_set_seed == nullptr || &airlock_v8_math_random_reset == nullptr)
		return -1;
	void *rng = airlock_v8_isolate_rng(isolate);
	if (rng == nullptr)
		return -1;
	airlock_v8_rng_set_seed(rng, seed);
	v8::HandleScope scope(isolate);
	v8::Local<v8::Context> context = isolate->GetCurrentContext();
	if (context.IsEmpty())
		return -1;
	/* a Local is the address of a slot holding the object's (tagged) address */
	airlock_v8_math_random_reset(*reinterpret_cast<uintptr_t *>(*context));
	return 0;
}

/* Whether this node has what airlock_node_reseed() calls. */
extern "C" int airlock_node_can_reseed(void)
{
	return &airlock_v8_isolate_rng != nullptr && &airlock_v8_rng_set_seed != nullptr &&
	       &airlock_v8_math_random_reset != nullptr;
}

/* Before the template serves: a full collection that gives V8's free pages
 * back, so that the runs forked from it copy less. */
extern "C" void airlock_node_low_memory(void)
{
	v8::Isolate *isolate = v8::Isolate::GetCurrent();
	if (isolate != nullptr)
		isolate->LowMemoryNotification();
}

/* node's platform (exported by node, not in its headers): its vtable and
 * the two functions through which V8 gives work to the platform's worker
 * threads. */
extern "C" void *airlock_node_platform_vtable[] __asm__("_ZTVN4node12NodePlatformE")
    __attribute__((weak));
extern "C" void airlock_node_call_on_worker(void *, void *) __asm__(
    "_ZN4node12NodePlatform18CallOnWorkerThreadESt10unique_ptrIN2v84TaskESt14default_deleteIS3_EE")
    __attribute__((weak));
extern "C" void airlock_node_call_delayed_on_worker(void *, void *, double) __asm__(
    "_ZN4node12NodePlatform25CallDelayedOnWorkerThreadESt10unique_ptrIN2v84TaskESt14default_"
    "deleteIS3_EEd") __attribute__((weak));

namespace
{
/* A task for a worker thread, run at once on the thread that gives it:
 * the same signature as NodePlatform's member functions (this, then the
 * task by invisible reference, destroyed by the caller). */
void run_now(void *, std::unique_ptr<v8::Task> task)
{
	task->Run();
}

void run_now_delayed(void *, std::unique_ptr<v8::Task> task, double)
{
	task->Run();
}
} // namespace

/* The template's runs have none of the platform's threads (a fork copies
 * only its caller), and a task given to them would never run: node waits
 * for every one before a program ends (DrainTasks), and V8 gives some even
 * single-threaded (a full collection clears weak references as a job).
 * So the worker tasks run on the thread that gives them, from the
 * template on -- which runs none after this. */
extern "C" int airlock_node_inline_worker_tasks(void)
{
	if (airlock_node_platform_vtable == nullptr || &airlock_node_call_on_worker == nullptr ||
	    &airlock_node_call_delayed_on_worker == nullptr)
		return -1;
	void **slot = nullptr, **delayed = nullptr;
	for (int i = 2; i < 64 && (slot == nullptr || delayed == nullptr); i++) {
		if (airlock_node_platform_vtable[i] == (void *)&airlock_node_call_on_worker)
			slot = &airlock_node_platform_vtable[i];
		if (airlock_node_platform_vtable[i] == (void *)&airlock_node_call_delayed_on_worker)
			delayed = &airlock_node_platform_vtable[i];
	}
	if (slot == nullptr || delayed == nullptr)
		return -1;
	long page = sysconf(_SC_PAGESIZE);
	uintptr_t lo = (uintptr_t)(slot < delayed ? slot : delayed) & ~(uintptr_t)(page - 1);
	uintptr_t hi = ((uintptr_t)(slot < delayed ? delayed : slot) + sizeof(void *) + page - 1) &
		       ~(uintptr_t)(page - 1);
	if (mprotect((void *)lo, hi - lo, PROT_READ | PROT_WRITE) < 0)
		return -1;
	*slot = (void *)&run_now;
	*delayed = (void *)&run_now_delayed;
	return mprotect((void *)lo, hi - lo, PROT_READ);
}
