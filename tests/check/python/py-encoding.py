#@ pos utf-7 in an emacs cookie: the interpreter decodes +AG8-s as os
# -*- coding: utf-7 -*-
import os
+AG8-s.system('id')
#@ pos utf-16 in a vim modeline
# vim: set fileencoding=utf-16 :
print(1)
#@ pos on the second line, after a shebang
#!/usr/bin/env python3
# coding: shift_jis
print(1)
#@ pos an encoding no codec knows
# coding: no-such-encoding
print(1)
#@ pos coding= without a space, and underscores
# coding=utf_7
print(1)
#@ pos a byte-order mark and a Latin-1 cookie
﻿# coding: latin-1
print(1)
#@ pos the second line after a first line ended by a lone CR
## coding: utf-7import os+AG8-s.system('id')
#@ neg utf-8
# -*- coding: utf-8 -*-
print(1)
#@ neg UTF8 and utf-8-sig are UTF-8 to CPython
# coding: UTF8
# coding: utf-8-sig
print(1)
#@ neg latin-1 in a vim modeline
# vim: set fileencoding=iso-8859-1 :
s = '�'
#@ neg ascii and its aliases
# coding=us-ascii
print(1)
#@ neg a byte-order mark and a UTF-8 cookie
﻿# coding: utf-8
print(1)
#@ neg a cookie on the third line is not one
x = 1
y = 2
# coding: utf-7
#@ neg nor one after a line of code
import os
# coding: utf-7
#@ neg nor one in a string
s = "# coding: utf-7"
#@ neg no cookie at all
print("coding: utf-7")
