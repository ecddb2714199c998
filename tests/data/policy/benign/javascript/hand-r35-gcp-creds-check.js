// Checks that GOOGLE_APPLICATION_CREDENTIALS points at a service-account file and prints its project.
const fs = require("fs");
const p = process.env.GOOGLE_APPLICATION_CREDENTIALS;
if (!p || !fs.existsSync(p)) {
  console.error("GOOGLE_APPLICATION_CREDENTIALS is not set to a file");
  process.exit(1);
}
const sa = JSON.parse(fs.readFileSync(p, "utf8"));
console.log(`project: ${sa.project_id} (${sa.type})`);
