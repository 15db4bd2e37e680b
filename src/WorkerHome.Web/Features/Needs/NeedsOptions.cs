using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Needs;

/// <summary>The <c>Needs</c> section.</summary>
public sealed class NeedsOptions
{
    public const string Section = "Needs";

    /// <summary>
    /// How many needs the inbox's pager counts past the current page before it says "more than" (default 10,000):
    /// counting a province's needs on every page costs more than the page itself.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "Needs:InboxCountCap must be between 1 and 1,000,000.")]
    public int InboxCountCap { get; set; } = 10_000;
}
