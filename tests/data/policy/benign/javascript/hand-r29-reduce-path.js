// Joins path pieces with reduce from the working directory and removes the result.
const fs = require("fs");
const root = ["/tmp-out", "/cache"].reduce((acc, part) => acc + part, ".");
fs.rmSync(root, { recursive: true, force: true });
