namespace WorkerHome.Features.Privacy;

/// <summary>Chinese names of sensitive fields and of the records that hold them, for dialogs and the access log.</summary>
public static class SensitiveText
{
    public static string Field(string field) => field switch
    {
        "Phone" => "手机号",
        "IdNumber" => "身份证号",
        "Income" => "收入",
        "Health" => "健康信息",
        _ => field,
    };

    public static string Entity(string type) => type switch
    {
        "TrainingEnrolment" => "培训报名",
        "MembershipApplication" => "入会申请",
        "Member" => "会员",
        "RightsCase" => "维权案件",
        "AidApplication" => "帮扶申请",
        _ => type,
    };
}
