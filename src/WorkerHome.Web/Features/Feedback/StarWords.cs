namespace WorkerHome.Features.Feedback;

/// <summary>What each number of stars says (shown beside the stars, so nobody has to guess the scale).</summary>
public static class StarWords
{
    public static string Of(int stars) => stars switch
    {
        1 => "很不满意",
        2 => "不满意",
        3 => "一般",
        4 => "满意",
        5 => "非常满意",
        _ => "",
    };
}
