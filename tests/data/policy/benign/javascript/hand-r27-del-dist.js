const { deleteSync } = require("del");
deleteSync(["dist/**", "coverage"], { dot: true });
