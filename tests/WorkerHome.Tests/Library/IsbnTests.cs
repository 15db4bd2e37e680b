using WorkerHome.Features.Library;

namespace WorkerHome.Tests.Library;

public sealed class IsbnTests
{
    [Theory]
    [InlineData("978-7-5302-1208-0", "9787530212080")]
    [InlineData("9787020024759", "9787020024759")]
    [InlineData("0-201-61622-X", "020161622X")]
    [InlineData("0-306-40615-2", "0306406152")]
    [InlineData("0 306 40615 2", "0306406152")]
    public void Valid_isbns_are_accepted_without_hyphens_and_spaces(string input, string expected)
    {
        Assert.True(Isbn.TryNormalize(input, out var isbn));
        Assert.Equal(expected, isbn);
    }

    [Theory]
    [InlineData("9787530212084")]
    [InlineData("0-306-40615-3")]
    [InlineData("978753021208")]
    [InlineData("97875302120X4")]
    [InlineData("X306406152")]
    [InlineData("")]
    [InlineData(null)]
    public void A_wrong_check_digit_or_length_is_refused(string? input) => Assert.False(Isbn.TryNormalize(input, out _));
}
