using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Needs;

/// <summary>A group's new title.</summary>
public sealed record RenameGroupRequest
{
    /// <summary>1 to 100 characters.</summary>
    [Required(ErrorMessage = "请填写标题")]
    [StringLength(100, ErrorMessage = "标题不能超过100个字")]
    public string Title { get; set; } = "";
}

/// <summary>Staff give a group a title of their own; automatic grouping leaves it alone from then on.</summary>
public sealed class RenameGroup(AppDbContext db, DataScope scope, NeedGroupViews views)
{
    public async Task<Outcome<NeedGroupView>> HandleAsync(int groupId, RenameGroupRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var title = request.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            return CommonProblems.Field("title", "请填写标题");
        }
        if (title.Length > 100)
        {
            return CommonProblems.Field("title", "标题不能超过100个字");
        }
        var group = await db.NeedGroups.FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null)
        {
            return NeedsProblems.GroupNotFound;
        }
        var path = await db.Unions.Where(u => u.Id == group.UnionId).Select(u => u.Path).FirstAsync(ct);
        if (!(await scope.GetAsync(ct)).Covers(path))
        {
            return NeedsProblems.GroupOutOfScope;
        }
        if (group.MergedIntoId is not null)
        {
            return NeedsProblems.GroupMerged;
        }
        group.Title = title;
        group.TitleSetByStaff = true;
        await db.SaveChangesAsync(ct);
        return await views.OneAsync(groupId, ct);
    }
}
