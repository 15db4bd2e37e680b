using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Unions;

/// <summary>A union node as staff enter it.</summary>
public sealed record UnionInput
{
    /// <summary>Full name, unique under its parent.</summary>
    [Required(ErrorMessage = "请填写工会名称")]
    [StringLength(100, ErrorMessage = "工会名称不能超过100个字")]
    public string Name { get; set; } = "";

    /// <summary>The node above (creation only; must be inside your scope).</summary>
    public int? ParentId { get; set; }

    /// <summary>Level; must be below the parent's.</summary>
    [Required(ErrorMessage = "请选择层级")]
    public UnionLevel? Level { get; set; }

    /// <summary>The region it serves (GB/T 2260 or township code), if any.</summary>
    [RegularExpression(@"^\d{6}(\d{3})?$", ErrorMessage = "区划代码应为6位或9位数字")]
    public string? RegionCode { get; set; }

    /// <summary>Order among siblings.</summary>
    [Range(0, 9999, ErrorMessage = "排序应在 0 到 9999 之间")]
    public int SortOrder { get; set; }
}

/// <summary>Adds a union under one in the caller's subtree, or edits one in it.</summary>
public sealed class SaveUnion(AppDbContext db, DataScope scope, TimeProvider time)
{
    public async Task<Outcome<UnionNode>> CreateAsync(UnionInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.ParentId is not { } parentId)
        {
            return CommonProblems.Field("parentId", "请选择上级工会");
        }
        var parent = await db.Unions.FirstOrDefaultAsync(u => u.Id == parentId, ct);
        if (parent is null)
        {
            return UnionsProblems.NotFound.WithError("parentId", "未找到上级工会");
        }
        if (!(await scope.GetAsync(ct)).Covers(parent.Path))
        {
            return UnionsProblems.OutOfScope;
        }
        var problem = await CheckAsync(input, parent.Level, ct);
        if (problem is not null)
        {
            return problem;
        }
        var union = new Union
        {
            Name = input.Name.Trim(),
            Level = input.Level!.Value,
            ParentId = parent.Id,
            RegionCode = string.IsNullOrEmpty(input.RegionCode) ? null : input.RegionCode,
            SortOrder = input.SortOrder,
            CreatedAt = time.GetUtcNow(),
            Path = parent.Path + "new/",
        };
        try
        {
            return await db.InTransactionAsync<UnionNode>(async token =>
            {
                db.Unions.Add(union);
                await db.SaveChangesAsync(token);
                union.PlaceUnder(parent);
                await db.SaveChangesAsync(token);
                return Node(union);
            }, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return UnionsProblems.DuplicateName;
        }
    }

    public async Task<Outcome<UnionNode>> UpdateAsync(int id, UnionInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var union = await db.Unions.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (union is null)
        {
            return UnionsProblems.NotFound;
        }
        if (!(await scope.GetAsync(ct)).Covers(union.Path))
        {
            return UnionsProblems.OutOfScope;
        }
        var parentLevel = union.ParentId is null
            ? (UnionLevel?)null
            : await db.Unions.Where(u => u.Id == union.ParentId).Select(u => u.Level).FirstAsync(ct);
        var problem = await CheckAsync(input, parentLevel, ct, union.ParentId, union.Id);
        if (problem is not null)
        {
            return problem;
        }
        union.Name = input.Name.Trim();
        union.Level = input.Level!.Value;
        union.RegionCode = string.IsNullOrEmpty(input.RegionCode) ? null : input.RegionCode;
        union.SortOrder = input.SortOrder;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return UnionsProblems.DuplicateName;
        }
        return Node(union);
    }

    private async Task<AppProblem?> CheckAsync(UnionInput input, UnionLevel? parentLevel, CancellationToken ct, int? parentId = null, int? selfId = null)
    {
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            return CommonProblems.Field("name", "请填写工会名称");
        }
        if (input.Level is not { } level || !Enum.IsDefined(level))
        {
            return CommonProblems.Field("level", "请选择层级");
        }
        if (parentLevel is { } above && level <= above)
        {
            return UnionsProblems.LevelOrder.WithError("level", $"上级为{above.Chinese()}，下级应低于此层级");
        }
        if (!string.IsNullOrEmpty(input.RegionCode) && !await db.Regions.AnyAsync(r => r.Code == input.RegionCode, ct))
        {
            return UnionsProblems.RegionUnknown.WithError("regionCode", "未找到该行政区划");
        }
        var name = input.Name.Trim();
        var parent = parentId ?? input.ParentId;
        if (await db.Unions.AnyAsync(u => u.ParentId == parent && u.Name == name && u.Id != selfId, ct))
        {
            return UnionsProblems.DuplicateName.WithError("name", "同一上级下已有同名工会组织");
        }
        return null;
    }

    private static UnionNode Node(Union union) =>
        new(union.Id, union.Name, union.Level, union.Level.Chinese(), union.RegionCode, union.SortOrder, []);
}
