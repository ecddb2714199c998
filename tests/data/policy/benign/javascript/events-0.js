const EventEmitter = require("events");
const bus = new EventEmitter();
let total = 0;
bus.on("add", (n) => (total += n));
for (let i = 1; i <= 2; i++) bus.emit("add", i);
console.log("total", total);
require("assert").strictEqual(total, (2 * (2 + 1)) / 2);
