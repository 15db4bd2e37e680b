using Microsoft.AspNetCore.Components.Authorization;
using WorkerHome.Infrastructure.Auth;

namespace WorkerHome.Components;

/// <summary>
/// Runs a use case for the staff console. An interactive circuit lives for minutes or hours, far too long for
/// one DbContext, so every operation gets its own scope with the signed-in user set on it.
/// </summary>
public sealed class ConsoleRunner(IServiceScopeFactory scopes, AuthenticationStateProvider authentication)
{
    public async Task<T> RunAsync<THandler, T>(Func<THandler, CancellationToken, Task<T>> operation, CancellationToken ct = default)
        where THandler : notnull
    {
        ArgumentNullException.ThrowIfNull(operation);
        var state = await authentication.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal = state.User;
        return await operation(scope.ServiceProvider.GetRequiredService<THandler>(), ct);
    }
}
