using System.Diagnostics;

namespace WorkerHome.Testing;

/// <summary>The checkout the tests run from: its root, and its scripts run as an operator would run them.</summary>
public static class Repository
{
    /// <summary>The folder holding WorkerHome.slnx, above the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Runs <c>scripts/{script}</c> with bash from the root; asserts it succeeds and returns what it printed.</summary>
    public static async Task<string> RunScriptAsync(string script, string[] arguments, CancellationToken ct, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Root };
        start.ArgumentList.Add(Path.Combine(Root, "scripts", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        Assert.True(process.ExitCode == 0, $"{script} failed: {await error}");
        return await output;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WorkerHome.slnx")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("WorkerHome.slnx not found above " + AppContext.BaseDirectory);
    }
}
