using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Guardrails.Checks.Dependencies;
using Guardrails.Policy;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// The policy's coverage section (with the active profile applied) and the MSBuild overrides, resolved once:
/// thresholds with the position of their key, exclusions, the newCode and ratchet settings.
/// </summary>
/// <remarks>
/// Scoped thresholds (coverage.assemblies, coverage.files) resolve per metric: of the entries whose glob matches,
/// the last one that sets the metric wins. Put general globs first and specific ones after them:
/// <c>{ "src/**": { "line": 80 }, "src/Payments/**": { "line": 95 } }</c>. Paths are matched relative to the
/// policy file's folder with '/' (a file outside it by its absolute path with '/'), case-insensitively.
/// </remarks>
internal sealed class CoverageSettings
{
    private CoverageSettings(
        string baseDirectory,
        string? policyFile,
        SourcePosition sectionPosition,
        ScopeThresholds total,
        IReadOnlyList<ScopedThresholds> assemblies,
        IReadOnlyList<ScopedThresholds> files,
        IReadOnlyList<string> exclude,
        IReadOnlyList<string> reports,
        bool treatNoDataAsFailure,
        NewCodeSettings newCode,
        RatchetSettings ratchet)
    {
        BaseDirectory = baseDirectory;
        PolicyFile = policyFile;
        SectionPosition = sectionPosition;
        Total = total;
        Assemblies = assemblies;
        Files = files;
        Exclude = exclude;
        Reports = reports;
        TreatNoDataAsFailure = treatNoDataAsFailure;
        NewCode = newCode;
        Ratchet = ratchet;
    }

    /// <summary>The policy file's folder (else the caller's base directory): what paths are relative to.</summary>
    public string BaseDirectory { get; }

    public string? PolicyFile { get; }

    /// <summary>The position of the "coverage" key in the policy file, or none.</summary>
    public SourcePosition SectionPosition { get; }

    public ScopeThresholds Total { get; }

    public IReadOnlyList<ScopedThresholds> Assemblies { get; }

    public IReadOnlyList<ScopedThresholds> Files { get; }

    /// <summary>Path globs left out of every figure.</summary>
    public IReadOnlyList<string> Exclude { get; }

    /// <summary>Report globs for the caller, as written in the policy.</summary>
    public IReadOnlyList<string> Reports { get; }

    /// <summary>True (the default): no coverage data where thresholds are set is GR0002, not a pass.</summary>
    public bool TreatNoDataAsFailure { get; }

    public NewCodeSettings NewCode { get; }

    public RatchetSettings Ratchet { get; }

    /// <summary>Whether GR2001 has anything to check.</summary>
    public bool HasThresholds => !Total.IsEmpty || Assemblies.Any(a => !a.Thresholds.IsEmpty) || Files.Any(f => !f.Thresholds.IsEmpty);

    /// <summary>Whether any coverage rule needs coverage reports from the test run.</summary>
    public bool NeedsCoverage => HasThresholds || NewCode.IsEnabled || Ratchet.Enabled;

    public static CoverageSettings From(GuardrailsPolicy policy, CoverageOverrides? overrides = null)
    {
        overrides ??= new CoverageOverrides();
        var file = policy.FilePath is null ? null : Path.GetFullPath(policy.FilePath);
        var baseDirectory = file is not null
            ? Path.GetDirectoryName(file) ?? string.Empty
            : Path.GetFullPath(string.IsNullOrEmpty(overrides.BaseDirectory) ? Directory.GetCurrentDirectory() : overrides.BaseDirectory);
        var sectionProperty = Find(policy.EffectiveRoot, "coverage");
        var section = sectionProperty?.Value.Kind == PolicyNodeKind.Object ? sectionProperty.Value : null;
        var sectionPosition = sectionProperty?.NamePosition ?? SourcePosition.None;

        var total = ReadThresholds(section, "coverage", file).With(new ScopeThresholds(
            Override(overrides.Line, "GuardrailsCoverageLine", overrides),
            Override(overrides.Branch, "GuardrailsCoverageBranch", overrides),
            Override(overrides.Method, "GuardrailsCoverageMethod", overrides)));

        return new CoverageSettings(
            baseDirectory,
            file,
            sectionPosition,
            total,
            ReadScoped(section?["assemblies"], "coverage.assemblies", file, pattern => pattern.Trim()),
            ReadScoped(section?["files"], "coverage.files", file, CoveragePaths.NormalizeGlob),
            Strings(section?["exclude"]).Select(CoveragePaths.NormalizeGlob).ToList(),
            Strings(section?["reports"]).ToList(),
            section?["treatNoDataAsFailure"]?.Text != "false",
            ReadNewCode(section, file, sectionPosition, overrides),
            ReadRatchet(section, file, sectionPosition, baseDirectory));
    }

    /// <summary>A path as globs and messages see it: relative to <see cref="BaseDirectory"/>, with '/'.</summary>
    public string RelativePath(string absolutePath) => CoveragePaths.Relative(BaseDirectory, absolutePath);

    public bool IsExcluded(string absolutePath)
    {
        if (Exclude.Count == 0)
        {
            return false;
        }

        var relative = RelativePath(absolutePath);
        return Exclude.Any(pattern => Globs.IsMatch(pattern, relative));
    }

    /// <summary>The coverage without excluded files: what every check measures.</summary>
    public CoverageData Apply(CoverageData coverage) =>
        Exclude.Count == 0 ? coverage : coverage.Where(f => !IsExcluded(f.Path));

    public ScopeThresholds ForAssembly(string name) => Resolve(Assemblies, name);

    public ScopeThresholds ForFile(string absolutePath) => Resolve(Files, RelativePath(absolutePath));

    private static ScopeThresholds Resolve(IReadOnlyList<ScopedThresholds> entries, string text)
    {
        var result = ScopeThresholds.None;
        foreach (var entry in entries)
        {
            if (Globs.IsMatch(entry.Pattern, text))
            {
                result = result.With(entry.Thresholds);
            }
        }

        return result;
    }

    private static ScopeThresholds ReadThresholds(PolicyNode? node, string path, string? file) =>
        new ScopeThresholds(
            ReadThreshold(node, "line", path, file),
            ReadThreshold(node, "branch", path, file),
            ReadThreshold(node, "method", path, file));

    private static CoverageThreshold? ReadThreshold(PolicyNode? node, string key, string path, string? file)
    {
        var property = Find(node, key);
        return property is not null && TryReadDecimal(property.Value, out var percent)
            ? new CoverageThreshold(percent, path + "." + key, file, property.NamePosition)
            : null;
    }

    private static CoverageThreshold? Override(decimal? value, string property, CoverageOverrides overrides) =>
        value is null ? null : new CoverageThreshold(value.Value, "$(" + property + ")", overrides.SourceFile, SourcePosition.None);

    private static IReadOnlyList<ScopedThresholds> ReadScoped(PolicyNode? node, string path, string? file, Func<string, string> normalize)
    {
        var result = new List<ScopedThresholds>();
        if (node?.Kind != PolicyNodeKind.Object)
        {
            return result;
        }

        foreach (var property in node.Properties)
        {
            var origin = path + "[\"" + property.Name + "\"]";
            result.Add(new ScopedThresholds(normalize(property.Name), ReadThresholds(property.Value, origin, file)));
        }

        return result;
    }

    private static NewCodeSettings ReadNewCode(PolicyNode? section, string? file, SourcePosition sectionPosition, CoverageOverrides overrides)
    {
        var property = Find(section, "newCode");
        var node = property?.Value;
        var configuredBase = node?["base"]?.Text;
        var baseOrigin = "coverage.newCode.base";
        if (!string.IsNullOrWhiteSpace(overrides.Base))
        {
            configuredBase = overrides.Base!.Trim();
            baseOrigin = "$(GuardrailsCoverageBase)";
        }

        var line = Override(overrides.NewCodeLine, "GuardrailsCoverageNewCodeLine", overrides) ?? ReadThreshold(node, "line", "coverage.newCode", file);
        var branch = Override(overrides.NewCodeBranch, "GuardrailsCoverageNewCodeBranch", overrides) ?? ReadThreshold(node, "branch", "coverage.newCode", file);
        var minLines = node?["minLines"] is { } min && TryReadDecimal(min, out var value) ? (int)Math.Min(value, int.MaxValue) : 0;
        return new NewCodeSettings(
            string.IsNullOrWhiteSpace(configuredBase) ? null : configuredBase!.Trim(),
            baseOrigin,
            line,
            branch,
            minLines,
            file,
            property?.NamePosition ?? sectionPosition);
    }

    private static RatchetSettings ReadRatchet(PolicyNode? section, string? file, SourcePosition sectionPosition, string baseDirectory)
    {
        var property = Find(section, "ratchet");
        var node = property?.Value;
        var baseline = node?["baseline"]?.Text ?? node?["file"]?.Text;
        var path = string.IsNullOrWhiteSpace(baseline) ? RatchetSettings.DefaultBaselineFile : baseline!.Trim();
        var tolerance = node?["tolerance"] is { } t && TryReadDecimal(t, out var value) ? value : 0m;
        return new RatchetSettings(
            node is not null && node["enabled"]?.Text != "false",
            Path.GetFullPath(Path.Combine(baseDirectory, path)),
            tolerance,
            file,
            property?.NamePosition ?? sectionPosition);
    }

    private static IEnumerable<string> Strings(PolicyNode? array) =>
        (array?.Items ?? new List<PolicyNode>()).Where(i => i.Kind == PolicyNodeKind.String && !string.IsNullOrWhiteSpace(i.Text)).Select(i => i.Text!);

    private static bool TryReadDecimal(PolicyNode node, out decimal value)
    {
        value = 0;
        return node.Kind == PolicyNodeKind.Number
            && decimal.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static PolicyProperty? Find(PolicyNode? node, string name) =>
        node?.Kind == PolicyNodeKind.Object ? node.Properties.FirstOrDefault(p => p.Name == name) : null;
}
