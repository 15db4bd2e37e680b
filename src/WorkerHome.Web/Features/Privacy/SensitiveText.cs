namespace WorkerHome.Features.Privacy;

/// <summary>Chinese names of sensitive fields, for dialogs and the access log (record types name themselves: <see cref="ISensitiveSource.Name"/>).</summary>
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
}
