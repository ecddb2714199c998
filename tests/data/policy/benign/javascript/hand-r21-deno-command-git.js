// Deno task: print the short log.
const cmd = new Deno.Command("git", { args: ["log", "--oneline", "-5"] });
const { stdout } = cmd.outputSync();
console.log(new TextDecoder().decode(stdout));
