namespace WorkerHome.Features.Counselling;

/// <summary>The counsellor's own session notes on one booking; readable by that counsellor only.</summary>
public sealed class CounsellingNote
{
    public const int MaxTextLength = 4000;

    public int Id { get; set; }
    public int BookingId { get; set; }
    public int CounsellorId { get; set; }

    /// <summary>The text, encrypted with PersonalDataProtector.</summary>
    public string TextCipher { get; set; } = "";

    /// <summary>Raised by every save; an edit based on an older version is refused.</summary>
    public int Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
