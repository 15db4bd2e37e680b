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
    my @all = grep { /\S/ } split /\n/, text($msg);
    my @lines = @all[0 .. ($#all < 7 ? $#all : 7)];
    print "  $_\n" for @lines;
    # A browser assertion's page snapshot starts with toasts and navigation; what the page showed is under "main".
    my ($main) = grep { $all[$_] =~ /^\s*- main:/ } 8 .. $#all;
    if (defined $main) { my $end = $main + 11 < $#all ? $main + 11 : $#all; print "  ...\n"; print "  $_\n" for @all[$main .. $end]; }
    my @at = grep { /\S/ } split /\n/, text($stack); @at = @at[0 .. ($#at < 3 ? $#at : 3)];
    print "  $_\n" for @at;
  }
}
