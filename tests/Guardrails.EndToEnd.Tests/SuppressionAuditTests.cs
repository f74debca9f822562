using System.Runtime.CompilerServices;
using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

/// <summary>GR4003 from the compiler's SARIF log: a DiagnosticSuppressor cannot quietly switch a Guardrails rule off.</summary>
public class SuppressionAuditTests
{
    private const string Suppressor = """
        using System.Collections.Immutable;
        using Microsoft.CodeAnalysis;
        using Microsoft.CodeAnalysis.Diagnostics;

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class QuietSuppressor : DiagnosticSuppressor
        {
            private static readonly SuppressionDescriptor Rule = new("QUIET001", "GR2004", "An agent wanted a green build");

            public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions => ImmutableArray.Create(Rule);

            public override void ReportSuppressions(SuppressionAnalysisContext context)
            {
                foreach (var diagnostic in context.ReportedDiagnostics)
                {
                    context.ReportSuppression(Suppression.Create(Rule, diagnostic));
                }
            }
        }
        """;

    private static readonly Dictionary<string, string?> InCi = new() { ["CI"] = "true" };

    [Fact]
    public void DiagnosticSuppressorOfAGuardrailsRule_GivesGR4003AtTheSuppressedDiagnostic_InCI()
    {
        using var project = ProjectWithAQuietSuppressor();

        var build = project.Build(InCi);

        BuildAssert.NoCrashes(build);
        BuildAssert.None(build, "GR2004");
        var diagnostic = BuildAssert.Single(build, "GR4003", "Legacy.cs", 3, "warning");
        Assert.Contains("DiagnosticSuppressor QUIET001 suppresses GR2004", diagnostic.Message);
    }

    [Fact]
    public void InCI_AProjectCannotSwitchTheAuditOrTheCompilerLogOff()
    {
        using var project = ProjectWithAQuietSuppressor(
            "<GuardrailsAuditSuppressions>false</GuardrailsAuditSuppressions><GuardrailsCompilerLog>false</GuardrailsCompilerLog>");

        var build = project.Build(InCi);

        BuildAssert.NoCrashes(build);
        BuildAssert.Single(build, "GR4003", "Legacy.cs", 3, "warning");
    }

    [Fact]
    public void InCI_AProjectsOwnSarif1ErrorLog_IsWrittenAsSarif21_AndAudited()
    {
        using var project = ProjectWithAQuietSuppressor("<ErrorLog>$(MSBuildProjectDirectory)/own.sarif</ErrorLog>");

        var build = project.Build(InCi);

        BuildAssert.NoCrashes(build);
        BuildAssert.Single(build, "GR4003", "Legacy.cs", 3, "warning");
        Assert.Contains("\"version\": \"2.1.0\"", File.ReadAllText(Path.Combine(project.ProjectDirectory, "own.sarif")));
    }

    [Fact]
    public void LocalBuild_AuditsOnlyWhenAskedForTheCompilerLog()
    {
        using var project = ProjectWithAQuietSuppressor();

        var local = project.Build();
        var asked = project.Build(null, "-p:GuardrailsCompilerLog=true");

        BuildAssert.Succeeded(local);
        BuildAssert.None(local, "GR4003");
        BuildAssert.Single(asked, "GR4003", "Legacy.cs", 3, "warning");
    }

    private static ConsumerProject ProjectWithAQuietSuppressor(string extraProperties = "", [CallerMemberName] string testName = "")
    {
        var project = ConsumerProject.Create(testName);
        project.WriteFile("Quiet/Quiet.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <!-- net10.0, not netstandard2.0: the test feed is offline and has no NETStandard.Library. -->
                <TargetFramework>net10.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <NoWarn>$(NoWarn);RS1036;RS1038;RS1041</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="$(MSBuildBinPath)/Roslyn/bincore/Microsoft.CodeAnalysis.dll" Private="false" />
              </ItemGroup>
            </Project>
            """);
        project.WriteFile("Quiet/QuietSuppressor.cs", Suppressor);
        project.WriteProject(extraProperties, extraItems: """<ProjectReference Include="../Quiet/Quiet.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />""");
        project.WriteFile("App/Legacy.cs", """
            namespace App;

            [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
            public sealed class Legacy
            {
            }
            """);
        return project;
    }

    [Fact]
    public void PragmaWithAReason_IsNotReportedByTheAudit()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Legacy.cs", """
            namespace App;

            #pragma warning disable GR2004 // vendored from upstream, tracked in PLAT-88
            [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
            public sealed class Legacy
            {
            }
            """);

        var build = project.Build(InCi);

        BuildAssert.Succeeded(build);
        BuildAssert.NoGuardrailsDiagnostics(build);
        Assert.True(File.Exists(Path.Combine(project.ProjectDirectory, "obj", "Debug", "net10.0", "guardrails", "compiler.sarif")), "the audit needs the compiler's error log");
    }
}
