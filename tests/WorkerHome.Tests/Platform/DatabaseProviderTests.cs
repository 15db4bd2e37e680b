using WorkerHome.Testing;

namespace WorkerHome.Tests.Platform;

public sealed class DatabaseProviderTests(SqliteApp sqlite, PostgresApp postgres)
{
    [Fact]
    public async Task Each_suite_runs_on_the_database_it_names()
    {
        Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", await sqlite.DbAsync(db => Task.FromResult(db.Database.ProviderName)));
        var dataSource = await sqlite.DbAsync(db => Task.FromResult(((Microsoft.Data.Sqlite.SqliteConnection)Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database)).DataSource));
        Assert.Contains("workerhome-tests", dataSource, StringComparison.Ordinal);
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", await postgres.DbAsync(db => Task.FromResult(db.Database.ProviderName)));
    }
}
