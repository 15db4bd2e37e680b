using System.Net;

namespace WorkerHome.Infrastructure.Problems;

/// <summary>
/// A page in plain Chinese for a person (not JSON) when a page request cannot be served the normal way: one heading,
/// one sentence and the way back. Self-contained (inline style, no script), so it renders even when the app cannot.
/// </summary>
public static class PlainPage
{
    public static Task WriteAsync(HttpResponse response, int status, string title, string message, string backHref, string backText, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{WebUtility.HtmlEncode(title)}} · 职工之家</title>
            <style>body{font-family:system-ui,sans-serif;font-size:18px;line-height:1.6;margin:0;padding:24px;color:#222;background:#f5f5f5}
            main{max-width:32rem;margin:0 auto;background:#fff;border-radius:12px;padding:24px}h1{font-size:22px;color:#c8161d;margin-top:0}
            a{display:inline-block;margin-top:12px;padding:12px 20px;border-radius:24px;background:#c8161d;color:#fff;text-decoration:none}</style>
            </head><body><main><h1>{{WebUtility.HtmlEncode(title)}}</h1>
            <p>{{WebUtility.HtmlEncode(message)}}</p>
            <a href="{{WebUtility.HtmlEncode(backHref)}}">{{WebUtility.HtmlEncode(backText)}}</a></main></body></html>
            """, ct);
    }
}
