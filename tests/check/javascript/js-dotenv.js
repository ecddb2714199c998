//@ pos .env
require("fs").readFileSync(".env", "utf8");
//@ pos .env joined to the project's directory
require("fs").readFileSync(require("path").join(__dirname, ".env"), "utf8");
//@ pos .env in a template
require("fs").readFileSync(`${process.cwd()}/.env`, "utf8");
//@ pos .env spelled by char codes
require("fs").readFileSync(String.fromCharCode(46, 101, 110, 118), "utf8");
//@ neg .env.example
require("fs").readFileSync(".env.example", "utf8");
//@ neg environment in a word
const name = "my.environment.json";
require("fs").readFileSync(name, "utf8");
//@ pos a regular expression that picks .env files in a walk
for (const f of require("fs").readdirSync(".", { recursive: true })) if (/(^|\/)\.env(\.local)?$/.test(f)) console.log(f);
//@ pos the same spelled with character classes and built by new RegExp
const re = new RegExp("^\\.[e]n" + "[v]$");
require("fs").readdirSync(".").filter((f) => re.test(f));
//@ neg a regular expression for environment names in a config file
const m = /^([A-Z_]+)=(.*)$/.exec("PORT=8080");
//@ neg a regular expression for .env.example only
require("fs").readdirSync(".").filter((f) => /^\.env\.example$/.test(f));
//@ pos the shell history read
require("fs").readFileSync(require("os").homedir() + "/.bash_history", "utf8");
//@ pos FileZilla's saved servers, one of a list of names
const path = require("path");
for (const n of ["sitemanager.xml", "recentservers.xml"]) require("fs").readFileSync(path.join(require("os").homedir(), ".config", "filezilla", n), "utf8");
//@ pos a chat client's token store
require("fs").readdirSync(`${process.env.HOME}/.config/discord/Local Storage/leveldb`);
//@ neg a project's own history file
require("fs").readFileSync("docs/history.md", "utf8");
//@ pos Signal's database key
require("fs").readFileSync(require("path").join(require("os").homedir(), ".config", "Signal", "config.json"), "utf8");
//@ pos Telegram Desktop's session directory
require("fs").readdirSync(`${process.env.HOME}/.local/share/TelegramDesktop/tdata`);
//@ neg a project's own config.json
require("fs").readFileSync(require("path").join(__dirname, "config", "config.json"), "utf8");
//@ pos the service-account key GOOGLE_APPLICATION_CREDENTIALS names
require("fs").readFileSync(process.env.GOOGLE_APPLICATION_CREDENTIALS, "utf8");
//@ pos the kubeconfig $KUBECONFIG names, through a name, streamed
const { createReadStream } = require("fs");
const kc = process.env.KUBECONFIG;
createReadStream(kc);
//@ neg a project's own setting from the environment
require("fs").readFileSync(process.env.APP_CONFIG_FILE, "utf8");
