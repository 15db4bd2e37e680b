using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using WorkerHome.Data.Seed;
using WorkerHome.Infrastructure.Persistence;

namespace WorkerHome.Infrastructure;

public static class StartupBanner
{
    /// <summary>Once the server listens: where it is and, with demo data, how to sign in.</summary>
    public static void PrintStartupBanner(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var database = app.Services.GetRequiredService<DatabaseOptions>();
            var twoFactor = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WorkerHome.Features.Account.StaffTwoFactorOptions>>().Value;
            var first = addresses.FirstOrDefault() ?? "http://localhost";
            var lines = new List<string>
            {
                "",
                "职工之家服务平台 WorkerHome 已启动",
                $"  地址:      {string.Join("  ", addresses)}",
                $"  职工端:    {first}/",
                $"  工作台:    {first}/console",
                $"  API 文档:  {first}/openapi/v1.json" + (app.Environment.IsDevelopment() ? $"  （浏览: {first}/scalar）" : ""),
                $"  两步验证:  {twoFactor.Describe()}（Auth:StaffTwoFactor）",
                $"  数据库:    {database.Provider}" + (database.Provider == DatabaseProvider.Sqlite ? $"（{database.DataDirectory}）" : ""),
            };
            if (database.SeedDemoData)
            {
                lines.Add($"  演示账号（密码均为 {DemoData.Password}）:");
                lines.AddRange(DemoData.Accounts.Select(a => $"    {a.UserName,-16} {a.Description}"));
            }
            lines.Add("");
            Console.WriteLine(string.Join(Environment.NewLine, lines));
        });
    }
}
