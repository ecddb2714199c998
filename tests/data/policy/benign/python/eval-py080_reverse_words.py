def task_reverse_words(s):
    return " ".join(reversed(s.split()))

assert task_reverse_words('ud rlsomi edoea doecuua') == 'doecuua edoea rlsomi ud'
assert task_reverse_words('sn tncd bboumom de emem') == 'emem de bboumom tncd sn'
assert task_reverse_words('ecsrd eleltr') == 'eleltr ecsrd'
assert task_reverse_words('iadm cmobnt dlarn uad onuri') == 'onuri uad dlarn cmobnt iadm'
assert task_reverse_words('iss cn ubc ac adm rasa ucndeuu') == 'ucndeuu rasa adm ac ubc cn iss'
print("py080_reverse_words ok")
