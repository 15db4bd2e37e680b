using Microsoft.Extensions.Logging;

namespace WorkerHome.Testing;

/// <summary>
/// Keeps the server's warnings and errors of a test run in a file next to the test results, so a 500 seen by
/// a test can be traced to its exception (the runner does not show the host's console).
/// </summary>
internal sealed class ErrorLog(string path) : ILoggerProvider
{
    private readonly Lock _lock = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(string text)
    {
        lock (_lock)
        {
            File.AppendAllText(path, text);
        }
    }

    private sealed class Logger(ErrorLog owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Write($"{DateTime.UtcNow:O} {logLevel} {category}: {formatter(state, exception)}{Environment.NewLine}{exception}{Environment.NewLine}");
            }
        }
    }
}
