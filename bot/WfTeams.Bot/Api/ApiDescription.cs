using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;

namespace WfTeams.Bot.Api;

/// <summary>
/// The OpenAPI description of the HTTP API at <c>/openapi/v1.json</c>: every route with its answers,
/// the security scheme (an Entra ID bearer token with the scope <c>access_as_user</c>) on every route that needs it.
/// </summary>
public static class ApiDescription
{
    public const string Path = "/openapi/{documentName}.json";
    private const string SchemeName = "EntraId";

    public static void AddApiDescription(this IHostApplicationBuilder builder) =>
        builder.Services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "WfTeams API";
                document.Info.Description = "Process templates, Prozesssteckbriefe and the Word round trip. "
                    + "A Microsoft Entra ID access token of the deployment's tenant with the scope access_as_user; writing needs the app role Process.Editor.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = $"Entra ID access token for the API (Api:ClientId), scope {ApiOptions.Scope}; role {ApiOptions.EditorRole} to write.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
                }

                return Task.CompletedTask;
            });
        });
}
