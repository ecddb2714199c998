/*
 * How a node started ahead (warm/node.c) ends its run: as a cold node
 * would, without tearing its isolate down.
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

/* While the node waits (node_addon.c's settle): a full collection that
 * gives V8's free pages back. */
extern "C" void airlock_node_low_memory(void)
{
	v8::Isolate *isolate = v8::Isolate::GetCurrent();
	if (isolate != nullptr)
		isolate->LowMemoryNotification();
}
