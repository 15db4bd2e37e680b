using Microsoft.AspNetCore.Authorization;
using WorkerHome.Features.Unions;

namespace WorkerHome.Infrastructure.Auth;

/// <summary>A policy requirement answered from the user's grants in the database.</summary>
public sealed class ScopeRequirement(Func<AccessScope, bool> isMet) : IAuthorizationRequirement
{
    public bool IsMet(AccessScope scope) => isMet(scope);

    public static readonly ScopeRequirement Staff = new(s => s.IsStaff);
    public static readonly ScopeRequirement SystemAdmin = new(s => s.IsSystemAdmin);
    public static readonly ScopeRequirement DictionaryEditor = new(s => s.IsSystemAdmin || s.HighestLevel <= (int)UnionLevel.City);
}

/// <summary>
/// Evaluates <see cref="ScopeRequirement"/> in a scope of its own, with the principal being authorized,
/// so it works the same in HTTP requests and in the console's interactive circuits.
/// </summary>
internal sealed class ScopeRequirementHandler(IServiceScopeFactory scopes) : AuthorizationHandler<ScopeRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = context.User;
        var access = await scope.ServiceProvider.GetRequiredService<DataScope>().GetAsync(CancellationToken.None);
        if (requirement.IsMet(access))
        {
            context.Succeed(requirement);
        }
    }
}
