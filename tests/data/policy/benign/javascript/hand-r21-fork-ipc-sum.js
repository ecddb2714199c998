const { fork } = require("child_process");

if (process.argv[2] === "worker") {
  process.on("message", (nums) => {
    process.send(nums.reduce((a, b) => a + b, 0));
    process.exit(0);
  });
} else {
  const child = fork(__filename, ["worker"]);
  child.on("message", (total) => console.log("sum", total));
  child.send([1, 2, 3, 4]);
}
