using System.Text.Json;

namespace WfTeams.Bot.Tests.Infra;

/// <summary><c>infra/main.bicep</c> and its parameters compile and lint clean, offline, and say what the issue asks for.</summary>
public sealed class InfraTests
{
    private const string Main = "infra/main.bicep";
    private const string Parameters = "infra/main.bicepparam";

    private static readonly Dictionary<string, string> Environment = new()
    {
        ["AZURE_ENV_NAME"] = "wfteams-test",
        ["AZURE_LOCATION"] = "germanywestcentral",
        ["WFTEAMS_LEGAL_CONTACT"] = "datenschutz@wirtschaftsfoerderung.example",
        ["WFTEAMS_API_CLIENT_ID"] = "11111111-2222-3333-4444-555555555555",
        ["WFTEAMS_REPORTS_SIGNING_KEY"] = Convert.ToBase64String(new byte[32]),
    };

    [Fact]
    public async Task MainBicep_Build_SucceedsWithoutDiagnostics()
    {
        var result = await BicepCli.RunAsync(null, "build", Main, "--stdout");

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.Equal("", result.Errors.Trim());
        Assert.NotEmpty(Resources(result.Output));
    }

    [Fact]
    public async Task MainBicep_Lint_IsClean()
    {
        var result = await BicepCli.RunAsync(null, "lint", Main);

        Assert.True(result.ExitCode == 0, result.Errors + result.Output);
        Assert.Equal("", (result.Errors + result.Output).Trim());
    }

    [Fact]
    public async Task ParametersFile_WithTheAzdEnvironment_BuildsAndLintsClean()
    {
        var build = await BicepCli.RunAsync(Environment, "build-params", Parameters, "--stdout");
        var lint = await BicepCli.RunAsync(Environment, "lint", Parameters);

        Assert.True(build.ExitCode == 0, build.Errors);
        Assert.Equal("", build.Errors.Trim());
        var parameters = JsonDocument.Parse(JsonDocument.Parse(build.Output).RootElement.GetProperty("parametersJson").GetString()!).RootElement.GetProperty("parameters");
        Assert.Equal("datenschutz@wirtschaftsfoerderung.example", parameters.GetProperty("legalContact").GetProperty("value").GetString());
        Assert.True(lint.ExitCode == 0, lint.Errors + lint.Output);
        Assert.Equal("", (lint.Errors + lint.Output).Trim());
    }

    [Fact]
    public async Task ParametersFile_ShortSigningKeyOrMissingSetting_IsRefusedNamingIt()
    {
        var environment = new Dictionary<string, string>(Environment) { ["WFTEAMS_REPORTS_SIGNING_KEY"] = "kurz" };
        environment.Remove("WFTEAMS_API_CLIENT_ID");

        var result = await BicepCli.RunAsync(environment, "build-params", Parameters, "--stdout");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("WFTEAMS_API_CLIENT_ID", result.Errors, StringComparison.Ordinal);
        Assert.Contains("minimum allowable length is 44", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MainBicep_Resources_AreLockedDownAndWiredToTheIdentity()
    {
        var compiled = (await BicepCli.RunAsync(null, "build", Main, "--stdout")).Output;
        var resources = Resources(compiled);
        JsonElement Single(string type) => Assert.Single(resources, r => r.GetProperty("type").GetString() == type).GetProperty("properties");

        var storage = Single("Microsoft.Storage/storageAccounts");
        Assert.Equal("TLS1_2", storage.GetProperty("minimumTlsVersion").GetString());
        Assert.False(storage.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.False(storage.GetProperty("allowSharedKeyAccess").GetBoolean());
        // Storage Table Data Contributor and Key Vault Secrets User, for the identity.
        Assert.Equal(2, resources.Count(r => r.GetProperty("type").GetString() == "Microsoft.Authorization/roleAssignments"));
        Assert.Contains("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", compiled, StringComparison.Ordinal);
        Assert.Contains("4633458b-17de-408a-b874-0445c86b69e6", compiled, StringComparison.Ordinal);

        var site = Single("Microsoft.Web/sites");
        var config = site.GetProperty("siteConfig");
        Assert.True(site.GetProperty("httpsOnly").GetBoolean());
        Assert.Equal(("DOTNETCORE|10.0", true, "Disabled", "/healthz/ready"), (config.GetProperty("linuxFxVersion").GetString(), config.GetProperty("alwaysOn").GetBoolean(), config.GetProperty("ftpsState").GetString(), config.GetProperty("healthCheckPath").GetString()));
        // The settings are one object built from the required ones and the non-empty optional ones.
        Single("Microsoft.Web/sites/config");
        foreach (var key in new[] { "Storage__Endpoint", "Bot__AppId", "Bot__TenantId", "Bot__HostName", "Api__ClientId", "SharePoint__SiteUrl", "Profile__Organisation", "Legal__Contact", "Reports__SigningKey" })
        {
            Assert.True(compiled.Contains($"'{key}'", StringComparison.Ordinal) || compiled.Contains($"\"{key}\":", StringComparison.Ordinal), key);
        }

        Assert.Contains("'@Microsoft.KeyVault(SecretUri={0})'", compiled, StringComparison.Ordinal);

        var bot = Single("Microsoft.BotService/botServices");
        Assert.Equal("UserAssignedMSI", bot.GetProperty("msaAppType").GetString());
        Assert.Contains("/api/messages", bot.GetProperty("endpoint").GetString(), StringComparison.Ordinal);
        Assert.Equal("MsTeamsChannel", Single("Microsoft.BotService/botServices/channels").GetProperty("channelName").GetString());
        Single("Microsoft.Insights/components");
    }

    /// <summary>Every resource of the compiled template, nested deployments (modules) included.</summary>
    private static List<JsonElement> Resources(string armJson)
    {
        var found = new List<JsonElement>();
        void Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && element.TryGetProperty("apiVersion", out _))
                {
                    found.Add(element);
                }

                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }

        Walk(JsonDocument.Parse(armJson).RootElement.Clone());
        return found;
    }
}
