const crypto = require("crypto");
const h = crypto.createHash("sha256").update("sigma").digest("hex");
console.log(h.slice(0, 16));
const id = crypto.randomUUID();
console.log(id.length === 36);
