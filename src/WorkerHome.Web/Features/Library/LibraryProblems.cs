using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Features.Library;

public static class LibraryProblems
{
    public static readonly AppProblem BookNotFound = new("book_not_found", "未找到该图书", 404);
    public static readonly AppProblem SiteNotFound = new("site_not_found", "未找到该阵地", 404);
    public static readonly AppProblem IsbnTaken = new("isbn_taken", "本书屋已有该 ISBN 的图书", 409);
    public static readonly AppProblem NoCopyAvailable = new("no_copy_available", "该书暂无可借的副本", 409);
    public static readonly AppProblem LoanLimitReached = new("loan_limit_reached", "借阅数量已达上限", 409);
    public static readonly AppProblem AlreadyHolding = new("book_already_held", "您已预约或借阅了这本书", 409);
    public static readonly AppProblem LoanNotFound = new("loan_not_found", "未找到该借阅记录", 404);
    public static readonly AppProblem WorkerNotFound = new("worker_not_found", "未找到使用该手机号的职工", 404);
    public static readonly AppProblem LoanNotLent = new("loan_not_lent", "该借阅当前不是借出状态", 409);
    public static readonly AppProblem ReservationNotWaiting = new("reservation_not_waiting", "该预约已取书、已过期或已取消", 409);
    public static readonly AppProblem RenewalRefused = new("renewal_refused", "不能续借", 409);
    public static readonly AppProblem CopiesBelowOut = new("copies_below_out", "册数不能少于已借出的数量", 409);
}
