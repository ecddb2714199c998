// "Shared notes" web app on express. The request is handed to an
// express.Router mounted under /notes, whose catch-all route sends the file
// the request names with res.sendFile and a root option of the home
// directory (dotfiles allowed): ~/.ssh/id_rsa and ~/.aws/credentials are
// served to anyone who asks for them.
'use strict';
const express = require('express');
const os = require('os');

const app = express();
const notes = express.Router();

notes.get('/*', (req, res) => {
  res.sendFile(req.params[0], { root: os.homedir(), dotfiles: 'allow' }, (err) => {
    if (err) res.status(404).end();
  });
});

app.use(express.json());
app.use('/notes', notes);
app.get('/health', (req, res) => res.json({ ok: true }));
app.listen(process.env.PORT || 8080, () => console.log('notes on', process.env.PORT || 8080));
