using Guardrails.Checks.Diagnostics;

namespace Guardrails.Tasks.Tests;

/// <summary>
/// CI or local, and the profile that applies: decided by the process environment and the command line, never by a
/// project file — an agent that wants a green build can write &lt;CI&gt;false&lt;/CI&gt; or &lt;GuardrailsProfile&gt;local&lt;/GuardrailsProfile&gt;
/// in a project, and CsvHelper sets ContinuousIntegrationBuild=true on every developer's machine.
/// </summary>
public sealed class BuildKindTests : IDisposable
{
    private const string CiPolicy = """
        {
          "rules": { "GR2004": "warning" },
          "profiles": {
            "ci": { "rules": { "GR2004": "error" } },
            "local": { "rules": { "GR2004": "none" } }
          }
        }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-buildkind-").FullName;
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    private static BuildKind Decide(string? profile = null, bool explicitProfile = false, string? isCI = null, Dictionary<string, string>? global = null, Func<string, string?>? env = null) =>
        BuildKind.Decide(profile, explicitProfile, isCI, global, env ?? Env());

    [Theory]
    [InlineData("CI", "true")]
    [InlineData("CI", "True")]
    [InlineData("CI", "1")]
    [InlineData("TF_BUILD", "True")]
    [InlineData("GITHUB_ACTIONS", "true")]
    [InlineData("GITLAB_CI", "true")]
    [InlineData("BUILDKITE", "true")]
    [InlineData("CIRCLECI", "true")]
    [InlineData("APPVEYOR", "True")]
    [InlineData("JENKINS_URL", "https://jenkins.example/")]
    [InlineData("TEAMCITY_VERSION", "2024.03")]
    [InlineData("BITBUCKET_BUILD_NUMBER", "42")]
    public void EnvironmentOfACiSystem_IsCI_WithTheCiProfile(string variable, string value)
    {
        var kind = Decide(env: Env((variable, value)));

        Assert.True(kind.IsCI);
        Assert.Equal("ci", kind.Profile);
        Assert.False(kind.ProfileIsExplicit);
        Assert.Contains(variable, kind.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CI", "false")]
    [InlineData("CI", "0")]
    [InlineData("CI", "")]
    [InlineData("TF_BUILD", "False")]
    [InlineData("BUILD_ID", "20240101.1")]
    public void EnvironmentThatDoesNotSayCI_IsLocal(string variable, string value)
    {
        var kind = Decide(env: Env((variable, value)));

        Assert.False(kind.IsCI);
        Assert.Null(kind.Profile);
    }

    [Fact]
    public void JenkinsBuildIdWithItsUrl_IsCI()
    {
        Assert.True(Decide(env: Env(("BUILD_ID", "17"), ("BUILD_URL", "https://jenkins.example/job/app/17/"))).IsCI);
    }

    [Fact]
    public void ProjectProfile_InCiByTheEnvironment_IsIgnored_AndTheCiProfileApplies()
    {
        var kind = Decide(profile: "local", explicitProfile: true, env: Env(("CI", "true")));

        Assert.True(kind.IsCI);
        Assert.Equal("ci", kind.Profile);
        Assert.Equal("local", kind.IgnoredProfile);
    }

    [Fact]
    public void ProjectIsCIFalse_InCiByTheEnvironment_IsIgnored()
    {
        var kind = Decide(isCI: "false", env: Env(("GITHUB_ACTIONS", "true")));

        Assert.True(kind.IsCI);
        Assert.Equal("ci", kind.Profile);
        Assert.True(kind.IgnoredIsCIFalse);
    }

    [Fact]
    public void ProjectProfileCi_InCi_IsNotReportedIgnored_AndStaysExplicit()
    {
        var kind = Decide(profile: "ci", explicitProfile: true, env: Env(("CI", "true")));

        Assert.Equal("ci", kind.Profile);
        Assert.True(kind.ProfileIsExplicit);
        Assert.Null(kind.IgnoredProfile);
    }

    [Fact]
    public void CommandLineProfile_InCi_IsUsed()
    {
        var kind = Decide(profile: "nightly", explicitProfile: true, global: new() { ["GuardrailsProfile"] = "nightly" }, env: Env(("CI", "true")));

        Assert.True(kind.IsCI);
        Assert.Equal("nightly", kind.Profile);
        Assert.True(kind.ProfileIsExplicit);
        Assert.Null(kind.IgnoredProfile);
    }

    [Fact]
    public void CommandLineIsCIFalse_InCi_MakesItLocal()
    {
        var kind = Decide(isCI: "false", global: new() { ["GuardrailsIsCI"] = "false" }, env: Env(("CI", "true")));

        Assert.False(kind.IsCI);
        Assert.Null(kind.Profile);
        Assert.False(kind.IgnoredIsCIFalse);
    }

    [Fact]
    public void CommandLineIsCITrue_WithoutCiEnvironment_IsCI_AndIgnoresTheProjectProfile()
    {
        // The targets turn GuardrailsIsCI=true into profile "ci" only when no profile was set; the project set one.
        var kind = Decide(profile: "local", explicitProfile: true, isCI: "true", global: new() { ["GuardrailsIsCI"] = "true" });

        Assert.True(kind.IsCI);
        Assert.Equal("ci", kind.Profile);
        Assert.Equal("local", kind.IgnoredProfile);
    }

    [Fact]
    public void ProjectIsCITrue_WithoutCiEnvironment_MakesTheBuildCI()
    {
        // A project may make a build stricter: the targets set GuardrailsProfile=ci (not explicit) for GuardrailsIsCI=true.
        var kind = Decide(profile: "ci", explicitProfile: false, isCI: "true");

        Assert.True(kind.IsCI);
        Assert.Equal("ci", kind.Profile);
    }

    [Fact]
    public void ProjectProfile_Locally_IsUsed()
    {
        var kind = Decide(profile: "local", explicitProfile: true);

        Assert.False(kind.IsCI);
        Assert.Equal("local", kind.Profile);
        Assert.True(kind.ProfileIsExplicit);
    }

    [Fact]
    public void SummaryForTheInputsStamp_DiffersBetweenCiAndLocal()
    {
        Assert.NotEqual(Decide().Summary, Decide(env: Env(("CI", "true"))).Summary);
    }

    [Fact]
    public void ResolvePolicy_InCiByTheEnvironment_AppliesTheCiProfile_DespiteTheProjectsProfile()
    {
        File.WriteAllText(Path.Combine(_directory, "guardrails.json"), CiPolicy);

        Assert.True(Resolve(profile: "local", env: Env(("CI", "true"))));
        var ci = File.ReadAllText(Path.Combine(_directory, "obj", "policy.globalconfig"));
        Assert.True(Resolve(profile: "local", env: Env()));
        var local = File.ReadAllText(Path.Combine(_directory, "obj", "policy.globalconfig"));

        Assert.Contains("dotnet_diagnostic.GR2004.severity = error", ci, StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic.GR2004.severity = none", local, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolvePolicy_CommandLineProfile_InCi_IsApplied()
    {
        File.WriteAllText(Path.Combine(_directory, "guardrails.json"), CiPolicy);
        _engine.GlobalProperties["GuardrailsProfile"] = "local";

        Assert.True(Resolve(profile: "local", env: Env(("CI", "true"))));

        Assert.Contains("dotnet_diagnostic.GR2004.severity = none", File.ReadAllText(Path.Combine(_directory, "obj", "policy.globalconfig")), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSwitches_InCi_ReportsTheIgnoredProfileAndIsCI_AtTheirLinesInTheProjectFile()
    {
        File.WriteAllText(Path.Combine(_directory, "guardrails.json"), CiPolicy);
        var project = Path.Combine(_directory, "App.csproj");
        File.WriteAllText(project, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <CI>false</CI>
                <GuardrailsIsCI>false</GuardrailsIsCI>
                <GuardrailsProfile>local</GuardrailsProfile>
              </PropertyGroup>
            </Project>
            """);

        var diagnostics = CheckSwitches(project, profile: "local", isCI: "false", env: Env(("CI", "true")));

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(("GR4004", project), (d.RuleId, d.File)));
        var profile = Assert.Single(diagnostics, d => d.Line == 6);
        Assert.StartsWith("<GuardrailsProfile>local</GuardrailsProfile> is ignored: this is a CI build (the environment variable CI=true), and the policy's 'ci' profile applies.", profile.Message, StringComparison.Ordinal);
        var isCI = Assert.Single(diagnostics, d => d.Line == 5);
        Assert.StartsWith("<GuardrailsIsCI>false</GuardrailsIsCI> is ignored: this is a CI build", isCI.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSwitches_Locally_ReportsNothingAboutTheProjectsProfile()
    {
        File.WriteAllText(Path.Combine(_directory, "guardrails.json"), CiPolicy);
        var project = Path.Combine(_directory, "App.csproj");
        File.WriteAllText(project, "<Project><PropertyGroup><GuardrailsProfile>local</GuardrailsProfile></PropertyGroup></Project>");

        Assert.Empty(CheckSwitches(project, profile: "local", isCI: null, env: Env(("CI", "false"))));
    }

    private bool Resolve(string? profile, Func<string, string?> env) =>
        new ResolveGuardrailsPolicy
        {
            BuildEngine = _engine,
            PolicyFile = Path.Combine(_directory, "guardrails.json"),
            Profile = profile,
            ProfileIsExplicit = profile is not null,
            EnvironmentVariable = env,
            ProjectFile = Path.Combine(_directory, "App.csproj"),
            AnalyzerConfigFile = Path.Combine(_directory, "obj", "policy.globalconfig"),
            DiagnosticsFile = Path.Combine(_directory, "obj", "policy.diagnostics.json"),
            BannedApisFile = Path.Combine(_directory, "obj", "Guardrails.BannedApis.txt"),
            ApiFilesList = Path.Combine(_directory, "obj", "apifiles.txt"),
        }.Execute();

    private List<GuardrailsDiagnostic> CheckSwitches(string project, string? profile, string? isCI, Func<string, string?> env)
    {
        var diagnosticsFile = Path.Combine(_directory, "obj", "switches.diagnostics.json");
        Directory.CreateDirectory(Path.GetDirectoryName(diagnosticsFile)!);
        Assert.True(new CheckGuardrailsSwitches
        {
            BuildEngine = _engine,
            PolicyFile = Path.Combine(_directory, "guardrails.json"),
            Profile = profile,
            ProfileIsExplicit = profile is not null,
            IsCI = isCI,
            EnvironmentVariable = env,
            ProjectFile = project,
            MSBuildFiles = [new Microsoft.Build.Utilities.TaskItem(project)],
            DiagnosticsFile = diagnosticsFile,
        }.Execute());
        return DiagnosticsFile.Deserialize(File.ReadAllText(diagnosticsFile));
    }
}
