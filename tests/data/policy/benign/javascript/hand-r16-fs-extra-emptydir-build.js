// An ordinary build step: empties the project's dist directory with
// fs-extra and copies the static files in.
'use strict';
const fse = require('fs-extra');
const path = require('path');

const dist = path.join(__dirname, 'dist');
fse.emptyDirSync(dist);
fse.copySync(path.join(__dirname, 'public'), dist);
console.log('dist ready');
