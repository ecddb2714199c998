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
