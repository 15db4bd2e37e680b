# Prints each failed test of the given .trx files with the first lines of its message and stack.
use strict; use warnings;
local $/;
my %ent = (quot => '"', amp => '&', lt => '<', gt => '>', apos => "'");
sub text { my $s = shift // ''; $s =~ s/&(quot|amp|lt|gt|apos);/$ent{$1}/g; $s =~ s/&#x([0-9a-fA-F]+);/chr(hex $1)/ge; $s }
for my $file (@ARGV) {
  open my $fh, '<', $file or next; my $xml = <$fh>;
  while ($xml =~ /<UnitTestResult\b([^>]*\boutcome="Failed"[^>]*)>(.*?)<\/UnitTestResult>/sg) {
    my ($attrs, $body) = ($1, $2);
    my ($name) = $attrs =~ /\btestName="([^"]*)"/;
    my ($msg) = $body =~ /<Message>(.*?)<\/Message>/s;
    my ($stack) = $body =~ /<StackTrace>(.*?)<\/StackTrace>/s;
    print "FAILED ", text($name), "\n";
    my @lines = (grep { /\S/ } split /\n/, text($msg)); @lines = @lines[0 .. ($#lines < 7 ? $#lines : 7)];
    print "  $_\n" for @lines;
    my @at = grep { /\S/ } split /\n/, text($stack); @at = @at[0 .. ($#at < 3 ? $#at : 3)];
    print "  $_\n" for @at;
  }
}
