const tasks = new Map([
  [Symbol("compile"), () => "ok"],
  [Symbol("bundle"), () => "ok"],
]);
for (const [key, run] of tasks) {
  console.log(`${key.description}: ${run()}`);
}
