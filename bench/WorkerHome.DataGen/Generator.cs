using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace WorkerHome.DataGen;

/// <summary>
/// Fills a database the app has migrated and seeded (the demo's union tree, accounts and sites) with a city's worth
/// of data: township and grassroots unions for every Leshan township, sites in the three forms, workers, needs,
/// monthly menus with items and sessions from 2025-12 to 2026-12, orders consistent with the seat counters (confirmed
/// up to capacity, the rest on the waiting list with tickets, some cancelled), check-ins for most confirmed orders of
/// past sessions, ratings for a share of them, rights cases and aid applications. The big tables go in by binary COPY
/// with explicit ids (the identity sequences are moved past them at the end). The same seed gives the same data.
/// </summary>
public sealed class Generator(string connectionString, Scale scale, int seed, string passwordHash, Func<string, string> encrypt, Func<string, string> lookup, TextWriter log)
{
    /// <summary>The tests' and the benchmark's clock: Wednesday 2 December 2026, 10:00 in Beijing.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateOnly FirstMonth = new(2025, 12, 1);
    private const int Months = 13;

    private static readonly string[] Companies = ["机械", "电力", "化工", "建材", "物流", "食品", "纺织", "医药", "光伏", "茶业", "旅游", "建筑", "商贸", "环卫", "快递"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "罗", "高", "林"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "平", "刚", "桂英"];

    private static readonly (int Category, int Mode, string[] Titles)[] Topics =
    [
        (1, 1, ["劳动合同签订要点", "工资支付与欠薪维权", "工伤认定流程讲解"]),
        (2, 1, ["电工技能提升班", "电商直播技能培训", "叉车操作安全培训", "中式烹调师培训"]),
        (3, 3, ["职场压力疏导", "亲子沟通工作坊", "睡眠与情绪管理"]),
        (4, 3, ["法律咨询面对面", "农民工欠薪法律援助", "劳动争议调解"]),
        (5, 3, ["职工互助保障答疑", "大病救助政策解读"]),
        (6, 1, ["女职工健康讲座", "母婴关爱课堂", "女职工权益专项"]),
        (7, 4, ["职工篮球友谊赛", "广场舞培训", "书法兴趣班", "摄影沙龙"]),
        (8, 3, ["暑期爱心托管", "课后作业辅导"]),
        (9, 5, ["劳模事迹分享会", "五一劳动节庆祝活动"]),
    ];

    private static readonly string[] NeedTexts =
    [
        "希望多开一些周末的技能培训课程", "想了解劳动合同到期不续签的补偿", "孩子暑假没人照看，希望有托管班",
        "工作压力大，想找心理咨询老师聊聊", "希望组织篮球、羽毛球比赛", "想学电工证考试相关知识",
        "单位拖欠工资三个月，不知道怎么办", "希望有女职工健康体检讲座", "想参加书法或摄影兴趣班", "外卖骑手希望有歇脚喝水的地方",
    ];

    private readonly Random _random = new(seed);
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    private sealed record Place(int UnionId, string Path, string? RegionCode, string Name, double Latitude, double Longitude);

    private sealed record SessionRow(int Id, int ItemId, int UnionId, int? SiteId, DateTimeOffset StartsAt, int Capacity, int Orders, long FirstOrderId, bool Cancelled, int Mode);

    /// <summary>Generates everything; returns the rows added per table.</summary>
    public async Task<IReadOnlyDictionary<string, long>> RunAsync(CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        // COPY's completion waits for the index updates of a million rows: no command timeout.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync(ct);
        await using (var timeout = new NpgsqlCommand("SET statement_timeout = 0", connection))
        {
            await timeout.ExecuteNonQueryAsync(ct);
        }

        var (townships, counties) = await UnionsAsync(connection, ct);
        Step("unions", clock);
        var sites = await SitesAsync(connection, townships, ct);
        Step("sites", clock);
        var (workers, homes) = await WorkersAsync(connection, townships, ct);
        Step("workers", clock);
        await NeedsAsync(connection, workers, homes, ct);
        Step("needs", clock);
        var sessions = await MenusAsync(connection, counties, sites, ct);
        Step("menus and sessions", clock);
        await OrdersAsync(connection, sessions, workers, ct);
        Step("orders, check-ins, feedback", clock);
        await CasesAsync(connection, workers, homes, townships, ct);
        Step("rights cases and aid", clock);
        foreach (var table in new[] { "Unions", "Sites", "SiteOpeningHours", "RoleGrants", "Needs", "Menus", "MenuItems", "Sessions", "Orders", "CheckIns", "SessionFeedback", "RightsCases", "AidApplications" })
        {
            await ExecuteAsync(connection, $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT coalesce(max(\"Id\"), 1) FROM \"{table}\"))", ct);
        }
        await ExecuteAsync(connection, "ANALYZE", ct);
        Step("ANALYZE", clock);
        return _counts;
    }

    private void Step(string name, Stopwatch clock) =>
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {clock.Elapsed.TotalSeconds,7:0.0} s  {name}"));

    private void Count(string table, long rows) => _counts[table] = _counts.GetValueOrDefault(table) + rows;

    // Every Leshan township gets its township union (the demo made some already); the result lists them with a place.
    private async Task<(List<Place> Townships, List<Place> Counties)> UnionsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var counties = new List<Place>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT u."Id", u."Path", u."RegionCode", u."Name", coalesce(r."Latitude", 29.55), coalesce(r."Longitude", 103.77)
            FROM "Unions" u JOIN "Unions" c ON c."Id" = u."ParentId" LEFT JOIN "Regions" r ON r."Code" = u."RegionCode"
            WHERE c."Name" = '乐山市总工会' AND u."Level" = 3 ORDER BY u."RegionCode"
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                counties.Add(new Place(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetDouble(4), reader.GetDouble(5)));
            }
        }
        if (counties.Count == 0)
        {
            throw new InvalidOperationException("乐山市总工会 and its counties are missing: start the app with the demo seed first.");
        }
        var regions = new List<(string Code, string Name, Place County)>();
        await using (var command = new NpgsqlCommand("""SELECT "Code", "Name", "ParentCode" FROM "Regions" WHERE "ParentCode" = ANY(@codes) ORDER BY "Code" """, connection))
        {
            command.Parameters.AddWithValue("codes", counties.Select(c => c.RegionCode!).ToArray());
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                regions.Add((reader.GetString(0), reader.GetString(1), counties.Single(c => c.RegionCode == reader.GetString(2))));
            }
        }
        var townships = new List<Place>();
        foreach (var (code, name, county) in regions)
        {
            var union = await UnionAsync(connection, county, name + "总工会", 4, code, ct);
            // Townships have no reference point: a point near their county's seat, a few kilometres out.
            townships.Add(union with { Latitude = county.Latitude + Jitter(0.12), Longitude = county.Longitude + Jitter(0.12) });
        }
        return (townships, counties);
    }

    private async Task<Place> UnionAsync(NpgsqlConnection connection, Place parent, string name, int level, string? regionCode, CancellationToken ct)
    {
        await using (var existing = new NpgsqlCommand("""SELECT "Id", "Path" FROM "Unions" WHERE "ParentId" = @parent AND "Name" = @name""", connection))
        {
            existing.Parameters.AddWithValue("parent", parent.UnionId);
            existing.Parameters.AddWithValue("name", name);
            await using var found = await existing.ExecuteReaderAsync(ct);
            if (await found.ReadAsync(ct))
            {
                return new Place(found.GetInt32(0), found.GetString(1), regionCode, name, parent.Latitude, parent.Longitude);
            }
        }
        // The path holds the union's own id, so it is set once the id is known (as Union.PlaceUnder does).
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO "Unions" ("Name", "Level", "ParentId", "Path", "RegionCode", "SortOrder", "CreatedAt")
            VALUES (@name, @level, @parent, '/new/', @region, 0, @now) RETURNING "Id"
            """, connection);
        insert.Parameters.AddWithValue("name", name);
        insert.Parameters.AddWithValue("level", level);
        insert.Parameters.AddWithValue("parent", parent.UnionId);
        insert.Parameters.AddWithValue("region", (object?)regionCode ?? DBNull.Value);
        insert.Parameters.AddWithValue("now", Now);
        var id = (int)(await insert.ExecuteScalarAsync(ct))!;
        var path = parent.Path + id.ToString(CultureInfo.InvariantCulture) + "/";
        await using var place = new NpgsqlCommand("""UPDATE "Unions" SET "Path" = @path WHERE "Id" = @id""", connection);
        place.Parameters.AddWithValue("path", path);
        place.Parameters.AddWithValue("id", id);
        await place.ExecuteNonQueryAsync(ct);
        Count("Unions", 1);
        return new Place(id, path, regionCode, name, parent.Latitude, parent.Longitude);
    }

    // Sites in the three forms across the townships; an enterprise site belongs to its company's grassroots union.
    private async Task<List<(int Id, Place Union, string CountyCode)>> SitesAsync(NpgsqlConnection connection, List<Place> townships, CancellationToken ct)
    {
        var existing = await ScalarAsync(connection, """SELECT count(*) FROM "Sites" s JOIN "Unions" u ON u."Id" = s."UnionId" WHERE u."Path" LIKE (SELECT "Path" FROM "Unions" WHERE "Name" = '乐山市总工会') || '%'""", ct);
        var areaIds = new List<int>();
        await using (var command = new NpgsqlCommand("""SELECT "Id" FROM "FunctionAreas" ORDER BY "Id" """, connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                areaIds.Add(reader.GetInt32(0));
            }
        }
        var nextId = (int)await ScalarAsync(connection, """SELECT coalesce(max("Id"), 0) FROM "Sites" """, ct) + 1;
        var planned = new List<(int Id, Place Union, Place Township, int Form, string Name)>();
        for (var i = 0; i < scale.Sites - existing; i++)
        {
            var township = townships[_random.Next(townships.Count)];
            var roll = _random.NextDouble();
            var form = roll < 0.4 ? 1 : roll < 0.85 ? 2 : 3;
            var shortName = township.Name.Replace("总工会", "", StringComparison.Ordinal);
            var serial = (i + 1).ToString("000", CultureInfo.InvariantCulture);
            Place union;
            string name;
            if (form == 1)
            {
                var company = $"乐山{Companies[_random.Next(Companies.Length)]}{serial}有限公司";
                union = await UnionAsync(connection, township, company + "工会", 5, township.RegionCode, ct);
                union = union with { Latitude = township.Latitude, Longitude = township.Longitude };
                name = company + "职工之家";
            }
            else
            {
                union = township;
                name = form == 2 ? $"{shortName}第{serial}号职工服务驿站" : $"{shortName}流动服务车{serial}";
            }
            planned.Add((nextId++, union, township, form, name));
        }

        await using (var import = await connection.BeginBinaryImportAsync(
            """COPY "Sites" ("Id", "Name", "Form", "Rating", "Status", "HostOrganization", "UnionId", "RegionCode", "Address", "Latitude", "Longitude", "ContactName", "ContactPhone", "Description", "FunctionAreaIds", "Version", "CreatedAt", "UpdatedAt", "Amenities") FROM STDIN (FORMAT BINARY)""", ct))
        {
            foreach (var (id, union, township, form, name) in planned)
            {
                var rating = _random.NextDouble() switch { < 0.05 => 1, < 0.25 => 2, _ => 3 };
                var status = _random.NextDouble() switch { < 0.85 => 3, < 0.90 => 2, < 0.93 => 1, < 0.98 => 4, _ => 5 };
                var areas = areaIds.Where(_ => _random.NextDouble() < 0.35).DefaultIfEmpty(areaIds[0]).ToArray();
                var amenities = form == 2 ? Enumerable.Range(1, 7).Where(_ => _random.NextDouble() < 0.6).ToArray() : [];
                await import.StartRowAsync(ct);
                await import.WriteAsync(id, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(name, NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(form, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(rating, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(status, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(form == 1 ? union.Name.Replace("工会", "", StringComparison.Ordinal) : township.Name.Replace("总工会", "人民政府", StringComparison.Ordinal), NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(union.UnionId, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(township.RegionCode!, NpgsqlDbType.Varchar, ct);
                await import.WriteAsync($"{township.Name.Replace("总工会", "", StringComparison.Ordinal)}人民路{_random.Next(1, 400)}号", NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(township.Latitude + Jitter(0.03), NpgsqlDbType.Double, ct);
                await import.WriteAsync(township.Longitude + Jitter(0.03), NpgsqlDbType.Double, ct);
                await import.WriteAsync(Person(), NpgsqlDbType.Varchar, ct);
                await import.WriteAsync($"0833-{_random.Next(2000000, 9999999)}", NpgsqlDbType.Varchar, ct);
                await import.WriteAsync("面向辖区职工开放的服务阵地。", NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(areas, NpgsqlDbType.Array | NpgsqlDbType.Integer, ct);
                await import.WriteAsync(1, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(Now.AddDays(-_random.Next(30, 700)), NpgsqlDbType.TimestampTz, ct);
                await import.WriteAsync(Now.AddDays(-_random.Next(1, 30)), NpgsqlDbType.TimestampTz, ct);
                await import.WriteAsync(amenities, NpgsqlDbType.Array | NpgsqlDbType.Integer, ct);
            }
            await import.CompleteAsync(ct);
        }
        Count("Sites", planned.Count);

        var hourId = (int)await ScalarAsync(connection, """SELECT coalesce(max("Id"), 0) FROM "SiteOpeningHours" """, ct);
        await using (var import = await connection.BeginBinaryImportAsync(
            """COPY "SiteOpeningHours" ("Id", "Day", "OpensAt", "ClosesAt", "SiteId") FROM STDIN (FORMAT BINARY)""", ct))
        {
            foreach (var site in planned.Where(s => s.Form != 3))
            {
                for (var day = 1; day <= 7; day++)
                {
                    await import.StartRowAsync(ct);
                    await import.WriteAsync(++hourId, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(day, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(day <= 5 ? 8 * 60 + 30 : 9 * 60, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(day <= 5 ? 20 * 60 : 17 * 60, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(site.Id, NpgsqlDbType.Integer, ct);
                    Count("SiteOpeningHours", 1);
                }
            }
            await import.CompleteAsync(ct);
        }

        // Every operating Leshan site (the demo's and the new ones) can host sessions: id, union, county code.
        var hosts = new List<(int, Place, string)>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT s."Id", u."Id", u."Path", s."RegionCode" FROM "Sites" s JOIN "Unions" u ON u."Id" = s."UnionId"
            WHERE s."Status" = 3 AND s."DeletedAt" IS NULL AND u."Path" LIKE (SELECT "Path" FROM "Unions" WHERE "Name" = '乐山市总工会') || '%'
            ORDER BY s."Id"
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                hosts.Add((reader.GetInt32(0), new Place(reader.GetInt32(1), reader.GetString(2), reader.GetString(3), "", 0, 0), reader.GetString(3)[..6]));
            }
        }
        return hosts;
    }

    // Worker accounts (one shared password hash), each with the Worker role and a home union in a township.
    private async Task<(Guid[] Workers, int[] Homes)> WorkersAsync(NpgsqlConnection connection, List<Place> townships, CancellationToken ct)
    {
        var homeUnions = new List<int>();
        await using (var command = new NpgsqlCommand(
            """SELECT "Id" FROM "Unions" WHERE "Level" IN (4, 5) AND "Path" LIKE (SELECT "Path" FROM "Unions" WHERE "Name" = '乐山市总工会') || '%' ORDER BY "Id" """, connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                homeUnions.Add(reader.GetInt32(0));
            }
        }
        if (homeUnions.Count == 0)
        {
            homeUnions.AddRange(townships.Select(t => t.UnionId));
        }
        var workers = new Guid[scale.Workers];
        var homes = new int[scale.Workers];
        var stamp = new Guid(Enumerable.Range(0, 16).Select(_ => (byte)_random.Next(256)).ToArray()).ToString("N").ToUpperInvariant();
        await using (var import = await connection.BeginBinaryImportAsync(
            """COPY "AspNetUsers" ("Id", "DisplayName", "HomeUnionId", "CreatedAt", "UserName", "NormalizedUserName", "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount") FROM STDIN (FORMAT BINARY)""", ct))
        {
            for (var i = 0; i < workers.Length; i++)
            {
                workers[i] = WorkerId(i);
                homes[i] = homeUnions[_random.Next(homeUnions.Count)];
                var userName = WorkerUserName(i);
                await import.StartRowAsync(ct);
                await import.WriteAsync(workers[i], NpgsqlDbType.Uuid, ct);
                await import.WriteAsync(Person(), NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(homes[i], NpgsqlDbType.Integer, ct);
                await import.WriteAsync(Now.AddDays(-_random.Next(1, 720)), NpgsqlDbType.TimestampTz, ct);
                await import.WriteAsync(userName, NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(userName.ToUpperInvariant(), NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(false, NpgsqlDbType.Boolean, ct);
                await import.WriteAsync(passwordHash, NpgsqlDbType.Text, ct);
                await import.WriteAsync(stamp, NpgsqlDbType.Text, ct);
                await import.WriteAsync(stamp, NpgsqlDbType.Text, ct);
                await import.WriteAsync(false, NpgsqlDbType.Boolean, ct);
                await import.WriteAsync(false, NpgsqlDbType.Boolean, ct);
                await import.WriteAsync(true, NpgsqlDbType.Boolean, ct);
                await import.WriteAsync(0, NpgsqlDbType.Integer, ct);
            }
            await import.CompleteAsync(ct);
        }
        Count("AspNetUsers", workers.Length);
        var grantId = (int)await ScalarAsync(connection, """SELECT coalesce(max("Id"), 0) FROM "RoleGrants" """, ct);
        await using (var import = await connection.BeginBinaryImportAsync(
            """COPY "RoleGrants" ("Id", "UserId", "Role", "GrantedAt") FROM STDIN (FORMAT BINARY)""", ct))
        {
            foreach (var worker in workers)
            {
                await import.StartRowAsync(ct);
                await import.WriteAsync(++grantId, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(worker, NpgsqlDbType.Uuid, ct);
                await import.WriteAsync("Worker", NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(Now.AddDays(-720), NpgsqlDbType.TimestampTz, ct);
            }
            await import.CompleteAsync(ct);
        }
        Count("RoleGrants", workers.Length);
        return (workers, homes);
    }

    /// <summary>The generated worker number i: user name <c>gw0000001</c>, password Demo@2026.</summary>
    public static string WorkerUserName(int i) => "gw" + (i + 1).ToString("0000000", CultureInfo.InvariantCulture);

    private static Guid WorkerId(int i) => Guid.Parse(string.Create(CultureInfo.InvariantCulture, $"0a7e0000-0000-7000-8000-{i:x12}"));

    private async Task NeedsAsync(NpgsqlConnection connection, Guid[] workers, int[] homes, CancellationToken ct)
    {
        var id = (int)await ScalarAsync(connection, """SELECT coalesce(max("Id"), 0) FROM "Needs" """, ct);
        await using var import = await connection.BeginBinaryImportAsync(
            """COPY "Needs" ("Id", "UserId", "UnionId", "Category", "Text", "PreferredTimes", "Channel", "Status", "Moderation", "MeTooCount", "CreatedAt") FROM STDIN (FORMAT BINARY)""", ct);
        for (var i = 0; i < scale.Needs; i++)
        {
            var worker = _random.Next(workers.Length);
            await import.StartRowAsync(ct);
            await import.WriteAsync(++id, NpgsqlDbType.Integer, ct);
            await import.WriteAsync(workers[worker], NpgsqlDbType.Uuid, ct);
            await import.WriteAsync(homes[worker], NpgsqlDbType.Integer, ct);
            await import.WriteAsync(_random.Next(1, 10), NpgsqlDbType.Integer, ct);
            await import.WriteAsync(NeedTexts[_random.Next(NeedTexts.Length)], NpgsqlDbType.Varchar, ct);
            await import.WriteAsync(_random.Next(1, 8), NpgsqlDbType.Integer, ct);
            await import.WriteAsync(_random.Next(1, 4), NpgsqlDbType.Integer, ct);
            await import.WriteAsync(1, NpgsqlDbType.Integer, ct);
            await import.WriteAsync(_random.NextDouble() < 0.95 ? 2 : 1, NpgsqlDbType.Integer, ct);
            await import.WriteAsync(0, NpgsqlDbType.Integer, ct);
            await import.WriteAsync(Now.AddMinutes(-_random.Next(10, 60 * 24 * 365)), NpgsqlDbType.TimestampTz, ct);
        }
        await import.CompleteAsync(ct);
        Count("Needs", scale.Needs);
    }

    // One menu per county per month, items by topic, sessions at the county's operating sites (a tenth online);
    // the orders are shared out so that the sessions together hold the requested number.
    private async Task<List<SessionRow>> MenusAsync(NpgsqlConnection connection, List<Place> counties, List<(int Id, Place Union, string CountyCode)> sites, CancellationToken ct)
    {
        var menuId = (int)await ScalarAsync(connection, """SELECT coalesce(max("Id"), 0) FROM "Menus" """, ct);
        var itemId = (int)await ScalarAsync(connection, """SELECT coalesce(max("Id"), 0) FROM "MenuItems" """, ct);
        var sessionId = (int)await ScalarAsync(connection, """SELECT coalesce(max("Id"), 0) FROM "Sessions" """, ct);
        var orderId = await ScalarAsync(connection, """SELECT coalesce(max("Id"), 0) FROM "Orders" """, ct);
        const int ordersPerSession = 60;
        var sessionCount = Math.Max(1, scale.Orders / ordersPerSession);
        var itemsPerMenu = Math.Clamp(sessionCount / (counties.Count * Months * 8), 2, 40);
        var sessionsPerItem = Math.Max(1, (int)Math.Ceiling(sessionCount / (double)(counties.Count * Months * itemsPerMenu)));

        var menus = new List<(int Id, Place County, DateOnly Start)>();
        var items = new List<(int Id, int MenuId, Place County, int Category, int Mode, string Title, bool Online, DateOnly Month)>();
        for (var m = 0; m < Months; m++)
        {
            var start = FirstMonth.AddMonths(m);
            foreach (var county in counties)
            {
                menus.Add((++menuId, county, start));
                for (var k = 0; k < itemsPerMenu; k++)
                {
                    var topic = Topics[_random.Next(Topics.Length)];
                    items.Add((++itemId, menuId, county, topic.Category, topic.Mode, topic.Titles[_random.Next(topic.Titles.Length)], _random.NextDouble() < 0.1, start));
                }
            }
        }
        var sessions = new List<SessionRow>();
        var remaining = (long)scale.Orders;
        var sitesByCounty = sites.GroupBy(s => s.CountyCode).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var itemsLeft = items.Count;
        foreach (var item in items)
        {
            var local = sitesByCounty.GetValueOrDefault(item.County.RegionCode!) ?? sites;
            for (var s = 0; s < sessionsPerItem; s++)
            {
                var sessionsLeft = (itemsLeft - 1) * sessionsPerItem + (sessionsPerItem - s);
                var orders = (int)Math.Min(remaining, Math.Min(1000, Math.Max(0, (remaining / sessionsLeft) + _random.Next(-20, 21))));
                if (sessionsLeft == 1)
                {
                    orders = (int)Math.Min(remaining, 1000);
                }
                remaining -= orders;
                var day = item.Month.AddDays(_random.Next(DateTime.DaysInMonth(item.Month.Year, item.Month.Month)));
                var hour = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 9.5 : 19;
                var starts = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Beijing).AddHours(hour).ToUniversalTime();
                var host = local[_random.Next(local.Count)];
                var capacity = Math.Clamp((int)(orders * (0.75 + (_random.NextDouble() * 0.5))), 1, 1000);
                var cancelled = _random.NextDouble() < 0.02;
                sessions.Add(new SessionRow(++sessionId, item.Id, item.County.UnionId, item.Online ? null : host.Id, starts, capacity, orders, orderId + 1, cancelled, item.Mode));
                orderId += orders;
            }
            itemsLeft--;
        }

        await using (var import = await connection.BeginBinaryImportAsync(
            """COPY "Menus" ("Id", "UnionId", "Title", "PeriodStart", "PeriodEnd", "Status", "PublishedAt", "CreatedAt") FROM STDIN (FORMAT BINARY)""", ct))
        {
            foreach (var (id, county, start) in menus)
            {
                var end = start.AddMonths(1).AddDays(-1);
                var published = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), Beijing).AddDays(-10).ToUniversalTime();
                await import.StartRowAsync(ct);
                await import.WriteAsync(id, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(county.UnionId, NpgsqlDbType.Integer, ct);
                await import.WriteAsync($"{county.Name.Replace("总工会", "", StringComparison.Ordinal)}{start.Year}年{start.Month}月服务菜单", NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(start, NpgsqlDbType.Date, ct);
                await import.WriteAsync(end, NpgsqlDbType.Date, ct);
                await import.WriteAsync(end < DateOnly.FromDateTime(Now.ToOffset(Beijing).DateTime) ? 3 : 2, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(published, NpgsqlDbType.TimestampTz, ct);
                await import.WriteAsync(published.AddDays(-5), NpgsqlDbType.TimestampTz, ct);
            }
            await import.CompleteAsync(ct);
        }
        Count("Menus", menus.Count);

        await using (var import = await connection.BeginBinaryImportAsync(
            """COPY "MenuItems" ("Id", "MenuId", "UnionId", "Title", "Category", "Description", "Mode", "Scale", "Channel", "ProviderType", "ClassSize", "InterestCount", "SchedulingPromptedAt", "CreatedAt") FROM STDIN (FORMAT BINARY)""", ct))
        {
            foreach (var item in items)
            {
                var created = new DateTimeOffset(item.Month.ToDateTime(TimeOnly.MinValue), Beijing).AddDays(-15).ToUniversalTime();
                await import.StartRowAsync(ct);
                await import.WriteAsync(item.Id, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(item.MenuId, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(item.County.UnionId, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(item.Title, NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(item.Category, NpgsqlDbType.Integer, ct);
                await import.WriteAsync("根据职工需求开设。", NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(item.Mode, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(_random.Next(1, 3), NpgsqlDbType.Integer, ct);
                await import.WriteAsync(item.Online ? 2 : 1, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(_random.Next(1, 4), NpgsqlDbType.Integer, ct);
                await import.WriteAsync(ordersPerSession, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(0, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(created, NpgsqlDbType.TimestampTz, ct);
                await import.WriteAsync(created, NpgsqlDbType.TimestampTz, ct);
            }
            await import.CompleteAsync(ct);
        }
        Count("MenuItems", items.Count);
        return sessions;
    }

    // One order plan per session, replayed from the session's own seed for the check-ins and the ratings, so that
    // ten million orders never sit in memory. Sessions get their counters from the same plan.
    private sealed record OrderPlan(long Id, int Worker, int Status, int? Ticket, DateTimeOffset CreatedAt, bool Attended, int? ContentStars, int ProviderStars, int? VenueStars);

    private IEnumerable<OrderPlan> Plan(SessionRow session, int workerCount)
    {
        // Not HashCode.Combine: it is randomised per process, and the same seed must give the same orders.
        var random = new Random(unchecked((seed * 1_000_003) + session.Id));
        var taken = new HashSet<int>();
        var active = 0;
        var ticket = 0;
        var past = session.StartsAt.AddHours(2) < Now;
        for (var i = 0; i < session.Orders; i++)
        {
            int worker;
            do
            {
                worker = random.Next(workerCount);
            }
            while (!taken.Add(worker));
            var created = session.StartsAt.AddMinutes(-random.Next(60, 60 * 24 * 20));
            int status;
            int? number = null;
            if (session.Cancelled || random.NextDouble() < 0.08)
            {
                status = 3;
            }
            else if (active < session.Capacity)
            {
                status = 1;
                active++;
            }
            else
            {
                status = 2;
                number = ++ticket;
            }
            var attended = status == 1 && past && random.NextDouble() < 0.85;
            var rated = attended && random.NextDouble() < 0.3;
            yield return new OrderPlan(session.FirstOrderId + i, worker, status, number, created, attended,
                rated ? Stars(random) : null, Stars(random), session.SiteId is null ? null : Stars(random));
        }
    }

    private static int Stars(Random random) => random.NextDouble() switch { < 0.55 => 5, < 0.85 => 4, < 0.95 => 3, < 0.98 => 2, _ => 1 };

    private async Task OrdersAsync(NpgsqlConnection connection, List<SessionRow> sessions, Guid[] workers, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using (var import = await connection.BeginBinaryImportAsync(
            """COPY "Sessions" ("Id", "MenuItemId", "UnionId", "StartsAt", "EndsAt", "SiteId", "OnlineUrl", "Capacity", "Confirmed", "WaitlistTickets", "Status", "Version", "CreatedAt", "FeedbackInvitedAt", "SeatsSealedAt") FROM STDIN (FORMAT BINARY)""", ct))
        {
            foreach (var session in sessions)
            {
                var plans = Plan(session, workers.Length).ToList();
                var ends = session.StartsAt.AddHours(2);
                await import.StartRowAsync(ct);
                await import.WriteAsync(session.Id, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(session.ItemId, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(session.UnionId, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(session.StartsAt, NpgsqlDbType.TimestampTz, ct);
                await import.WriteAsync(ends, NpgsqlDbType.TimestampTz, ct);
                await WriteNullableAsync(import, session.SiteId, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(import, session.SiteId is null ? $"https://meeting.example.cn/wh/{session.Id}" : null, NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(session.Capacity, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(plans.Count(p => p.Status == 1), NpgsqlDbType.Integer, ct);
                await import.WriteAsync(plans.Count(p => p.Ticket is not null), NpgsqlDbType.Integer, ct);
                await import.WriteAsync(session.Cancelled ? 2 : 1, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(1, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(session.StartsAt.AddDays(-25), NpgsqlDbType.TimestampTz, ct);
                await WriteNullableAsync(import, ends <= Now ? ends : (DateTimeOffset?)null, NpgsqlDbType.TimestampTz, ct);
                // Ended sessions as the sealing pass leaves them; the rebuild adds their seats to the cells.
                await WriteNullableAsync(import, ends <= Now ? ends : (DateTimeOffset?)null, NpgsqlDbType.TimestampTz, ct);
            }
            await import.CompleteAsync(ct);
        }
        Count("Sessions", sessions.Count);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"           sessions in {clock.Elapsed.TotalSeconds:0.0} s"));

        await using (var import = await connection.BeginBinaryImportAsync(
            """COPY "Orders" ("Id", "SessionId", "MenuItemId", "UserId", "Status", "WaitlistTicket", "CreatedAt", "ConfirmedAt", "CancelledAt") FROM STDIN (FORMAT BINARY)""", ct))
        {
            foreach (var session in sessions)
            {
                foreach (var order in Plan(session, workers.Length))
                {
                    await import.StartRowAsync(ct);
                    await import.WriteAsync((int)order.Id, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(session.Id, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(session.ItemId, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(workers[order.Worker], NpgsqlDbType.Uuid, ct);
                    await import.WriteAsync(order.Status, NpgsqlDbType.Integer, ct);
                    await WriteNullableAsync(import, order.Ticket, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(order.CreatedAt, NpgsqlDbType.TimestampTz, ct);
                    await WriteNullableAsync(import, order.Status == 1 ? order.CreatedAt : (DateTimeOffset?)null, NpgsqlDbType.TimestampTz, ct);
                    await WriteNullableAsync(import, order.Status == 3 ? order.CreatedAt.AddHours(5) : (DateTimeOffset?)null, NpgsqlDbType.TimestampTz, ct);
                    Count("Orders", 1);
                }
            }
            await import.CompleteAsync(ct);
        }
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"           orders in {clock.Elapsed.TotalSeconds:0.0} s"));

        var checkInId = await ScalarAsync(connection, """SELECT coalesce(max("Id"), 0) FROM "CheckIns" """, ct);
        await using (var import = await connection.BeginBinaryImportAsync(
            """COPY "CheckIns" ("Id", "SessionId", "UserId", "OrderId", "Method", "IsWalkIn", "CheckedInAt") FROM STDIN (FORMAT BINARY)""", ct))
        {
            foreach (var session in sessions)
            {
                foreach (var order in Plan(session, workers.Length).Where(o => o.Attended))
                {
                    await import.StartRowAsync(ct);
                    await import.WriteAsync((int)++checkInId, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(session.Id, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(workers[order.Worker], NpgsqlDbType.Uuid, ct);
                    await import.WriteAsync((int)order.Id, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(session.SiteId is null ? 3 : 1, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(false, NpgsqlDbType.Boolean, ct);
                    await import.WriteAsync(session.StartsAt.AddMinutes(-(order.Id % 20)), NpgsqlDbType.TimestampTz, ct);
                    Count("CheckIns", 1);
                }
            }
            await import.CompleteAsync(ct);
        }
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"           check-ins in {clock.Elapsed.TotalSeconds:0.0} s"));

        var feedbackId = await ScalarAsync(connection, """SELECT coalesce(max("Id"), 0) FROM "SessionFeedback" """, ct);
        await using (var import = await connection.BeginBinaryImportAsync(
            """COPY "SessionFeedback" ("Id", "SessionId", "UserId", "MenuItemId", "UnionId", "SiteId", "Mode", "ContentStars", "ProviderStars", "VenueStars", "IsLow", "FollowUp", "CreatedAt") FROM STDIN (FORMAT BINARY)""", ct))
        {
            foreach (var session in sessions)
            {
                foreach (var order in Plan(session, workers.Length).Where(o => o.ContentStars is not null))
                {
                    var content = order.ContentStars!.Value;
                    var low = content <= 2 || order.ProviderStars <= 2 || order.VenueStars <= 2;
                    await import.StartRowAsync(ct);
                    await import.WriteAsync((int)++feedbackId, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(session.Id, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(workers[order.Worker], NpgsqlDbType.Uuid, ct);
                    await import.WriteAsync(session.ItemId, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(session.UnionId, NpgsqlDbType.Integer, ct);
                    await WriteNullableAsync(import, session.SiteId, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(session.Mode, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(content, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(order.ProviderStars, NpgsqlDbType.Integer, ct);
                    await WriteNullableAsync(import, order.VenueStars, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(low, NpgsqlDbType.Boolean, ct);
                    await import.WriteAsync(low ? 2 : 0, NpgsqlDbType.Integer, ct);
                    await import.WriteAsync(session.StartsAt.AddHours(3 + (order.Id % 48)), NpgsqlDbType.TimestampTz, ct);
                    Count("SessionFeedback", 1);
                }
            }
            await import.CompleteAsync(ct);
        }
    }

    // Rights cases and aid applications: encrypted phone/ID/income with the app's keys, in the workers' townships.
    // Case numbers continue the year's sequence (which is moved past them), so a case filed afterwards gets the next one.
    private async Task CasesAsync(NpgsqlConnection connection, Guid[] workers, int[] homes, List<Place> townships, CancellationToken ct)
    {
        var caseId = await ScalarAsync(connection, """SELECT coalesce(max("Id"), 0) FROM "RightsCases" """, ct);
        var serial = (int)await ScalarAsync(connection, """SELECT coalesce(max("Serial"), 0) FROM "RightsCases" WHERE "Year" = 2026""", ct);
        var phoneCipher = encrypt("13800000000");
        await using (var import = await connection.BeginBinaryImportAsync(
            """COPY "RightsCases" ("Id", "Number", "Year", "Serial", "WorkerId", "PersonName", "PhoneCipher", "PhoneMasked", "Category", "EmployerName", "Description", "AmountFen", "UnionId", "Channel", "ConsentAt", "Status", "SubmittedAt", "AcknowledgeBy", "AcknowledgedAt", "CloseBy", "Outcome", "ClosedAt", "Rating", "Version") FROM STDIN (FORMAT BINARY)""", ct))
        {
            for (var i = 0; i < scale.RightsCases; i++)
            {
                var worker = _random.Next(workers.Length);
                var submitted = new DateTimeOffset(2026, 1, 5, 1, 0, 0, TimeSpan.Zero).AddMinutes(_random.Next(0, 60 * 24 * 320));
                var status = submitted < Now.AddDays(-60) ? 4 : _random.Next(1, 5);
                var category = _random.Next(1, 7);
                var day = DateOnly.FromDateTime(submitted.ToOffset(Beijing).DateTime);
                await import.StartRowAsync(ct);
                await import.WriteAsync((int)++caseId, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"WQ2026{++serial:00000}"), NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(2026, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(serial, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(workers[worker], NpgsqlDbType.Uuid, ct);
                await import.WriteAsync(Person(), NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(phoneCipher, NpgsqlDbType.Text, ct);
                await import.WriteAsync("138****0000", NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(category, NpgsqlDbType.Integer, ct);
                await import.WriteAsync($"乐山{Companies[_random.Next(Companies.Length)]}有限公司", NpgsqlDbType.Varchar, ct);
                await import.WriteAsync("用人单位拖欠工资，多次协商未果，请求工会帮助。", NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(import, category == 1 ? _random.Next(100_000, 5_000_000) : (long?)null, NpgsqlDbType.Bigint, ct);
                await import.WriteAsync(homes[worker], NpgsqlDbType.Integer, ct);
                await import.WriteAsync(_random.Next(1, 3), NpgsqlDbType.Integer, ct);
                await import.WriteAsync(submitted, NpgsqlDbType.TimestampTz, ct);
                await import.WriteAsync(status, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(submitted, NpgsqlDbType.TimestampTz, ct);
                await import.WriteAsync(day.AddDays(3), NpgsqlDbType.Date, ct);
                await WriteNullableAsync(import, status > 1 ? submitted.AddHours(20) : (DateTimeOffset?)null, NpgsqlDbType.TimestampTz, ct);
                await import.WriteAsync(day.AddDays(45), NpgsqlDbType.Date, ct);
                await WriteNullableAsync(import, status == 4 ? _random.Next(1, 6) : (int?)null, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(import, status == 4 ? submitted.AddDays(_random.Next(5, 45)) : (DateTimeOffset?)null, NpgsqlDbType.TimestampTz, ct);
                await WriteNullableAsync(import, status == 4 && _random.NextDouble() < 0.5 ? Stars(_random) : (int?)null, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(1, NpgsqlDbType.Integer, ct);
            }
            await import.CompleteAsync(ct);
        }
        Count("RightsCases", scale.RightsCases);
        await using (var sequence = new NpgsqlCommand(
            """INSERT INTO "RightsCaseSequences" ("Year", "Last") VALUES (2026, @last) ON CONFLICT ("Year") DO UPDATE SET "Last" = greatest("RightsCaseSequences"."Last", @last)""", connection))
        {
            sequence.Parameters.AddWithValue("last", serial);
            await sequence.ExecuteNonQueryAsync(ct);
        }

        // The township's county and the city, as the aid path needs them.
        var parents = new Dictionary<int, (int County, int City)>();
        await using (var command = new NpgsqlCommand(
            """SELECT u."Id", c."Id", c."ParentId" FROM "Unions" u JOIN "Unions" c ON u."Path" LIKE c."Path" || '%' AND c."Level" = 3 WHERE u."Level" IN (4, 5)""", connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                parents[reader.GetInt32(0)] = (reader.GetInt32(1), reader.GetInt32(2));
            }
        }
        var aidId = await ScalarAsync(connection, """SELECT coalesce(max("Id"), 0) FROM "AidApplications" """, ct);
        var household = encrypt("""[{"name":"本人","relation":"本人","age":45,"incomeFen":150000}]""");
        var income = encrypt("150000");
        await using (var import = await connection.BeginBinaryImportAsync(
            """COPY "AidApplications" ("Id", "UserId", "UnionId", "CountyUnionId", "CityUnionId", "RealName", "IdCipher", "IdLookup", "IdMasked", "PhoneCipher", "PhoneMasked", "HouseholdSize", "HouseholdCipher", "IncomeCipher", "Causes", "CauseDescription", "RequestedFen", "ApprovedFen", "ConsentAt", "ConsentVersion", "Year", "Status", "Level", "SubmittedAt", "PaidFen", "PaidOn") FROM STDIN (FORMAT BINARY)""", ct))
        {
            for (var i = 0; i < scale.AidApplications; i++)
            {
                var worker = _random.Next(workers.Length);
                if (!parents.TryGetValue(homes[worker], out var parent))
                {
                    continue;
                }
                var idNumber = IdNumber(i);
                var submitted = new DateTimeOffset(2026, 2, 1, 2, 0, 0, TimeSpan.Zero).AddMinutes(_random.Next(0, 60 * 24 * 280));
                var status = _random.NextDouble() switch { < 0.3 => 0, < 0.45 => 1, < 0.6 => 2, _ => 3 };
                var requested = _random.Next(10, 100) * 10_000L;
                await import.StartRowAsync(ct);
                await import.WriteAsync((int)++aidId, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(workers[worker], NpgsqlDbType.Uuid, ct);
                await import.WriteAsync(homes[worker], NpgsqlDbType.Integer, ct);
                await import.WriteAsync(parent.County, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(parent.City, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(Person(), NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(encrypt(idNumber), NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(lookup(idNumber), NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(WorkerHome.Infrastructure.Privacy.Masking.IdNumber(idNumber), NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(phoneCipher, NpgsqlDbType.Varchar, ct);
                await import.WriteAsync("138****0000", NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(1, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(household, NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(income, NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(1 << _random.Next(0, 4), NpgsqlDbType.Integer, ct);
                await import.WriteAsync("家庭成员患病，医疗支出较大，生活困难。", NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(requested, NpgsqlDbType.Bigint, ct);
                await WriteNullableAsync(import, status >= 2 ? requested : (long?)null, NpgsqlDbType.Bigint, ct);
                await import.WriteAsync(submitted, NpgsqlDbType.TimestampTz, ct);
                await import.WriteAsync("aid-income-health-2026-01", NpgsqlDbType.Varchar, ct);
                await import.WriteAsync(2026, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(status, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(status >= 2 ? 2 : 0, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(submitted, NpgsqlDbType.TimestampTz, ct);
                await WriteNullableAsync(import, status == 3 ? requested : (long?)null, NpgsqlDbType.Bigint, ct);
                await WriteNullableAsync(import, status == 3 ? DateOnly.FromDateTime(submitted.AddDays(30).DateTime) : (DateOnly?)null, NpgsqlDbType.Date, ct);
                Count("AidApplications", 1);
            }
            await import.CompleteAsync(ct);
        }
    }

    /// <summary>A valid, unique GB 11643 ID number for applicant i (born 1970–2000 in 市中区).</summary>
    private static string IdNumber(int i)
    {
        var birth = new DateOnly(1970, 1, 1).AddDays(i / 500 % 10_950);
        var body = string.Create(CultureInfo.InvariantCulture, $"511102{birth:yyyyMMdd}{i % 500 + 100:000}");
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, k) => (c - '0') * weights[k]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct
    {
        if (value is { } present)
        {
            await import.WriteAsync(present, type, ct);
        }
        else
        {
            await import.WriteNullAsync(ct);
        }
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter import, string? value, NpgsqlDbType type, CancellationToken ct)
    {
        if (value is not null)
        {
            await import.WriteAsync(value, type, ct);
        }
        else
        {
            await import.WriteNullAsync(ct);
        }
    }

    private string Person() => Surnames[_random.Next(Surnames.Length)] + Given[_random.Next(Given.Length)];

    private double Jitter(double range) => Math.Round((_random.NextDouble() * 2 - 1) * range, 5);

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(ct);
    }
}
