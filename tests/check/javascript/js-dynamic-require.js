//@ pos require of a variable
const name = process.argv[2];
require(name);
//@ pos require of a concatenation
const cp = require('child_' + 'process');
//@ pos require of a template with a substitution
const lib = require(`./plugins/${plugin}`);
//@ pos dynamic import of a variable
const mod = await import(target);
//@ pos dynamic import of a concatenation
await import('fs' + '');
//@ pos require of a decoded name
require(atob('ZnM='));
//@ pos require of path.join that does not start at __dirname
const path = require('path');
require(path.join('child_process'));
//@ pos module.require
module.require('fs');
//@ pos process.mainModule.require
process.mainModule.require('os');
//@ pos require.main.require
require.main.require('./x');
//@ pos Module._load
require('module')._load('fs');
//@ pos module.constructor._load
module.constructor._load('child_process');
//@ pos require aliased
const r = require;
r(name);
//@ neg plain requires and imports
const fs = require('fs');
const path = require('node:path');
const x = require(`lodash`);
import os from 'os';
const { readFile } = await import('fs/promises');
//@ neg require relative to the file
const path = require('path');
const cfg = require(path.join(__dirname, 'config.json'));
const lib = require(path.resolve(__dirname, 'lib'));
//@ neg a method named require on another object
const loader = { require(n) { return n; } };
loader.require(name);
//@ neg require.resolve is not loading
const where = require.resolve('lodash');
//@ neg a parameter named require
function wrap(require, name) { return require(name); }
//@ pos a module name in fullwidth letters through a helper that applies NFKC
const plain = (s) => s.normalize('NFKC');
require(plain('ｃｈｉｌｄ＿ｐｒｏｃｅｓｓ'));
//@ pos a powerful module named in a Headers table
const h = new Headers({ "x-runner": "child_process" });
require(h.get("x-runner")).execSync("id");
