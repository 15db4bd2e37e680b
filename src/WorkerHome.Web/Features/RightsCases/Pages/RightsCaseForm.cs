using System.ComponentModel.DataAnnotations;
using WorkerHome.Infrastructure.Money;

namespace WorkerHome.Features.RightsCases.Pages;

/// <summary>The worker's case form (settable, for form binding); the handler gets a <see cref="RightsCaseInput"/>.</summary>
public sealed class RightsCaseForm
{
    [Required(ErrorMessage = "请选择诉求类别")]
    public RightsCategory? Category { get; set; }

    [Required(ErrorMessage = "请选择受理的工会")]
    public int? UnionId { get; set; }

    [Required(ErrorMessage = "请填写用人单位名称")]
    [StringLength(RightsCase.MaxEmployerLength, ErrorMessage = "用人单位名称不超过 100 个字")]
    public string EmployerName { get; set; } = "";

    [Required(ErrorMessage = "请说明情况")]
    [StringLength(RightsCase.MaxDescriptionLength, MinimumLength = RightsCase.MinDescriptionLength, ErrorMessage = "情况说明为 10 到 2000 个字")]
    public string Description { get; set; } = "";

    /// <summary>涉及金额（元）, e.g. 12500 or 12500.50.</summary>
    [StringLength(20, ErrorMessage = "金额格式不正确")]
    public string? Amount { get; set; }

    [StringLength(20, ErrorMessage = "手机号格式不正确")]
    public string? Phone { get; set; }

    [Range(typeof(bool), "true", "true", ErrorMessage = "请同意为办理本诉求处理您的个人信息")]
    public bool Consent { get; set; }

    /// <summary>The input, or null when the amount cannot be read (a negative amount goes through, to be refused by the rules).</summary>
    public RightsCaseInput? ToInput()
    {
        long? fen = null;
        if (!string.IsNullOrWhiteSpace(Amount))
        {
            var text = Amount.Trim();
            var negative = text.StartsWith('-');
            if (!Yuan.TryParse(negative ? text[1..] : text, out var parsed))
            {
                return null;
            }
            fen = negative ? -parsed : parsed;
        }
        return new RightsCaseInput
        {
            Category = Category, UnionId = UnionId, EmployerName = EmployerName, Description = Description, AmountFen = fen, Phone = Phone, Consent = Consent,
        };
    }
}

/// <summary>The worker's rating form.</summary>
public sealed class RatingForm
{
    [Required(ErrorMessage = "请选择评分")]
    [Range(1, 5, ErrorMessage = "评分为 1 到 5 分")]
    public int? Stars { get; set; }

    [StringLength(500, ErrorMessage = "评价不超过 500 字")]
    public string? Comment { get; set; }
}

/// <summary>A step form (volunteer desk).</summary>
public sealed class StepForm
{
    [Required(ErrorMessage = "请填写办理记录")]
    [StringLength(RightsCaseStep.MaxTextLength, MinimumLength = 2, ErrorMessage = "办理记录为 2 到 2000 个字")]
    public string Text { get; set; } = "";

    public bool VisibleToWorker { get; set; } = true;
}

/// <summary>The volunteer's proposal form.</summary>
public sealed class ProposalForm
{
    [Required(ErrorMessage = "请选择建议的结果")]
    public RightsOutcome? Outcome { get; set; }

    [StringLength(500, ErrorMessage = "说明不超过 500 字")]
    public string? Text { get; set; }
}
