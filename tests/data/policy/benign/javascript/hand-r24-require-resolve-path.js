// Prints where a dependency resolves from.
const name = process.argv[2] || "./package.json";
try {
  console.log(require.resolve(name));
} catch (e) {
  console.log("not found:", name);
}
