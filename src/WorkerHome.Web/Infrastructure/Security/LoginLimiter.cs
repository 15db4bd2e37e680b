using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using WorkerHome.Infrastructure.Problems;

namespace WorkerHome.Infrastructure.Security;

/// <summary>
/// The rate-limiter policy of the sign-in endpoints (<c>POST /api/auth/token</c> and the <c>/login</c> form):
/// so many attempts per minute for one account name from one client address, and so many from one address in all
/// (<see cref="LoginLimitOptions"/>); more answer 429 with a problem and <c>Retry-After</c>. Identity's lockout
/// (5 failures, 15 minutes) protects each account whatever the address; this limit slows guessing across names and
/// keeps password hashing from being used to load the server.
/// <para>
/// The counters live in the node's memory: a limit shared across nodes would cost a database round trip on every
/// attempt. With N nodes behind the load balancer a client can make up to N times the limit; the lockout, stored in
/// the database, stays the same for all nodes.
/// </para>
/// <para>
/// The account name comes from the request body, read (and buffered) by <see cref="ReadNameAsync(HttpContext)"/> before the
/// limiter runs, because a limiter policy cannot read a body.
/// </para>
/// </summary>
public sealed class LoginLimiter : IRateLimiterPolicy<string>, IDisposable
{
    public const string Policy = "login";

    public static readonly AppProblem TooManyAttempts = new("too_many_attempts", "登录尝试过于频繁，请稍后再试", StatusCodes.Status429TooManyRequests);

    private const string NameItem = "WorkerHome.LoginName";
    private const int MaxBodyBytes = 16 * 1024;

    private readonly PartitionedRateLimiter<Attempt> _limits;

    public LoginLimiter(IOptions<SecurityOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value.Login;
        _limits = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<Attempt, string>(a => RateLimitPartition.GetFixedWindowLimiter(a.Client + "\n" + a.Name, _ => PerMinute(limits.PerNamePerMinute))),
            PartitionedRateLimiter.Create<Attempt, string>(a => RateLimitPartition.GetFixedWindowLimiter(a.Client, _ => PerMinute(limits.PerClientPerMinute))));
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask> OnRejected { get; } = async (context, ct) =>
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var response = context.HttpContext.Response;
        response.StatusCode = TooManyAttempts.Status;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (!Pipeline.IsApi(context.HttpContext))
        {
            // The sign-in form is a page: the person gets a page in plain words with the way back, not JSON.
            await PlainPage.WriteAsync(response, TooManyAttempts.Status, "登录尝试过于频繁，请稍后再试",
                "为保护您的账号，短时间内的登录次数有限制。请等一分钟后再登录；忘记密码请联系所在工会。", "/login", "返回登录", ct);
            return;
        }
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context.HttpContext, ProblemDetails = TooManyAttempts.ToProblemDetails() });
    };

    /// <summary>Only posts are attempts; showing the sign-in page is not limited.</summary>
    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("");
        }
        var attempt = new Attempt(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", httpContext.Items[NameItem] as string ?? "");
        return RateLimitPartition.Get(attempt.Client + "\n" + attempt.Name, _ => new AttemptLimiter(_limits, attempt));
    }

    public void Dispose() => _limits.Dispose();

    /// <summary>Keeps the account name of a sign-in post for <see cref="GetPartition"/> (a policy cannot read the body).</summary>
    internal static async Task ReadNameAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method)
            && context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Policy)
        {
            context.Items[NameItem] = Normalize(await ReadNameAsync(context.Request, context.RequestAborted));
        }
    }

    private static async Task<string?> ReadNameAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is > MaxBodyBytes)
        {
            return null;
        }
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            return form.FirstOrDefault(f => f.Key.EndsWith("UserName", StringComparison.OrdinalIgnoreCase)).Value.ToString();
        }
        if (request.HasJsonContentType())
        {
            request.EnableBuffering(MaxBodyBytes);
            try
            {
                using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return null;
                }
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (property.Name.Equals("userName", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        return property.Value.GetString();
                    }
                }
                return null;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // Not JSON, or text that is not UTF-8: no name to key on; the endpoint answers the body itself.
                return null;
            }
            finally
            {
                request.Body.Position = 0;
            }
        }
        return null;
    }

    private static string Normalize(string? name)
    {
        var trimmed = (name ?? "").Trim().ToLowerInvariant();
        return trimmed.Length > 64 ? trimmed[..64] : trimmed;
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private readonly record struct Attempt(string Client, string Name);

    /// <summary>One client and name's view of the shared limits (the middleware keeps one limiter per partition).</summary>
    private sealed class AttemptLimiter(PartitionedRateLimiter<Attempt> limits, Attempt attempt) : RateLimiter
    {
        private long _lastUsed = Stopwatch.GetTimestamp();

        public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed));

        public override RateLimiterStatistics? GetStatistics() => limits.GetStatistics(attempt);

        protected override RateLimitLease AttemptAcquireCore(int permitCount)
        {
            Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
            return limits.AttemptAcquire(attempt, permitCount);
        }

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
            return limits.AcquireAsync(attempt, permitCount, cancellationToken);
        }
    }
}
