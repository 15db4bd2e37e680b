using System.ComponentModel.DataAnnotations;

namespace WorkerHome.Features.Dispatch;

/// <summary>Where a dispatch stands on the board.</summary>
public enum DispatchStatus
{
    /// <summary>No open offer and nobody accepted: staff must choose someone (待派单).</summary>
    [Display(Name = "待派单")]
    Waiting = 1,

    [Display(Name = "已派单")]
    Offered = 2,

    [Display(Name = "已接单")]
    Accepted = 3,

    [Display(Name = "已撤销")]
    Cancelled = 4,
}

/// <summary>Where one volunteer's offer stands.</summary>
public enum OfferStatus
{
    [Display(Name = "待答复")]
    Open = 1,

    [Display(Name = "已接单")]
    Accepted = 2,

    [Display(Name = "已婉拒")]
    Declined = 3,

    [Display(Name = "已超时")]
    Expired = 4,

    /// <summary>Closed because another volunteer accepted first, or staff withdrew the dispatch.</summary>
    [Display(Name = "已收回")]
    Withdrawn = 5,
}

/// <summary>What happens when a volunteer declines or lets the deadline pass.</summary>
public enum NoAnswerPolicy
{
    [Display(Name = "自动派给下一位候选人")]
    NextCandidate = 1,

    [Display(Name = "退回工作人员重新派单")]
    BackToStaff = 2,
}
