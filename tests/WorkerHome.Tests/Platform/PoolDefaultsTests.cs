using Npgsql;
using WorkerHome.Infrastructure.Persistence;

namespace WorkerHome.Tests.Platform;

/// <summary>The Npgsql pool settings the app adds to a PostgreSQL connection string, and keeps when the string sets its own.</summary>
public sealed class PoolDefaultsTests
{
    [Fact]
    public void A_plain_string_gets_automatic_preparation_and_no_reset_on_close()
    {
        var csb = new NpgsqlConnectionStringBuilder(PersistenceSetup.WithPoolDefaults("Host=db;Database=workerhome;Username=app"));
        Assert.Equal((200, 2, true), (csb.MaxAutoPrepare, csb.AutoPrepareMinUsages, csb.NoResetOnClose));
        Assert.Equal(("db", "workerhome", "app"), (csb.Host, csb.Database, csb.Username));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0, true)]
    [InlineData("Host=db;MaxAutoPrepare=0;No Reset On Close=false", 0, false)]
    [InlineData("Host=db;max auto prepare=50;noresetonclose=false", 50, false)]
    public void Values_the_string_sets_are_kept(string connectionString, int maxAutoPrepare, bool noResetOnClose)
    {
        var csb = new NpgsqlConnectionStringBuilder(PersistenceSetup.WithPoolDefaults(connectionString));
        Assert.Equal((maxAutoPrepare, noResetOnClose), (csb.MaxAutoPrepare, csb.NoResetOnClose));
    }
}
