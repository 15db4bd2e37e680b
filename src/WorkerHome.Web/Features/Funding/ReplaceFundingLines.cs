using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Construction;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Funding;

/// <summary>One line of a ledger as the applicant enters it.</summary>
public sealed record FundingLineInput
{
    /// <summary>Subsidy, Matching or SelfRaised.</summary>
    [Required(ErrorMessage = "请选择经费来源")]
    public FundingSource? Source { get; set; }

    /// <summary>The paying union: a union above the applicant for subsidies and matching, the applicant itself for self-raised money.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "请选择出资工会")]
    public int FunderUnionId { get; set; }

    /// <summary>The amount in whole fen, zero or more.</summary>
    [Range(0, 100_000_000_000, ErrorMessage = "金额应在 0 到 10 亿元之间")]
    public long AmountFen { get; set; }

    /// <summary>A remark (the document the money comes from, say).</summary>
    [StringLength(200, ErrorMessage = "备注不能超过200个字")]
    public string? Note { get; set; }
}

/// <summary>The whole ledger of a draft project: its lines replace the ones saved before.</summary>
public sealed record FundingLinesInput
{
    /// <summary>The lines (at most 20); the ledger need not add up yet, the answer says what is missing.</summary>
    [MaxLength(20, ErrorMessage = "经费来源不能超过20项")]
    public List<FundingLineInput> Lines { get; set; } = [];
}

/// <summary>
/// The applicant's staff set a draft project's funding lines as a set. Saving does not require the ledger to be
/// complete (a draft may be half done); submission and selection do, through <see cref="FundingLedger"/>.
/// </summary>
public sealed class ReplaceFundingLines(AppDbContext db, DataScope scope, GetProjectFunding get, TimeProvider time)
{
    public async Task<Outcome<ProjectFunding>> HandleAsync(int projectId, FundingLinesInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var project = await db.ConstructionProjects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => new { p.Stage, p.UnionId, Path = db.Unions.Where(u => u.Id == p.UnionId).Select(u => u.Path).Single() })
            .SingleOrDefaultAsync(ct);
        if (project is null)
        {
            return FundingProblems.ProjectNotFound;
        }
        if (!(await scope.GetAsync(ct)).Covers(project.Path))
        {
            return FundingProblems.ProjectOutOfScope;
        }
        if (project.Stage != ProjectStage.Draft)
        {
            return FundingProblems.LedgerLocked;
        }
        if (await CheckAsync(input, project.UnionId, project.Path, ct) is { } problem)
        {
            return problem;
        }

        var now = time.GetUtcNow();
        Outcome<Done> saved;
        try
        {
            saved = await db.InTransactionAsync<Done>(async token =>
            {
                // Touching the project row under its stage condition locks it: a submission cannot slip in between
                // this check and the new lines.
                if (await db.ConstructionProjects.Where(p => p.Id == projectId && p.Stage == ProjectStage.Draft)
                        .ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedAt, now), token) == 0)
                {
                    return FundingProblems.LedgerLocked;
                }
                var existing = await db.FundingLines.Where(l => l.ProjectId == projectId).ToListAsync(token);
                foreach (var line in input.Lines)
                {
                    var kept = existing.Find(l => l.Source == line.Source && l.FunderUnionId == line.FunderUnionId);
                    if (kept is null)
                    {
                        kept = db.FundingLines.Add(new FundingLine { ProjectId = projectId, Source = line.Source!.Value, FunderUnionId = line.FunderUnionId, UnionId = project.UnionId }).Entity;
                    }
                    else
                    {
                        existing.Remove(kept);
                    }
                    kept.AmountFen = line.AmountFen;
                    kept.Note = string.IsNullOrWhiteSpace(line.Note) ? null : line.Note.Trim();
                    if (db.Entry(kept).State != EntityState.Unchanged)
                    {
                        kept.UpdatedAt = now;
                    }
                }
                db.FundingLines.RemoveRange(existing);
                await db.SaveChangesAsync(token);
                return Done.Value;
            }, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return CommonProblems.StaleVersion.WithDetail("经费来源刚被他人修改，请刷新后重试");
        }
        return saved.Succeeded ? await get.HandleAsync(projectId, ct) : saved.Problem;
    }

    /// <summary>Each funder is who it must be for its kind of money; no kind is given twice by the same union.</summary>
    private async Task<AppProblem?> CheckAsync(FundingLinesInput input, int applicantId, string applicantPath, CancellationToken ct)
    {
        var ids = input.Lines.Select(l => l.FunderUnionId).Distinct().ToList();
        var unions = await db.Unions.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        AppProblem? problem = null;
        var seen = new HashSet<(FundingSource, int)>();
        for (var i = 0; i < input.Lines.Count; i++)
        {
            var line = input.Lines[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"lines[{i}]");
            string? error = null;
            if (line.Source is not { } source)
            {
                problem = (problem ?? CommonProblems.Validation).WithError(field + ".source", "请选择经费来源");
                continue;
            }
            if (line.AmountFen < 0)
            {
                problem = (problem ?? CommonProblems.Validation).WithError(field + ".amountFen", "金额不能为负数");
            }
            if (!unions.TryGetValue(line.FunderUnionId, out var funderPath))
            {
                error = "出资工会不存在";
            }
            else if (source == FundingSource.SelfRaised && line.FunderUnionId != applicantId)
            {
                error = "基层自筹的出资方应为申报工会本身";
            }
            else if (source != FundingSource.SelfRaised && (line.FunderUnionId == applicantId || !applicantPath.StartsWith(funderPath, StringComparison.Ordinal)))
            {
                error = "上级补贴和逐级配套的出资方应为申报工会的上级工会";
            }
            if (error is not null)
            {
                problem = (problem ?? CommonProblems.Validation).WithError(field + ".funderUnionId", error);
            }
            else if (!seen.Add((source, line.FunderUnionId)))
            {
                problem = (problem ?? CommonProblems.Validation).WithError(field, "同一工会的同一类经费只能填一项");
            }
        }
        return problem;
    }
}
