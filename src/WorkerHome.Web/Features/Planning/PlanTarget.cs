using WorkerHome.Features.Sites;

namespace WorkerHome.Features.Planning;

/// <summary>One cell of the plan table: how many sites of a form and rating a county is to build in the plan's year.</summary>
public sealed class PlanTarget
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int CountyUnionId { get; set; }
    public SiteForm Form { get; set; }
    public SiteRating Rating { get; set; }
    public int Count { get; set; }
}
