using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace WorkerHome.Testing;

/// <summary>
/// An app node in a process of its own: the built <c>WorkerHome.Web.dll</c> in the Production environment, on a
/// PostgreSQL database another host has already migrated and seeded, with the test hosts' personal-data keys (the
/// data-protection keys are in the database). Unlike an in-process host it can be killed with SIGKILL, as a crashed
/// or evicted node would be. It runs on the real clock.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private NodeProcess(Process process, StreamWriter log, string baseUrl, string logPath)
    {
        _process = process;
        _log = log;
        BaseUrl = baseUrl;
        LogPath = logPath;
    }

    public string BaseUrl { get; }

    /// <summary>Where the node's console output goes.</summary>
    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    public static async Task<NodeProcess> StartAsync(string connectionString, string name)
    {
        var web = Path.Combine(Repository.Root, "src", "WorkerHome.Web");
        var dll = Path.Combine(web, "bin", BuildConfiguration(), "net10.0", "WorkerHome.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build the solution first (./test.sh does).");
        }
        var logPath = Path.Combine(Environment.GetEnvironmentVariable("WORKERHOME_TEST_LOGS") ?? Path.GetTempPath(), $"node-{name}.log");
        var port = FreePort();
        var baseUrl = "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = web,
            ArgumentList = { dll, "--urls", baseUrl },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = "Postgres",
                ["Database__ConnectionString"] = connectionString,
                ["Database__SeedDemoData"] = "false",
                ["Database__DataDirectory"] = Path.Combine(Path.GetTempPath(), "workerhome-nodes", name),
                ["Privacy__EncryptionKey"] = TestApp.EncryptionKey,
                ["Privacy__LookupKey"] = TestApp.LookupKey,
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var node = new NodeProcess(process, log, baseUrl, logPath);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync(baseUrl + "/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return node;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        await node.DisposeAsync();
        throw new InvalidOperationException($"The node on {baseUrl} did not become ready; see {logPath}.");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, open requests and transactions cut off.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Release or Debug: the configuration the tests themselves were built in (…/bin/Release/net10.0/).</summary>
    private static string BuildConfiguration() =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
}
