using WorkerHome.Infrastructure.Persistence;

namespace WorkerHome.Infrastructure.Privacy;

public static class PrivacySetup
{
    public static IServiceCollection AddAppPrivacy(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(sp => PrivacyKeys.Load(configuration, environment, sp.GetRequiredService<DatabaseOptions>()));
        services.AddSingleton<PersonalDataProtector>();
        return services;
    }
}
