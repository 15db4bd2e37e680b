using System.Net;
using System.Text.RegularExpressions;

namespace WorkerHome.Testing;

/// <summary>Reading server-rendered pages in HTTP tests: the text as a browser shows it, and the form's antiforgery token.</summary>
public static partial class HtmlPages
{
    /// <summary>The page's HTML with character references decoded (the renderer encodes Chinese).</summary>
    public static async Task<string> TextAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        using (response)
        {
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>The first antiforgery token rendered on the page.</summary>
    public static string AntiforgeryToken(string page) => AntiforgeryField().Match(page).Groups[1].Value;

    /// <summary>A multipart upload of <paramref name="text"/> as field <c>file</c>, with the page's antiforgery token.</summary>
    public static MultipartFormDataContent UploadForm(string page, string text, string fileName) => new()
    {
        { new StringContent(AntiforgeryToken(page)), "__RequestVerificationToken" },
        { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), "file", fileName },
    };

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
