//@ pos process.dlopen
const m = { exports: {} };
process.dlopen(m, '/tmp/x.node');
//@ pos ffi-napi
const ffi = require('ffi-napi');
const libc = ffi.Library('libc', { system: ['int', ['string']] });
//@ pos koffi imported
import koffi from 'koffi';
//@ pos a .node addon
const addon = require('./build/Release/addon.node');
//@ pos a worker that runs a string the analysis cannot know
const { Worker } = require('worker_threads');
new Worker(process.argv[2], { eval: true });
//@ pos process.binding of something else
process.binding('fs');
//@ pos dynamic import of an FFI library
const ffi = await import('ffi-rs');
//@ pos module._extensions
require('module')._extensions['.node'](m, '/tmp/x.node');
//@ neg a worker that runs a file
const { Worker } = require('worker_threads');
new Worker('./worker.js');
new Worker('./w.js', { eval: false });
//@ neg a worker that runs a constant string (read as the program's own)
const { Worker } = require('worker_threads');
new Worker(`const { parentPort } = require('worker_threads'); parentPort.postMessage(1);`, { eval: true });
//@ neg the word ffi in a string and a comment
// ffi-napi would load native code
console.log('ffi-napi', 'x.node');
//@ neg ordinary modules
const fs = require('fs');
const util = require('node:util');
import path from 'path';
//@ pos process.dlopen handed to Reflect.apply
Reflect.apply(process.dlopen, process, [m, '/tmp/x.node']);
//@ pos process.dlopen named through the Symbol registry, called in a closure's parameter
const name = Symbol.keyFor(Symbol.for('dl' + 'open'));
const load = ((target) => (...args) => Reflect.apply(target[name], target, args))(process);
//@ pos process.dlopen named by a symbol's description
process[Symbol('dlopen').description](m, '/tmp/x.node');
//@ neg Reflect.apply of an ordinary function, a symbol's description
Reflect.apply(Math.max, null, [1, 2]);
const tag = Symbol('dlopen');
console.log(tag.description, Symbol.keyFor(Symbol.for('x')));
//@ pos process handed to a function of the program's own, which loads a library through it
const load = (target, file) => target.dlopen({ exports: {} }, file);
load(process, '/tmp/x.node');
//@ neg a helper handed process for its streams
function write(proc, line) {
  proc.stdout.write(line + '\n');
}
write(process, 'ready');
//@ pos a SQLite extension loaded (better-sqlite3)
const Database = require('better-sqlite3');
new Database(':memory:').loadExtension('/tmp/libx.so');
//@ neg a SQLite query
const Database = require('better-sqlite3');
new Database(':memory:').prepare('SELECT 1').get();
//@ pos loadExtension by a computed name
const db = new (require('better-sqlite3'))(':memory:');
db['load' + 'Extension']('/tmp/libx.so');
//@ pos require.extensions, the CommonJS loader's table, by a computed key
const ext = '.' + 'node';
require.extensions[ext]({ exports: {} }, '/tmp/x.node');
//@ pos require.extensions destructured from require
const { extensions: { ['.node']: load } } = require;
load({ exports: {} }, '/tmp/x.node');
//@ pos the extensions of a require made by createRequire
const r = require('module').createRequire('/tmp/x/index.js');
r.extensions['.node']({ exports: {} }, '/tmp/x/a.node');
//@ pos SQLite's extension loading turned on for SQL's load_extension()
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(':memory:', { allowExtension: true });
db.enableLoadExtension(true);
db.exec("SELECT load_extension('/tmp/x.so')");
//@ pos bun:ffi's dlopen
const { dlopen } = require('bun:ffi');
dlopen('/tmp/x.so', {});
//@ pos Deno.dlopen
Deno.dlopen('/tmp/x.so', { f: { parameters: [], result: 'void' } });
