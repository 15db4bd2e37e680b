using WorkerHome.BrowserTests.Support;

[assembly: AssemblyFixture(typeof(SqliteWebApp))]
[assembly: AssemblyFixture(typeof(PostgresWebApp))]
[assembly: AssemblyFixture(typeof(BrowserFixture))]
