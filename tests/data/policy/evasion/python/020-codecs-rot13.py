# evasion: codecs rot13 into exec
# grade: medium; does: shell
import codecs
exec(codecs.decode("vzcbeg bf; bf.flfgrz('vq')", "rot13"))
