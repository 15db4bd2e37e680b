using WorkerHome.Testing;

namespace WorkerHome.Tests.Security;

/// <summary>Signs in through the /login page's form, as a browser does: its antiforgery token and field names.</summary>
internal static class LoginForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string userName, string password)
    {
        var page = await (await client.GetAsync("/login")).Content.ReadAsStringAsync();
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = HtmlPages.AntiforgeryToken(page),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
    }
}
