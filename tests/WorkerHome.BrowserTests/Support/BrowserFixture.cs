using System.Collections.Concurrent;
using Microsoft.Playwright;
using WorkerHome.Testing;

namespace WorkerHome.BrowserTests.Support;

/// <summary>
/// One headless Debian Chromium for the whole run, driven by Playwright for .NET (its own browser download does
/// not work on these machines). Each test opens its own context: a phone or a desktop, in Chinese.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>How long an assertion (Expect) waits for the page to show what it expects.</summary>
    private const float ExpectTimeoutMs = 10_000;

    /// <summary>How long a click, fill or navigation waits.</summary>
    private const float ActionTimeoutMs = 30_000;

    public string? Unavailable { get; private set; }

    /// <summary>Where journeys leave screenshots for people to look at (artifacts/screenshots under test.sh).</summary>
    public static string ScreenshotDirectory { get; } =
        Environment.GetEnvironmentVariable("WORKERHOME_SCREENSHOTS") ?? Path.Combine(Path.GetTempPath(), "workerhome-screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"Chromium is not installed at {ChromiumPath} (./test.sh installs it).";
            return;
        }
        // CI runs the journeys two at a time on two cores beside both servers: a step that takes 1 s here can take
        // several there. Waits that pass return as soon as they pass, so a generous limit costs nothing; one that never
        // passes still fails.
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }

    /// <summary>A phone (390 × 844, touch) or a desktop (1440 × 900) page in zh-CN.</summary>
    public async Task<IPage> NewPageAsync(IServerApp web, bool phone, Action<BrowserNewContextOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(web);
        Assert.SkipWhen(Unavailable is not null, Unavailable ?? "");
        var options = new BrowserNewContextOptions
        {
            BaseURL = web.BaseUrl,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1440, Height = 900 },
            HasTouch = phone,
            IsMobile = phone,
        };
        configure?.Invoke(options);
        var context = await _browser!.NewContextAsync(options);
        context.SetDefaultTimeout(ActionTimeoutMs);
        await WatchContentSecurityPolicyAsync(context);
        return await context.NewPageAsync();
    }

    /// <summary>Content-Security-Policy violations seen by each test's pages, by test id (checked after each test).</summary>
    internal static ConcurrentDictionary<string, ConcurrentQueue<string>> PolicyViolations { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Records every Content-Security-Policy violation of the context's pages (the browser's console message and the
    /// page's securitypolicyviolation event) for <see cref="FailOnPolicyViolationsAttribute"/>.
    /// </summary>
    private static async Task WatchContentSecurityPolicyAsync(IBrowserContext context)
    {
        var violations = PolicyViolations.GetOrAdd(TestContext.Current.Test?.UniqueID ?? "", _ => new ConcurrentQueue<string>());
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Enqueue($"{message.Page?.Url}: {message.Text}");
            }
        };
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));");
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
    }
}
