using WorkerHome.Components;
using WorkerHome.Data.Seed;
using WorkerHome.Features.Account;
using WorkerHome.Features.Attendance;
using WorkerHome.Features.Dispatch;
using WorkerHome.Features.Feedback;
using WorkerHome.Features.Audit;
using WorkerHome.Features.Menu;
using WorkerHome.Features.Moderation;
using WorkerHome.Features.Needs;
using WorkerHome.Features.Notifications;
using WorkerHome.Features.Orders;
using WorkerHome.Features.Regions;
using WorkerHome.Features.Sessions;
using WorkerHome.Features.Sites;
using WorkerHome.Features.Unions;
using WorkerHome.Features.Standards;
using WorkerHome.Features.Construction;
using WorkerHome.Features.Funding;
using WorkerHome.Features.Planning;
using WorkerHome.Features.Bookings;
using WorkerHome.Features.Counselling;
using WorkerHome.Features.ChildCare;
using WorkerHome.Features.Library;
using WorkerHome.Features.Training;
using WorkerHome.Features.BattleMap;
using WorkerHome.Features.Volunteers;
using WorkerHome.Infrastructure;
using WorkerHome.Infrastructure.Auth;
using WorkerHome.Infrastructure.Health;
using WorkerHome.Infrastructure.OpenApi;
using WorkerHome.Infrastructure.Persistence;
using WorkerHome.Infrastructure.Privacy;
using WorkerHome.Infrastructure.Problems;
using WorkerHome.Infrastructure.Ui;

var builder = WebApplication.CreateBuilder(args);

// Cross-cutting: database, errors, identity, privacy, API description, health, UI.
builder.AddAppDatabase();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddAppProblems();
builder.Services.AddValidation();
builder.Services.AddAppAuth();
builder.Services.AddAppPrivacy(builder.Configuration, builder.Environment);
builder.Services.AddAppOpenApi();
builder.Services.AddAppHealth();
builder.Services.AddAppUi();

// Rooms.
builder.Services.AddRegionsFeature();
builder.Services.AddUnionsFeature();
builder.Services.AddAccountFeature();
builder.Services.AddSitesFeature();
builder.Services.AddAuditFeature();
builder.Services.AddNotificationsFeature(builder.Configuration);
builder.Services.AddModerationFeature();
builder.Services.AddNeedsFeature();
builder.Services.AddMenuFeature();
builder.Services.AddSessionsFeature();
builder.Services.AddOrdersFeature(builder.Configuration, builder.Environment);
builder.Services.AddVolunteersFeature();
builder.Services.AddDispatchFeature();
builder.Services.AddAttendanceFeature();
builder.Services.AddFeedbackFeature();
builder.Services.AddStandardsFeature();
builder.Services.AddConstructionFeature();
builder.Services.AddFundingFeature();
builder.Services.AddPlanningFeature();
builder.Services.AddBattleMapFeature();
builder.Services.AddBookingsFeature();
builder.Services.AddCounsellingFeature();
builder.Services.AddChildCareFeature();
builder.Services.AddLibraryFeature();
builder.Services.AddTrainingFeature();
builder.Services.AddDemoData();

var app = builder.Build();

app.UseAppPipeline();
app.MapAppHealth();
app.MapAppOpenApi();

app.MapRegionsApi();
app.MapUnionsApi();
app.MapAccountApi();
app.MapAccountPages();
app.MapSitesApi();
app.MapAuditApi();
app.MapNotificationsApi();
app.MapModerationApi();
app.MapNeedsApi();
app.MapMenuApi();
app.MapSessionsApi();
app.MapOrdersApi();
app.MapVolunteersApi();
app.MapDispatchApi();
app.MapAttendanceApi();
app.MapFeedbackApi();
app.MapStandardsApi();
app.MapConstructionApi();
app.MapFundingApi();
app.MapPlanningApi();
app.MapBattleMapApi();
app.MapBookingsApi();
app.MapCounsellingApi();
app.MapChildCareApi();
app.MapLibraryApi();
app.MapTrainingApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.PrepareDatabaseAsync();
app.PrintStartupBanner();
await app.RunAsync();

/// <summary>The host, public so the test projects can start it.</summary>
public partial class Program;
