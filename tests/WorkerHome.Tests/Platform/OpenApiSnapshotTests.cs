using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Platform;

/// <summary>
/// The OpenAPI document is committed next to this test, so every API change shows in a diff. After an
/// intended change, run with UPDATE_SNAPSHOTS=1 and commit the new file.
/// </summary>
public sealed class OpenApiSnapshotTests(SqliteApp app)
{
    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    [Fact]
    public async Task The_openapi_document_matches_the_committed_snapshot()
    {
        using var client = app.Anonymous();
        var actual = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";
        var path = Path.Combine(SourceDirectory(), "openapi.v1.json");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1" || !File.Exists(path) && Environment.GetEnvironmentVariable("CI") is null)
        {
            await File.WriteAllTextAsync(path, actual);
        }
        Assert.True(File.Exists(path), $"Missing snapshot {path}; run the tests once with UPDATE_SNAPSHOTS=1 and commit it.");
        var expected = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        Assert.True(expected == actual, "The API changed. If intended, run with UPDATE_SNAPSHOTS=1 and commit tests/WorkerHome.Tests/Platform/openapi.v1.json.");
    }

    [Fact]
    public async Task Every_operation_has_a_chinese_summary_and_tag()
    {
        using var client = app.Anonymous();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()).ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, op =>
        {
            var summary = op.Value!["summary"]?.GetValue<string>() ?? "";
            Assert.True(summary.Any(c => c >= 0x4E00 && c <= 0x9FFF), $"{op.Key}: summary should be Chinese: '{summary}'");
            Assert.NotNull(op.Value["tags"]);
        });
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
