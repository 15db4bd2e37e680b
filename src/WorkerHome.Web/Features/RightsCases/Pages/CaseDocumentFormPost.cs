using WorkerHome.Infrastructure.Files;

namespace WorkerHome.Features.RightsCases.Pages;

/// <summary>The form post behind /me/rights/{id}'s 上传材料 (antiforgery checked; the API twin is for apps).</summary>
public static class CaseDocumentFormPost
{
    public static IEndpointRouteBuilder MapCaseDocumentFormPost(this IEndpointRouteBuilder app)
    {
        app.MapPost("/me/rights/{id:int}/documents", Upload).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Upload(int id, IFormFile? file, CaseDocuments handler, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        var outcome = await handler.UploadByWorkerAsync(id, new CaseUpload(content, file?.FileName, VisibleToWorker: true), ct);
        return UploadFormPosts.Back($"/me/rights/{id}", "documents", outcome);
    }
}
