using System.Linq.Expressions;

namespace WorkerHome.Features.Statistics;

/// <summary>A record reduced to what the dashboard groups by: its id, union, site and month index in the period.</summary>
public sealed class Tagged
{
    public int Id { get; init; }
    public int UnionId { get; init; }
    public int? SiteId { get; init; }
    public int Month { get; init; }

    /// <summary>A number carried along for summing (a session's confirmed seats); 0 when not asked for.</summary>
    public int Weight { get; init; }
}

/// <summary>
/// Builds the projection to <see cref="Tagged"/> whose month index is a CASE over the period's month boundaries, so
/// the database can GROUP BY month on both providers (SQLite stores instants as numbers and has no date parts).
/// </summary>
public static class MonthBuckets
{
    public static Expression<Func<T, Tagged>> Tag<T>(DashboardPeriod period, Expression<Func<T, int>> id, Expression<Func<T, int>> union,
        Expression<Func<T, int?>> site, Expression<Func<T, DateTimeOffset>> at, Expression<Func<T, int>>? weight = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(union);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(at);
        var p = Expression.Parameter(typeof(T), "x");
        var instant = Rebind(at, p);
        Expression month = Expression.Constant(period.Months - 1);
        for (var i = period.Months - 1; i >= 1; i--)
        {
            month = Expression.Condition(Expression.LessThan(instant, Expression.Constant(period.Boundaries[i])), Expression.Constant(i - 1), month);
        }
        var body = Expression.MemberInit(Expression.New(typeof(Tagged)),
            Expression.Bind(typeof(Tagged).GetProperty(nameof(Tagged.Id))!, Rebind(id, p)),
            Expression.Bind(typeof(Tagged).GetProperty(nameof(Tagged.UnionId))!, Rebind(union, p)),
            Expression.Bind(typeof(Tagged).GetProperty(nameof(Tagged.SiteId))!, Rebind(site, p)),
            Expression.Bind(typeof(Tagged).GetProperty(nameof(Tagged.Month))!, month),
            Expression.Bind(typeof(Tagged).GetProperty(nameof(Tagged.Weight))!, weight is null ? Expression.Constant(0) : Rebind(weight, p)));
        return Expression.Lambda<Func<T, Tagged>>(body, p);
    }

    private static Expression Rebind(LambdaExpression lambda, ParameterExpression p) => new Swap(lambda.Parameters[0], p).Visit(lambda.Body);

    private sealed class Swap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
