using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace WorkerHome.Infrastructure.OpenApi;

public static class OpenApiSetup
{
    public static IServiceCollection AddAppOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "职工之家服务平台 API",
                    Version = "v1",
                    Description = "WorkerHome：职工之家阵地网络与菜单式互动服务。错误一律以 RFC 7807 ProblemDetails 返回，"
                        + "含稳定的 code 与中文 title。工作人员接口需要 Bearer 令牌（POST /api/auth/token）。",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "POST /api/auth/token 获取的访问令牌",
                };
                return Task.CompletedTask;
            });
        });

    public static WebApplication MapAppOpenApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi("/openapi/{documentName}.json");
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference("/scalar", options => options.WithTitle("职工之家服务平台 API"));
        }
        return app;
    }
}
