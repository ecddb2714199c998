// Remove the generated cache for this user's project.
const fs = require('fs');
const path = require('path');
const user = process.env.USER || 'dev';
fs.rmSync(path.join('/home', user, 'project', '.cache'), { recursive: true, force: true });
