# evasion: pydoc.pipepager runs its pager command in a shell
# grade: very hard; does: shell
import pydoc
pydoc.pipepager("", "id")
