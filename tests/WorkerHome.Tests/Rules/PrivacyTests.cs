using WorkerHome.Infrastructure.Privacy;

namespace WorkerHome.Tests.Rules;

public sealed class PrivacyTests
{
    private static readonly PersonalDataProtector Protector = new(new PrivacyKeys(new byte[32], Enumerable.Repeat((byte)7, 32).ToArray()));

    [Fact]
    public void Encryption_round_trips_and_never_repeats_a_ciphertext()
    {
        var a = Protector.Encrypt("13812345678");
        var b = Protector.Encrypt("13812345678");
        Assert.NotEqual(a, b);
        Assert.DoesNotContain("13812345678", a, StringComparison.Ordinal);
        Assert.Equal("13812345678", Protector.Decrypt(a));
    }

    [Fact]
    public void A_tampered_ciphertext_is_refused()
    {
        var bytes = Convert.FromBase64String(Protector.Encrypt("13812345678"));
        bytes[^1] ^= 1;
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => Protector.Decrypt(Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void Lookup_hashes_are_stable_and_keyed()
    {
        Assert.Equal(Protector.Lookup("13812345678"), Protector.Lookup("13812345678"));
        var other = new PersonalDataProtector(new PrivacyKeys(new byte[32], new byte[32]));
        Assert.NotEqual(Protector.Lookup("13812345678"), other.Lookup("13812345678"));
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("", "")]
    public void Phones_are_masked(string phone, string masked) => Assert.Equal(masked, Masking.Phone(phone));

    [Fact]
    public void Id_numbers_and_names_are_masked()
    {
        Assert.Equal("5111**********1234", Masking.IdNumber("511102199001011234"));
        Assert.Equal("张**", Masking.Name("张三丰"));
    }

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("+86 138-1234-5678", true)]
    [InlineData("12812345678", false)]
    [InlineData("1381234567", false)]
    [InlineData(null, false)]
    public void Mainland_mobile_numbers_are_recognised(string? input, bool ok) => Assert.Equal(ok, PhoneNumbers.TryNormalize(input, out _));
}
