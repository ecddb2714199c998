// Deno build task: clear the output folder before bundling.
const out = "./dist";
try {
  Deno.removeSync(out, { recursive: true });
} catch (_) {
  // nothing to clear
}
console.log("dist cleared");
