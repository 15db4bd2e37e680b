namespace WorkerHome.Features.ChildCare;

/// <summary>
/// The guardian consent every enrolment agrees to. The version is stored with the enrolment, so a later change of
/// wording never rewrites what an earlier guardian agreed to.
/// </summary>
public static class CareConsent
{
    public const string Version = "2026-11";

    public const string Text =
        "本人是该幼儿的法定监护人，同意其参加本托管班；已如实填写孩子的健康与过敏情况；" +
        "同意每日按时接送，并同意阵地工作人员在紧急情况下先行送医并及时通知本人。";
}
