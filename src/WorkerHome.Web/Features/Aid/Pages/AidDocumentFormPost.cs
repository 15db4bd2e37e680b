using WorkerHome.Infrastructure.Files;

namespace WorkerHome.Features.Aid.Pages;

/// <summary>The form post behind /me/aid's 上传证明材料 (antiforgery checked; the API twin is for apps).</summary>
public static class AidDocumentFormPost
{
    public static IEndpointRouteBuilder MapAidDocumentFormPost(this IEndpointRouteBuilder app)
    {
        app.MapPost("/me/aid/{id:int}/documents", Upload).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Upload(int id, IFormFile? file, AidDocuments handler, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        var outcome = await handler.UploadByWorkerAsync(id, content, file?.FileName, ct);
        return UploadFormPosts.Back($"/me/aid?application={id}", $"aid-{id}", outcome);
    }
}
