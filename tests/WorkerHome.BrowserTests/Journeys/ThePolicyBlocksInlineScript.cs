using WorkerHome.BrowserTests.Support;
using WorkerHome.Testing;

namespace WorkerHome.BrowserTests.Journeys;

/// <summary>
/// The control for the Content-Security-Policy check of every journey: an inline script put into a page is blocked
/// by the browser and recorded, so a page that rendered one would fail its journey.
/// </summary>
public sealed class ThePolicyBlocksInlineScript(SqliteServerApp web, BrowserFixture browser)
{
    [Fact]
    public async Task An_inline_script_is_blocked_and_recorded_as_a_violation()
    {
        var page = await browser.NewPageAsync(web, phone: true);
        await page.GotoAsync("/");
        var ran = await page.EvaluateAsync<bool>("""
            () => new Promise(resolve => {
              window.__inlineRan = false;
              document.addEventListener('securitypolicyviolation', () => setTimeout(() => resolve(window.__inlineRan), 100), { once: true });
              const script = document.createElement('script');
              script.textContent = 'window.__inlineRan = true;';
              document.body.appendChild(script);
              setTimeout(() => resolve(window.__inlineRan), 3000);
            })
            """);
        Assert.False(ran, "The inline script ran: the page has no Content-Security-Policy.");
        var test = TestContext.Current.Test!.UniqueID;
        for (var i = 0; i < 50 && (!BrowserFixture.PolicyViolations.TryGetValue(test, out var seen) || seen.IsEmpty); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.True(BrowserFixture.PolicyViolations.TryRemove(test, out var violations) && !violations.IsEmpty, "The violation was not recorded.");
        Assert.Contains(violations, v => v.Contains("script-src", StringComparison.Ordinal));
    }
}
