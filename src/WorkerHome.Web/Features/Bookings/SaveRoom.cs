using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Sites;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Bookings;

/// <summary>A room and its booking rules, as staff enter them.</summary>
public sealed record RoomInput
{
    /// <summary>Room name, unique within the site.</summary>
    [Required(ErrorMessage = "请填写场地名称"), StringLength(60, ErrorMessage = "场地名称不超过 60 字")]
    public string Name { get; set; } = "";

    /// <summary>Kind of room.</summary>
    [Required(ErrorMessage = "请选择场地类型")]
    public RoomKind? Kind { get; set; }

    /// <summary>Most people at once.</summary>
    [Range(1, 500, ErrorMessage = "容纳人数应在 1 到 500 之间")]
    public int Capacity { get; set; } = 20;

    /// <summary>Slot length: 30, 60, 90 or 120 minutes.</summary>
    [AllowedValues(30, 60, 90, 120, ErrorMessage = "时段长度只能是 30、60、90 或 120 分钟")]
    public int SlotMinutes { get; set; } = 60;

    /// <summary>Book at least this many hours ahead (0–168).</summary>
    [Range(0, 168, ErrorMessage = "最少提前小时数应在 0 到 168 之间")]
    public int MinLeadHours { get; set; } = 2;

    /// <summary>Book at most this many days ahead (0–90).</summary>
    [Range(0, 90, ErrorMessage = "最多提前天数应在 0 到 90 之间")]
    public int MaxAdvanceDays { get; set; } = 14;

    /// <summary>Bookings per worker per ISO week (1–21).</summary>
    [Range(1, 21, ErrorMessage = "每周次数上限应在 1 到 21 之间")]
    public int WeeklyLimit { get; set; } = 2;

    /// <summary>Whether staff approve each booking.</summary>
    public bool RequiresApproval { get; set; }

    /// <summary>Minutes after the start before an unchecked booking is released (0–120).</summary>
    [Range(0, 120, ErrorMessage = "签到宽限应在 0 到 120 分钟之间")]
    public int CheckInGraceMinutes { get; set; } = 15;

    /// <summary>The site's function area the room belongs to.</summary>
    public int? FunctionAreaId { get; set; }

    /// <summary>What the room offers.</summary>
    [StringLength(500, ErrorMessage = "说明不超过 500 字")]
    public string? Description { get; set; }

    /// <summary>Whether the room takes bookings.</summary>
    public bool IsActive { get; set; } = true;
}

/// <summary>Staff add a room to a site in their scope, or change one; stopping a room keeps its bookings.</summary>
public sealed class SaveRoom(AppDbContext db, BookingsAccess access, TimeProvider time)
{
    public async Task<Outcome<RoomView>> CreateAsync(int siteId, RoomInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var site = await db.Sites.AsNoTracking().Where(s => s.Id == siteId && s.DeletedAt == null)
            .Select(s => new { s.UnionId }).FirstOrDefaultAsync(ct);
        if (site is null || !await access.CoversSiteAsync(siteId, ct))
        {
            return SitesProblems.NotFound;
        }
        var now = time.GetUtcNow();
        var room = new BookableRoom { SiteId = siteId, UnionId = site.UnionId, CreatedAt = now };
        return await SaveAsync(room, input, isNew: true, ct);
    }

    public async Task<Outcome<RoomView>> UpdateAsync(int roomId, RoomInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var room = await (await access.RoomsAsync(ct)).FirstOrDefaultAsync(r => r.Id == roomId, ct);
        return room is null ? BookingsProblems.RoomNotFound : await SaveAsync(room, input, isNew: false, ct);
    }

    private async Task<Outcome<RoomView>> SaveAsync(BookableRoom room, RoomInput input, bool isNew, CancellationToken ct)
    {
        var name = input.Name.Trim();
        AppProblem? problem = null;
        if (name.Length == 0)
        {
            problem = CommonProblems.Field("name", "请填写场地名称");
        }
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            problem = (problem ?? CommonProblems.Validation).WithError("kind", "请选择场地类型");
        }
        if (input.SlotMinutes is not (30 or 60 or 90 or 120))
        {
            problem = (problem ?? CommonProblems.Validation).WithError("slotMinutes", "时段长度只能是 30、60、90 或 120 分钟");
        }
        if (input.FunctionAreaId is { } areaId && !await db.FunctionAreas.AnyAsync(a => a.Id == areaId, ct))
        {
            problem = (problem ?? CommonProblems.Validation).WithError("functionAreaId", "未找到该功能区");
        }
        if (problem is not null)
        {
            return problem;
        }
        if (await db.BookableRooms.AnyAsync(r => r.SiteId == room.SiteId && r.Name == name && r.Id != room.Id, ct))
        {
            return BookingsProblems.RoomNameTaken.WithError("name", "该阵地已有同名场地");
        }
        room.Name = name;
        room.Kind = input.Kind!.Value;
        room.Capacity = input.Capacity;
        room.SlotMinutes = input.SlotMinutes;
        room.MinLeadHours = input.MinLeadHours;
        room.MaxAdvanceDays = input.MaxAdvanceDays;
        room.WeeklyLimit = input.WeeklyLimit;
        room.RequiresApproval = input.RequiresApproval;
        room.CheckInGraceMinutes = input.CheckInGraceMinutes;
        room.FunctionAreaId = input.FunctionAreaId;
        room.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        room.IsActive = input.IsActive;
        room.UpdatedAt = time.GetUtcNow();
        if (isNew)
        {
            db.BookableRooms.Add(room);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return BookingsProblems.RoomNameTaken.WithError("name", "该阵地已有同名场地");
        }
        return (await db.BookableRooms.AsNoTracking().Where(r => r.Id == room.Id).Select(RoomView.Projection).SingleAsync(ct)).Named();
    }
}
