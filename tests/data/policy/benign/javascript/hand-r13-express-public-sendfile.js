// Ordinary web app on express: serves files of its own ./public directory
// with res.sendFile (root option of the project's folder), reads its port
// and API key from a settings file in the home at start, and answers a
// JSON route that reads a project data file.
'use strict';
const express = require('express');
const fs = require('fs');
const os = require('os');
const path = require('path');

const settingsFile = path.join(os.homedir(), '.config', 'notes-app', 'settings.json');
const settings = fs.existsSync(settingsFile) ? JSON.parse(fs.readFileSync(settingsFile, 'utf8')) : {};

const app = express();
const api = express.Router();

api.get('/notes', (req, res) => {
  const data = JSON.parse(fs.readFileSync(path.join(__dirname, 'data', 'notes.json'), 'utf8'));
  const q = String(req.query.q || '').toLowerCase();
  res.json(data.filter((n) => n.title.toLowerCase().includes(q)));
});

app.use('/api', api);
app.get('/*', (req, res) => {
  res.sendFile(req.params[0] || 'index.html', { root: path.join(__dirname, 'public') }, (err) => {
    if (err) res.status(404).end();
  });
});
app.listen(settings.port || 8080);
