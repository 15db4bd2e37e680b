using WorkerHome.Components.Common;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Infrastructure.Files;

/// <summary>
/// The end of a worker page's upload form post (<c>UploadForm.razor</c>): back to the page it came from, with
/// <c>uploaded=1</c> or <c>uploadError=</c> (the problem in one sentence: the field's message when there is one) added to
/// its query, scrolled to the anchor.
/// </summary>
public static class UploadFormPosts
{
    public static IResult Back<T>(string page, string anchor, Outcome<T> outcome)
    {
        ArgumentException.ThrowIfNullOrEmpty(page);
        var joiner = page.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        if (outcome.Succeeded)
        {
            return Results.LocalRedirect($"{page}{joiner}uploaded=1#{anchor}");
        }
        var message = FormProblems.FirstMessage(outcome.Problem);
        return Results.LocalRedirect($"{page}{joiner}uploadError={Uri.EscapeDataString(message)}#{anchor}");
    }
}
