using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace WorkerHome.Testing;

/// <summary>
/// A test-only switch that removes one concurrency guard (seats, acceptances, budgets, payments), named by its setting.
/// A control test runs the race against a host with the switch on, to show the race test catches a missing guard.
/// </summary>
public interface IGuardSwitch
{
    static abstract string Key { get; }
}

/// <summary>A host with the guard named by <typeparamref name="TSwitch"/> removed, on SQLite.</summary>
public sealed class UnguardedSqliteApp<TSwitch> : SqliteApp where TSwitch : IGuardSwitch
{
    protected override void AddSettings(Dictionary<string, string?> settings) => GuardSwitches.TurnOff<TSwitch>(settings, base.AddSettings);
}

/// <summary>A host with the guard named by <typeparamref name="TSwitch"/> removed, on PostgreSQL.</summary>
public sealed class UnguardedPostgresApp<TSwitch> : PostgresApp where TSwitch : IGuardSwitch
{
    protected override void AddSettings(Dictionary<string, string?> settings) => GuardSwitches.TurnOff<TSwitch>(settings, base.AddSettings);
}

/// <summary>A Kestrel host (for real concurrent connections) with the guard removed, on SQLite.</summary>
public sealed class UnguardedSqliteServerApp<TSwitch> : SqliteServerApp where TSwitch : IGuardSwitch
{
    protected override void AddSettings(Dictionary<string, string?> settings) => GuardSwitches.TurnOff<TSwitch>(settings, base.AddSettings);
}

/// <summary>A Kestrel host with the guard removed, on PostgreSQL.</summary>
public sealed class UnguardedPostgresServerApp<TSwitch> : PostgresServerApp where TSwitch : IGuardSwitch
{
    protected override void AddSettings(Dictionary<string, string?> settings) => GuardSwitches.TurnOff<TSwitch>(settings, base.AddSettings);
}

public static class GuardSwitches
{
    internal static void TurnOff<TSwitch>(Dictionary<string, string?> settings, Action<Dictionary<string, string?>> baseSettings) where TSwitch : IGuardSwitch
    {
        ArgumentNullException.ThrowIfNull(settings);
        baseSettings(settings);
        settings[TSwitch.Key] = "true";
    }

    /// <summary>
    /// The switch must never work outside the Testing environment: adding the room with it on, and reading its
    /// options, fails in Production, Development and Staging with a message naming the switch.
    /// </summary>
    public static void AssertRefusedOutsideTesting<TSwitch, TOptions>(Action<IServiceCollection, IConfiguration, IHostEnvironment> addFeature)
        where TSwitch : IGuardSwitch where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(addFeature);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [TSwitch.Key] = "true" }).Build();
        foreach (var name in new[] { Environments.Production, Environments.Development, Environments.Staging })
        {
            var environment = new HostingEnvironment { EnvironmentName = name };
            var error = Record.Exception(() =>
            {
                var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton<IHostEnvironment>(environment);
                addFeature(services, configuration, environment);
                using var provider = services.BuildServiceProvider();
                _ = provider.GetRequiredService<IOptions<TOptions>>().Value;
            });
            Assert.True(error is InvalidOperationException or OptionsValidationException, $"{TSwitch.Key} was accepted in {name}.");
            Assert.Contains("UnguardedForTests", error!.Message, StringComparison.Ordinal);
        }
    }
}
