const { rimrafSync } = require("rimraf");
const path = require("path");
rimrafSync(path.join(__dirname, "build", "**"), { glob: true });
