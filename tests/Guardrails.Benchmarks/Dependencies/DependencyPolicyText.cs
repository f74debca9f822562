namespace Guardrails.Benchmarks.Dependencies;

/// <summary>
/// The policy the dependency benchmark checks against: a ban list of the length teams keep (IDs, globs, version ranges,
/// reasons, severities), an allow-list of vendor globs with one entry that allows its dependencies, a licence allow-list
/// with ignored internal packages, and layering rules between projects.
/// </summary>
internal static class DependencyPolicyText
{
    public const string Text = """
        {
          "$schema": "https://example.com/guardrails.schema.json",
          "rules": {
            "dependencies": "warning",
            "GR1001": "error",
          },
          "packages": {
            "banned": [
              "Newtonsoft.Json",
              { "id": "System.Data.SqlClient", "reason": "Use Microsoft.Data.SqlClient." },
              { "id": "log4net", "versions": "< 2.0.10", "reason": "CVE-2018-1285", "severity": "error" },
              { "id": "Contoso.Legacy.*", "reason": "Being retired; see ADR-0042." },
              { "id": "Microsoft.Azure.DocumentDB*", "reason": "Use Microsoft.Azure.Cosmos." },
              { "id": "System.Net.Http", "versions": "< 4.3.4", "reason": "CVE-2018-8292" },
              { "id": "SharpZipLib", "versions": "< 1.3.3", "reason": "CVE-2021-32840" },
              { "id": "Moq", "versions": "[4.20.0, 4.20.2)", "reason": "SponsorLink." },
              { "id": "Microsoft.AspNet.*", "reason": "ASP.NET (classic) does not run on .NET." },
              "EntityFramework",
              "RestSharp",
              "BouncyCastle*",
              "NLog*",
              "jQuery",
              "Newtonsoft.Json.Bson",
              { "id": "Castle.Core", "versions": "< 4.0.0", "severity": "warning" },
              { "id": "Contoso.Internal.Obsolete*", "reason": "Replaced by Contoso.Platform." },
              { "id": "WindowsAzure.Storage", "reason": "Use Azure.Storage.Blobs." },
            ],
            "allowed": [
              "Microsoft.*",
              "System.*",
              "Azure.*",
              "Serilog*",
              "OpenTelemetry*",
              "Grpc.*",
              "Contoso.*",
              { "id": "Polly*", "versions": "[8.0,9.0)", "includeDependencies": true },
            ],
            "licenses": {
              "allowed": ["MIT", "Apache-2.0", "BSD-3-Clause", "MS-PL"],
              "unknown": "warning",
              "ignore": ["Contoso.*"],
            },
          },
          "projects": [
            { "from": "*.Domain", "mustNotReference": ["*.Infrastructure", "*.Web"], "reason": "The domain stays pure." },
            { "from": "src/Core/**", "mustNotReference": ["src/Web/**"] },
            { "from": "*.Shared", "mustNotReference": ["*.Domain"] },
          ],
        }
        """;
}
