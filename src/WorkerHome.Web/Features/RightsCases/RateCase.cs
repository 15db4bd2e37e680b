using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.RightsCases;

/// <summary>The worker's rating of a closed case.</summary>
public sealed record RatingInput
{
    /// <summary>1 (很不满意) to 5 (很满意).</summary>
    [Required(ErrorMessage = "请选择评分")]
    [Range(1, 5, ErrorMessage = "评分为 1 到 5 分")]
    public int? Stars { get; init; }

    /// <summary>A comment, up to 500 characters (optional).</summary>
    [StringLength(500, ErrorMessage = "评价不超过 500 字")]
    public string? Comment { get; init; }
}

/// <summary>The worker rates its closed case once.</summary>
public sealed class RateCase(AppDbContext db, CaseAccess access, CaseJournal journal, TimeProvider time)
{
    public async Task<Outcome<Done>> HandleAsync(int id, RatingInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        AppProblem? problem = null;
        if (input.Stars is not (>= 1 and <= 5))
        {
            problem = CommonProblems.Field("stars", "评分为 1 到 5 分");
        }
        var comment = input.Comment?.Trim();
        if (comment is { Length: > 500 })
        {
            problem = (problem ?? CommonProblems.Validation).WithError("comment", "评价不超过 500 字");
        }
        if (problem is not null)
        {
            return problem;
        }
        var opened = await access.WorkerAsync(id, ct);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }
        if (opened.Value.Status != RightsCaseStatus.Closed)
        {
            return RightsCasesProblems.NotClosed;
        }
        var now = time.GetUtcNow();
        var stars = input.Stars!.Value;
        return await db.InTransactionAsync<Done>(async token =>
        {
            var rated = await db.RightsCases.Where(c => c.Id == id && c.Status == RightsCaseStatus.Closed && c.Rating == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Rating, stars).SetProperty(c => c.RatingComment, string.IsNullOrEmpty(comment) ? null : comment)
                    .SetProperty(c => c.RatedAt, now), token);
            if (rated != 1)
            {
                return RightsCasesProblems.AlreadyRated;
            }
            await journal.StepAsync(opened.Value, RightsStepKind.Rated, $"职工评价：{stars} 分" + (string.IsNullOrEmpty(comment) ? "" : $"。{comment}"), true, token);
            await db.SaveChangesAsync(token);
            return Done.Value;
        }, ct);
    }
}
