using Microsoft.Playwright;

namespace WorkerHome.BrowserTests.Support;

/// <summary>Steps shared by journeys, in the words a person would use.</summary>
public static class Journey
{
    public static async Task SignInAsync(IPage page, string account, string password = "Demo@2026")
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/login");
        await page.GetByLabel("手机号或账号").FillAsync(account);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    /// <summary>Opens a MudBlazor select by its label and picks an option by its text.</summary>
    public static async Task ChooseAsync(IPage page, string label, string option)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByLabel(label, new() { Exact = true }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        await page.Locator(".mud-popover-open").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}
