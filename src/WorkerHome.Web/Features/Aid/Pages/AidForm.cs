namespace WorkerHome.Features.Aid.Pages;

/// <summary>The apply form's fields (settable, for form binding): four household rows, amounts in yuan.</summary>
public sealed class AidForm
{
    public int? UnionId { get; set; }
    public string? RealName { get; set; }
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }
    public string? M1Name { get; set; }
    public string? M1Relation { get; set; } = "本人";
    public int? M1Age { get; set; }
    public decimal? M1Income { get; set; }
    public string? M2Name { get; set; }
    public string? M2Relation { get; set; }
    public int? M2Age { get; set; }
    public decimal? M2Income { get; set; }
    public string? M3Name { get; set; }
    public string? M3Relation { get; set; }
    public int? M3Age { get; set; }
    public decimal? M3Income { get; set; }
    public string? M4Name { get; set; }
    public string? M4Relation { get; set; }
    public int? M4Age { get; set; }
    public decimal? M4Income { get; set; }
    public bool Illness { get; set; }
    public bool Disability { get; set; }
    public bool Disaster { get; set; }
    public bool Other { get; set; }
    public string? CauseDescription { get; set; }
    public string? HealthNote { get; set; }
    public decimal? RequestedYuan { get; set; }
    public bool Consent { get; set; }

    public AidRequest ToRequest()
    {
        var rows = new[] { (M1Name, M1Relation, M1Age, M1Income), (M2Name, M2Relation, M2Age, M2Income), (M3Name, M3Relation, M3Age, M3Income), (M4Name, M4Relation, M4Age, M4Income) };
        var causes = new[] { (Illness, AidCause.Illness), (Disability, AidCause.Disability), (Disaster, AidCause.Disaster), (Other, AidCause.Other) }
            .Where(c => c.Item1).Select(c => c.Item2).ToList();
        return new AidRequest
        {
            UnionId = UnionId ?? 0, RealName = RealName, IdNumber = IdNumber, Phone = Phone,
            Household = rows.Where(r => !string.IsNullOrWhiteSpace(r.Item1))
                .Select(r => new HouseholdMemberInput { Name = r.Item1, Relation = r.Item2, Age = r.Item3 ?? -1, IncomeFen = (long)Math.Round((r.Item4 ?? 0) * 100) })
                .ToList(),
            Causes = causes, CauseDescription = CauseDescription, HealthNote = HealthNote,
            RequestedFen = (long)Math.Round((RequestedYuan ?? 0) * 100), Consent = Consent,
        };
    }
}
