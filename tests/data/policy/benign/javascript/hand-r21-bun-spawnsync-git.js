// Print the current branch under the Bun runtime.
const proc = Bun.spawnSync(["git", "rev-parse", "--abbrev-ref", "HEAD"]);
console.log(proc.stdout.toString().trim());
