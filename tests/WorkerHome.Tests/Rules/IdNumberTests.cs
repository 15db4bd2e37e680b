using WorkerHome.Infrastructure.Privacy;

namespace WorkerHome.Tests.Rules;

public sealed class IdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X", "11010519491231002X")]
    [InlineData("11010519491231002x", "11010519491231002X")]
    [InlineData("110105 19491231 002X", "11010519491231002X")]
    public void A_number_with_a_right_check_character_is_normalized(string input, string expected)
    {
        Assert.True(IdNumbers.TryNormalize(input, out var normalized));
        Assert.Equal(expected, normalized);
        Assert.Equal(new DateOnly(1949, 12, 31), IdNumbers.BirthDate(normalized));
    }

    [Theory]
    [InlineData("110105194912310021")] // wrong check character
    [InlineData("11010519491331002X")] // month 13, even with a matching check character computed below
    [InlineData("1101051949123100")] // too short
    [InlineData("11010519491231002Y")]
    [InlineData("")]
    [InlineData(null)]
    public void A_malformed_number_is_refused(string? input) => Assert.False(IdNumbers.TryNormalize(input, out _));

    [Fact]
    public void An_impossible_birth_date_is_refused_even_with_a_matching_check_character()
    {
        const string first17 = "51110219900230123"; // 30 February
        Assert.False(IdNumbers.TryNormalize(first17 + IdNumbers.CheckCharacter(first17), out _));
        const string real = "51110219900228123";
        Assert.True(IdNumbers.TryNormalize(real + IdNumbers.CheckCharacter(real), out _));
    }
}
