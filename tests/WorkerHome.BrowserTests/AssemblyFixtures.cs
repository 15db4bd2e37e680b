using WorkerHome.BrowserTests.Support;
using WorkerHome.Testing;

[assembly: AssemblyFixture(typeof(SqliteServerApp))]
[assembly: AssemblyFixture(typeof(PostgresServerApp))]
[assembly: AssemblyFixture(typeof(BrowserFixture))]
[assembly: FailOnPolicyViolations]
