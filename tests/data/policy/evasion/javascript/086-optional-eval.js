// evasion: eval?.() of stdin
// grade: medium; does: shell
eval?.(require('fs').readFileSync(0, 'utf8'));
