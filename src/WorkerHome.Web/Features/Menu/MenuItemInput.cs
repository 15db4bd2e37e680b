using System.ComponentModel.DataAnnotations;
using WorkerHome.Features.Needs;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Text;

namespace WorkerHome.Features.Menu;

/// <summary>A menu item as staff enter it: the body of add and update, and the console form.</summary>
public sealed record MenuItemInput
{
    /// <summary>Add only: the need group the item answers. Title and category default to the group's, and all its approved needs are linked.</summary>
    public int? FromGroupId { get; set; }

    /// <summary>The item's name as workers see it; required unless it comes from a group.</summary>
    [StringLength(MaxTitleLength, ErrorMessage = "项目名称不能超过100个字")]
    public string? Title { get; set; }

    /// <summary>What the item is about (the need categories); required unless it comes from a group.</summary>
    public NeedCategory? Category { get; set; }

    /// <summary>What workers get, for whom, by whom.</summary>
    [StringLength(MaxDescriptionLength, ErrorMessage = "项目介绍不能超过2000个字")]
    public string? Description { get; set; }

    /// <summary>讲、评、帮、乐、庆: Lecture, Evaluation, Help, Recreation or Celebration.</summary>
    [Required(ErrorMessage = "请选择服务形式（讲、评、帮、乐、庆）")]
    public ServiceMode? Mode { get; set; }

    /// <summary>Centralised (集中) or Distributed (分散).</summary>
    [Required(ErrorMessage = "请选择集中或分散开展")]
    public DeliveryScale? Scale { get; set; }

    /// <summary>Offline (线下), Online (线上) or Either.</summary>
    [Required(ErrorMessage = "请选择线上或线下")]
    public DeliveryChannel? Channel { get; set; }

    /// <summary>Who delivers it: Staff, Volunteer or Partner.</summary>
    [Required(ErrorMessage = "请选择服务提供者")]
    public ProviderType? ProviderType { get; set; }

    /// <summary>Who it is for (e.g. 新就业形态劳动者, 女职工).</summary>
    [StringLength(MaxTargetGroupLength, ErrorMessage = "服务对象不能超过100个字")]
    public string? TargetGroup { get; set; }

    /// <summary>Learners per class, 1 to 500 (default 20); interest reaching it prompts staff to schedule.</summary>
    [Range(1, MaxClassSize, ErrorMessage = "开班人数应在 1 到 500 之间")]
    public int ClassSize { get; set; } = MenuItem.DefaultClassSize;

    public const int MaxTitleLength = 100;
    public const int MaxDescriptionLength = 2000;
    public const int MaxTargetGroupLength = 100;
    public const int MaxClassSize = 500;

    /// <summary>
    /// The rules the API's annotations also state, checked again for callers that bypass them (the console, other
    /// handlers), plus what annotations cannot say: enum values that exist, title and category unless from a group.
    /// </summary>
    internal AppProblem? Check(bool fromGroup)
    {
        var problem = CommonProblems.Validation;
        if (string.IsNullOrWhiteSpace(Title))
        {
            if (!fromGroup)
            {
                problem = problem.WithError("title", "请填写项目名称");
            }
        }
        else if (Title.Trim().Length > MaxTitleLength)
        {
            problem = problem.WithError("title", "项目名称不能超过100个字");
        }
        problem = CheckEnum(problem, Category, "category", fromGroup ? null : "请选择需求类别");
        problem = CheckEnum(problem, Mode, "mode", "请选择服务形式（讲、评、帮、乐、庆）");
        problem = CheckEnum(problem, Scale, "scale", "请选择集中或分散开展");
        problem = CheckEnum(problem, Channel, "channel", "请选择线上或线下");
        problem = CheckEnum(problem, ProviderType, "providerType", "请选择服务提供者");
        if (Description?.Trim().Length > MaxDescriptionLength)
        {
            problem = problem.WithError("description", "项目介绍不能超过2000个字");
        }
        if (TargetGroup?.Trim().Length > MaxTargetGroupLength)
        {
            problem = problem.WithError("targetGroup", "服务对象不能超过100个字");
        }
        if (ClassSize is < 1 or > MaxClassSize)
        {
            problem = problem.WithError("classSize", "开班人数应在 1 到 500 之间");
        }
        return problem.Errors is { Count: > 0 } ? problem : null;
    }

    /// <summary>Copies the fields staff edit onto an item (title and category only when given).</summary>
    internal void ApplyTo(MenuItem item)
    {
        if (!string.IsNullOrWhiteSpace(Title))
        {
            item.Title = Title.Trim();
        }
        if (Category is { } category)
        {
            item.Category = category;
        }
        item.Description = Blank(Description);
        item.Mode = Mode!.Value;
        item.Scale = Scale!.Value;
        item.Channel = Channel!.Value;
        item.ProviderType = ProviderType!.Value;
        item.TargetGroup = Blank(TargetGroup);
        item.ClassSize = ClassSize;
    }

    /// <summary>A value that exists in the enum; <paramref name="missing"/> is the message when it is required and absent.</summary>
    private static AppProblem CheckEnum<T>(AppProblem problem, T? value, string field, string? missing) where T : struct, Enum => value switch
    {
        null => missing is null ? problem : problem.WithError(field, missing),
        { } v when !Enum.IsDefined(v) => problem.WithError(field, $"应为 {EnumText.ChoicesInChinese<T>()} 之一"),
        _ => problem,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
