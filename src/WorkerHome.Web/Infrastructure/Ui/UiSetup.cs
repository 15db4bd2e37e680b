using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using MudBlazor;
using MudBlazor.Services;
using WorkerHome.Components;

namespace WorkerHome.Infrastructure.Ui;

public static class UiSetup
{
    /// <summary>Razor components: worker pages in static SSR, the staff console interactive on the server (MudBlazor).</summary>
    public static IServiceCollection AddAppUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter;
            options.SnackbarConfiguration.VisibleStateDuration = 3000;
        });
        services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
        services.AddScoped<ConsoleRunner>();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        return services;
    }
}
