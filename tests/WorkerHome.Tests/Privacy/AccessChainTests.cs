using WorkerHome.Infrastructure.Privacy;

namespace WorkerHome.Tests.Privacy;

/// <summary>The chain catches an altered, a removed and an inserted entry (checked in memory: the database forbids all three).</summary>
public sealed class AccessChainTests
{
    private static List<SensitiveAccess> Chain(int length)
    {
        var entries = new List<SensitiveAccess>();
        var previous = "";
        for (var i = 1; i <= length; i++)
        {
            var e = new SensitiveAccess
            {
                Id = i, At = new DateTimeOffset(2026, 12, 2, 2, i, 0, TimeSpan.Zero), UserName = "leshan", EntityType = "Member", EntityId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Field = "IdNumber", Label = "张*", UnionId = 1, Reason = "核对会员身份", PreviousHash = previous,
            };
            e.Hash = SensitiveAccessChain.HashOf(e);
            previous = e.Hash;
            entries.Add(e);
        }
        return entries;
    }

    private static ChainCheck Walk(IEnumerable<SensitiveAccess> entries)
    {
        var walk = new SensitiveAccessChain.ChainWalk();
        walk.Accept(entries);
        return walk.Result;
    }

    [Fact]
    public void An_untouched_chain_verifies() => Assert.Equal(new ChainCheck(5, true, null), Walk(Chain(5)));

    [Fact]
    public void An_altered_reason_breaks_the_chain_at_that_entry()
    {
        var entries = Chain(5);
        entries[2].Reason = "随便看看";
        Assert.Equal(new ChainCheck(2, false, 3), Walk(entries));
    }

    [Fact]
    public void A_removed_entry_breaks_the_chain_at_the_next()
    {
        var entries = Chain(5);
        entries.RemoveAt(1);
        Assert.Equal(new ChainCheck(1, false, 3), Walk(entries));
    }

    [Fact]
    public void A_rehashed_forgery_still_breaks_at_its_successor()
    {
        var entries = Chain(5);
        entries[1].Reason = "伪造";
        entries[1].Hash = SensitiveAccessChain.HashOf(entries[1]);
        Assert.Equal(new ChainCheck(2, false, 3), Walk(entries));
    }
}
