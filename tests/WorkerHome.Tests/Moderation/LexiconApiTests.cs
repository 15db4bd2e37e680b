using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Moderation;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Testing;

namespace WorkerHome.Tests.Moderation;

public abstract class LexiconApiTests(TestApp app)
{
    /// <summary>A word no other test writes: a Chinese stem and a unique suffix (lower-case hex, as it is stored).</summary>
    private static string NewWord(string stem = "测敏") => stem + Guid.NewGuid().ToString("N")[..8];

    private Task<bool> InLexiconAsync(string word) => app.DbAsync(db => db.SensitiveWords.AnyAsync(w => w.Word == word));

    private Task<ScreenResult> ScreenAsync(string text) =>
        app.AsUserAsync<TextScreen, ScreenResult>(null, screen => screen.ScreenAsync(text, CancellationToken.None));

    [Fact]
    public async Task City_staff_add_several_words_one_per_line_trimmed_and_deduplicated()
    {
        using var staff = await app.As("leshan");
        var (first, second) = (NewWord(), NewWord());
        var added = await (await staff.PostJsonAsync("/api/moderation/words",
                new AddWordsRequest { Words = $"  {first}  \n\n{second}\r\n{first}\n", Category = "诈骗" }))
            .ReadAsync<AddWordsResult>(HttpStatusCode.Created);
        Assert.Equal([first, second], added.Added.Select(w => w.Word).ToList());
        Assert.All(added.Added, w => Assert.Equal("诈骗", w.Category));

        var listed = await (await staff.GetAsync($"/api/moderation/words?q={first}")).ReadAsync<PagedList<SensitiveWordItem>>();
        Assert.Equal(first, Assert.Single(listed.Items).Word);
    }

    [Fact]
    public async Task Words_are_stored_as_they_are_matched_and_the_category_defaults_to_other()
    {
        using var staff = await app.As("admin");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var added = await (await staff.PostJsonAsync("/api/moderation/words",
                new AddWordsRequest { Words = $"测 敏　ＡＢ{suffix.ToUpperInvariant()}" }))
            .ReadAsync<AddWordsResult>(HttpStatusCode.Created);
        var word = Assert.Single(added.Added);
        Assert.Equal($"测敏ab{suffix}", word.Word);
        Assert.Equal(SensitiveWord.OtherCategory, word.Category);
    }

    [Fact]
    public async Task A_word_already_in_the_lexicon_is_409_naming_it_and_nothing_is_added()
    {
        using var staff = await app.As("leshan");
        var (existing, fresh) = (NewWord(), NewWord());
        await (await staff.PostJsonAsync("/api/moderation/words", new AddWordsRequest { Words = existing })).ReadAsync<AddWordsResult>(HttpStatusCode.Created);

        var problem = await (await staff.PostJsonAsync("/api/moderation/words", new AddWordsRequest { Words = $"{fresh}\n{existing}" }))
            .ProblemAsync(HttpStatusCode.Conflict, "sensitive_word_exists");
        Assert.Contains(existing, Assert.Single(problem.Errors()["words"]), StringComparison.Ordinal);
        Assert.Equal(existing, Assert.Single(problem.GetProperty("duplicates").EnumerateArray()).GetString());
        Assert.False(await InLexiconAsync(fresh));
    }

    public static TheoryData<string, string> BadWords => new()
    {
        { "", "words" },
        { "\n \n", "words" },
        { new string('词', 51), "words" },
        { "！！！", "words" },
    };

    [Theory]
    [MemberData(nameof(BadWords))]
    public async Task Empty_overlong_or_wordless_lines_are_400_on_words(string words, string field)
    {
        using var staff = await app.As("leshan");
        var problem = await (await staff.PostJsonAsync("/api/moderation/words", new AddWordsRequest { Words = words }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.Errors().Keys);
    }

    [Fact]
    public async Task A_category_over_20_characters_is_400()
    {
        using var staff = await app.As("leshan");
        var problem = await (await staff.PostJsonAsync("/api/moderation/words",
                new AddWordsRequest { Words = NewWord(), Category = new string('类', 21) }))
            .ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("category", problem.Errors().Keys);
    }

    [Fact]
    public async Task County_staff_read_the_lexicon_but_may_not_change_it()
    {
        using var city = await app.As("leshan");
        var word = NewWord();
        var id = Assert.Single((await (await city.PostJsonAsync("/api/moderation/words", new AddWordsRequest { Words = word }))
            .ReadAsync<AddWordsResult>(HttpStatusCode.Created)).Added).Id;

        using var county = await app.As("emeishan");
        var listed = await (await county.GetAsync($"/api/moderation/words?q={word}")).ReadAsync<PagedList<SensitiveWordItem>>();
        Assert.Single(listed.Items);
        await (await county.PostJsonAsync("/api/moderation/words", new AddWordsRequest { Words = NewWord() }))
            .ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await county.DeleteAsync($"/api/moderation/words/{id}")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.True(await InLexiconAsync(word));
    }

    [Fact]
    public async Task Workers_and_anonymous_callers_cannot_see_the_lexicon()
    {
        using var worker = await app.As("worker03");
        await (await worker.GetAsync("/api/moderation/words")).ProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/moderation/words")).ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Removing_a_word_twice_is_404_the_second_time()
    {
        using var staff = await app.As("leshan");
        var word = NewWord();
        var id = Assert.Single((await (await staff.PostJsonAsync("/api/moderation/words", new AddWordsRequest { Words = word }))
            .ReadAsync<AddWordsResult>(HttpStatusCode.Created)).Added).Id;
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/moderation/words/{id}")).StatusCode);
        Assert.False(await InLexiconAsync(word));
        await (await staff.DeleteAsync($"/api/moderation/words/{id}")).ProblemAsync(HttpStatusCode.NotFound, "sensitive_word_not_found");
    }

    [Fact]
    public async Task A_word_added_is_caught_by_the_very_next_screening_and_a_removed_one_no_longer()
    {
        var word = NewWord("测屏");
        var text = $"这里有 {word[..1]} {word[1..]} 的说法";
        Assert.False((await ScreenAsync(text)).Flagged);

        using var staff = await app.As("leshan");
        var id = Assert.Single((await (await staff.PostJsonAsync("/api/moderation/words", new AddWordsRequest { Words = word }))
            .ReadAsync<AddWordsResult>(HttpStatusCode.Created)).Added).Id;
        Assert.Equal($"含敏感词：{word}", Assert.Single((await ScreenAsync(text)).Reasons));

        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/moderation/words/{id}")).StatusCode);
        Assert.False((await ScreenAsync(text)).Flagged);
    }

    [Fact]
    public async Task Lexicon_search_rejects_a_bad_page_size()
    {
        using var staff = await app.As("emeishan");
        var problem = await (await staff.GetAsync("/api/moderation/words?pageSize=0")).ProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("pageSize", problem.Errors().Keys);
    }

    public sealed class OnSqlite(SqliteApp app) : LexiconApiTests(app);

    public sealed class OnPostgres(PostgresApp app) : LexiconApiTests(app);
}
