"""A playlist that can be played backwards."""


class Playlist:
    def __init__(self, songs):
        self.songs = list(songs)

    def __reversed__(self):
        yield from reversed(self.songs)


for song in reversed(Playlist(["a", "b", "c"])):
    print(song)
