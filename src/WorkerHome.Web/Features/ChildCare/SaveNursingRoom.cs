using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.ChildCare;

/// <summary>Staff of the site's union add or edit a nursing room. Places never drop below the places in use.</summary>
public sealed class SaveNursingRoom(AppDbContext db, CareAccess access, NursingRoomViews views, TimeProvider time)
{
    public async Task<Outcome<NursingRoomView>> HandleAsync(int? id, NursingRoomInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var site = await db.Sites.AsNoTracking().Where(s => s.Id == input.SiteId && s.DeletedAt == null)
            .Select(s => new { s.Id, s.UnionId }).FirstOrDefaultAsync(ct);
        if (site is null || !await access.CoversAsync(site.UnionId, ct))
        {
            return ChildCareProblems.SiteNotFound.WithError("siteId", "未找到该阵地，或不在您的管理范围内");
        }
        if ((input.OpensAt is null) != (input.ClosesAt is null))
        {
            return CommonProblems.Field("closesAt", "开放与关闭时间要么都填，要么都不填（随阵地开放）");
        }
        if (input.OpensAt is { } opens && input.ClosesAt is { } closes && closes <= opens)
        {
            return CommonProblems.Field("closesAt", "关闭时间应晚于开放时间");
        }
        var outcome = await db.InTransactionAsync<int>(async token =>
        {
            NursingRoom? room;
            if (id is { } existing)
            {
                room = await db.NursingRooms.FirstOrDefaultAsync(r => r.Id == existing, token);
                if (room is null || !await access.CoversAsync(room.UnionId, token))
                {
                    return ChildCareProblems.NursingRoomNotFound;
                }
                var resized = await db.NursingRooms.Where(r => r.Id == existing && r.InUse <= input.Places)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.Places, input.Places), token);
                if (resized == 0)
                {
                    return CommonProblems.Conflict.WithError("places", "正在使用的人数多于新的位数，请稍后再改");
                }
                await db.Entry(room).ReloadAsync(token);
            }
            else
            {
                room = new NursingRoom { Places = input.Places };
                db.NursingRooms.Add(room);
            }
            room.SiteId = site.Id;
            room.UnionId = site.UnionId;
            room.Name = input.Name.Trim();
            room.Location = string.IsNullOrWhiteSpace(input.Location) ? null : input.Location.Trim();
            room.Amenities = input.Amenities.Aggregate(NursingAmenity.None, (all, a) => all | a);
            room.OpensAt = input.OpensAt;
            room.ClosesAt = input.ClosesAt;
            room.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
            room.Active = input.Active;
            room.UpdatedAt = time.GetUtcNow();
            try
            {
                await db.SaveChangesAsync(token);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                return ChildCareProblems.NursingRoomNameTaken.WithError("name", "该阵地已有同名的妈咪宝贝屋");
            }
            return room.Id;
        }, ct);
        if (!outcome.Succeeded)
        {
            return outcome.Problem;
        }
        return (await views.BuildAsync(db.NursingRooms.Where(r => r.Id == outcome.Value), null, true, ct))[0];
    }
}
