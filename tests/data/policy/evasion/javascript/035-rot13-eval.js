// evasion: rot13 function decodes into eval
// grade: hard; does: shell
const rot = (s) => s.replace(/[a-z]/gi, (c) => String.fromCharCode((c <= "Z" ? 90 : 122) >= (c = c.charCodeAt(0) + 13) ? c : c - 26));
eval(rot('erdhver("puvyq_cebprff").rkrpFlap("vq")'));
