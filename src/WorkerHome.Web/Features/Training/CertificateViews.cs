using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Training;

/// <summary>A certificate as its holder sees it; <c>VerifyPath</c> is the public verification page the QR code points to.</summary>
public sealed record CertificateView(
    int Id, string Number, string Title, string HolderName, string CourseTitle, decimal Hours, string UnionName, DateTimeOffset IssuedAt,
    bool Revoked, string? RevokeReason, string VerifyPath)
{
    public static CertificateView From(TrainingCertificate c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Id, c.Number, c.Title, c.HolderName, c.CourseTitle, c.Hours, c.UnionName, c.IssuedAt, c.RevokedAt is not null, c.RevokeReason,
            VerifyPathOf(c.VerificationCode));
    }

    public static string VerifyPathOf(string code) => "/certificates/verify/" + Uri.EscapeDataString(code);
}

/// <summary>What anyone may learn from a verification code: validity (有效 / 已撤销), the masked holder, course, issuer and date.</summary>
public sealed record CertificateCheck(bool Valid, string Status, string Number, string HolderMasked, string Title, string CourseTitle,
    decimal Hours, string UnionName, DateTimeOffset IssuedAt)
{
    public static CertificateCheck From(TrainingCertificate c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.RevokedAt is null, c.RevokedAt is null ? "有效" : "已撤销", c.Number, Infrastructure.Privacy.Masking.Name(c.HolderName), c.Title,
            c.CourseTitle, c.Hours, c.UnionName, c.IssuedAt);
    }
}

/// <summary>A line of the worker's own training: sessions attended against those required to complete.</summary>
public sealed record MyCourse(int EnrolmentId, int CourseId, string Title, EnrolmentStatus Status, string StatusText, CourseStatus CourseStatus,
    int Attended, int Required, int Sessions, DateTimeOffset? FirstSessionAt, int? CertificateId)
{
    public string Progress => $"出勤 {Attended}/{Required}";

    internal static string Text(EnrolmentStatus status) => status.Chinese();
}
