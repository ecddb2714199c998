const { register } = require('node:module');
const { pathToFileURL } = require('node:url');
register('./hooks/ts-loader.mjs', pathToFileURL('./'));
