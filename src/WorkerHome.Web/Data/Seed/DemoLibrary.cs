using Microsoft.EntityFrameworkCore;
using WorkerHome.Features.Library;

namespace WorkerHome.Data.Seed;

/// <summary>
/// Reading rooms: about thirty well-known titles at 峨眉山市绥山镇红华苑社区职工之家 and a few at the tax bureau's 峨税书屋,
/// with some loans (one overdue) and a reservation waiting at the desk. ISBNs are left empty rather than guessed.
/// Skipped once any book exists.
/// </summary>
internal sealed class DemoLibrary(AppDbContext db, TimeProvider time)
{
    private const string Community = "峨眉山市绥山镇红华苑社区职工之家";
    private const string TaxBureau = "国家税务总局峨眉山市税务局职工之家";

    private static readonly (string Title, string Author, string Publisher, BookCategory Category, int Copies)[] CommunityBooks =
    [
        ("平凡的世界", "路遥", "北京十月文艺出版社", BookCategory.Literature, 3),
        ("人生", "路遥", "北京十月文艺出版社", BookCategory.Literature, 1),
        ("活着", "余华", "作家出版社", BookCategory.Literature, 2),
        ("许三观卖血记", "余华", "作家出版社", BookCategory.Literature, 1),
        ("围城", "钱锺书", "人民文学出版社", BookCategory.Literature, 1),
        ("边城", "沈从文", "人民文学出版社", BookCategory.Literature, 1),
        ("骆驼祥子", "老舍", "人民文学出版社", BookCategory.Literature, 2),
        ("白鹿原", "陈忠实", "人民文学出版社", BookCategory.Literature, 1),
        ("红岩", "罗广斌、杨益言", "中国青年出版社", BookCategory.Literature, 2),
        ("钢铁是怎样炼成的", "尼·奥斯特洛夫斯基", "人民文学出版社", BookCategory.Literature, 1),
        ("三体", "刘慈欣", "重庆出版社", BookCategory.Literature, 2),
        ("人世间", "梁晓声", "中国青年出版社", BookCategory.Literature, 1),
        ("额尔古纳河右岸", "迟子建", "人民文学出版社", BookCategory.Literature, 1),
        ("红星照耀中国", "埃德加·斯诺", "人民文学出版社", BookCategory.History, 2),
        ("万历十五年", "黄仁宇", "生活·读书·新知三联书店", BookCategory.History, 1),
        ("明朝那些事儿", "当年明月", "北京联合出版公司", BookCategory.History, 2),
        ("乡土中国", "费孝通", "北京大学出版社", BookCategory.History, 1),
        ("苏东坡传", "林语堂", "湖南文艺出版社", BookCategory.History, 1),
        ("中华人民共和国劳动合同法（实用版）", "中国法制出版社", "中国法制出版社", BookCategory.Law, 2),
        ("中华人民共和国民法典（大字版）", "中国法制出版社", "中国法制出版社", BookCategory.Law, 2),
        ("工会法律知识读本", "全国总工会法律工作部", "中国工人出版社", BookCategory.Law, 1),
        ("习近平谈治国理政（第一卷）", "习近平", "外文出版社", BookCategory.Politics, 2),
        ("中国共产党简史", "本书编写组", "人民出版社", BookCategory.Politics, 2),
        ("电工基础", "本书编写组", "中国劳动社会保障出版社", BookCategory.Skills, 2),
        ("家电维修入门", "本书编写组", "化学工业出版社", BookCategory.Skills, 1),
        ("柑橘优质高效栽培技术", "本书编写组", "中国农业出版社", BookCategory.Skills, 2),
        ("中老年健康百问", "本书编写组", "人民卫生出版社", BookCategory.Health, 1),
        ("颈椎腰椎病自我防治", "本书编写组", "人民卫生出版社", BookCategory.Health, 1),
        ("小王子", "圣埃克苏佩里", "人民文学出版社", BookCategory.Children, 2),
        ("草房子", "曹文轩", "江苏凤凰少年儿童出版社", BookCategory.Children, 2),
        ("窗边的小豆豆", "黑柳彻子", "南海出版公司", BookCategory.Children, 1),
    ];

    private static readonly (string Title, string Author, string Publisher, BookCategory Category, int Copies)[] TaxBooks =
    [
        ("浮生六记", "沈复", "人民文学出版社", BookCategory.Literature, 1),
        ("被讨厌的勇气", "岸见一郎、古贺史健", "机械工业出版社", BookCategory.Health, 1),
        ("非暴力沟通", "马歇尔·卢森堡", "华夏出版社", BookCategory.Other, 1),
        ("置身事内", "兰小欢", "上海人民出版社", BookCategory.Politics, 2),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.LibraryBooks.AnyAsync(ct))
        {
            return;
        }
        var sites = await db.Sites.Where(s => s.Name == Community || s.Name == TaxBureau).ToDictionaryAsync(s => s.Name, StringComparer.Ordinal, ct);
        if (!sites.TryGetValue(Community, out var community) || !sites.TryGetValue(TaxBureau, out var tax))
        {
            return;
        }
        var now = time.GetUtcNow();
        var books = CommunityBooks.Select((b, i) => Book(community.Id, community.UnionId, b, $"{(char)('A' + (int)b.Category - 1)}-{i + 1:00}", now))
            .Concat(TaxBooks.Select((b, i) => Book(tax.Id, tax.UnionId, b, $"峨税-{i + 1:00}", now))).ToList();
        db.LibraryBooks.AddRange(books);
        await db.SaveChangesAsync(ct);

        var workers = await db.Users.Where(u => u.UserName == "worker01" || u.UserName == "worker02" || u.UserName == "worker03")
            .ToDictionaryAsync(u => u.UserName!, u => u.Id, StringComparer.Ordinal, ct);
        if (workers.Count < 3)
        {
            return;
        }
        var today = Infrastructure.Time.ChinaTime.LocalToday(time);
        BookLoan Lent(int index, string worker, int daysAgo) => new()
        {
            BookId = books[index].Id, UnionId = books[index].UnionId, UserId = workers[worker], Status = LoanStatus.Lent,
            LentAt = now.AddDays(-daysAgo), DueOn = today.AddDays(30 - daysAgo),
        };
        var loans = new[]
        {
            Lent(0, "worker01", 12),
            Lent(13, "worker01", 40),
            Lent(18, "worker02", 28),
            new BookLoan
            {
                BookId = books[10].Id, UnionId = books[10].UnionId, UserId = workers["worker03"], Status = LoanStatus.Reserved,
                ReservedAt = now.AddHours(-5), HoldUntil = now.AddDays(3).AddHours(-5),
            },
        };
        db.BookLoans.AddRange(loans);
        foreach (var loan in loans)
        {
            books.Single(b => b.Id == loan.BookId).CopiesOut++;
        }
        await db.SaveChangesAsync(ct);
    }

    private static LibraryBook Book(int siteId, int unionId, (string Title, string Author, string Publisher, BookCategory Category, int Copies) b,
        string shelf, DateTimeOffset now) => new()
    {
        SiteId = siteId, UnionId = unionId, Title = b.Title, Author = b.Author, Publisher = b.Publisher, Category = b.Category,
        Copies = b.Copies, ShelfMark = shelf, CreatedAt = now, UpdatedAt = now,
    };
}
