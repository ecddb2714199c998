const fs = require("fs");

const stream = new ReadableStream({
  start(controller) {
    controller.enqueue(fs.readFileSync(__dirname + "/notes.txt", "utf8"));
    controller.close();
  },
});
stream
  .getReader()
  .read()
  .then(({ value }) => console.log(value.split("\n").length, "lines"));
