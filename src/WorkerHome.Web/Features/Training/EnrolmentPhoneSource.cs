using Microsoft.EntityFrameworkCore;
using WorkerHome.Data;
using WorkerHome.Features.Privacy;
using WorkerHome.Infrastructure.Privacy;

namespace WorkerHome.Features.Training;

/// <summary>A trainee's phone, shown in full only through <see cref="RevealSensitive"/>; the course's union decides who may ask.</summary>
public sealed class EnrolmentPhoneSource : ISensitiveSource
{
    public string EntityType => nameof(TrainingEnrolment);

    public string Name => "培训报名";

    public IReadOnlyCollection<string> Fields { get; } = ["Phone"];

    public async Task<SensitiveRecord?> FindAsync(AppDbContext db, string entityId, string field, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!int.TryParse(entityId, out var id))
        {
            return null;
        }
        var found = await db.TrainingEnrolments.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new
            {
                UnionId = db.TrainingCourses.Where(c => c.Id == e.CourseId).Select(c => c.UnionId).First(),
                Name = db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName).FirstOrDefault(),
                e.PhoneCipher,
            })
            .FirstOrDefaultAsync(ct);
        return found is null ? null : new SensitiveRecord(found.UnionId, Masking.Name(found.Name), found.PhoneCipher);
    }
}
