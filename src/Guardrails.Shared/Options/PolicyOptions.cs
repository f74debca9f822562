using System.Collections.Generic;
using System.Linq;

namespace Guardrails.Options;

/// <summary>
/// A policy value handed to the analyzers, declared once: where it is in guardrails.json (<see cref="Section"/>.<see cref="Name"/>),
/// its key in the generated analyzer config (<see cref="ConfigKey"/>), and how it is encoded there and read back.
/// AnalyzerConfigWriter writes it, PolicySchema and the <c>init</c> template name it, the analyzers' options read it
/// (in the spirit of Meziantou.Analyzer's configuration definitions).
/// </summary>
internal abstract class PolicyOption
{
    protected PolicyOption(string section, string name, string configKey)
    {
        Section = section;
        Name = name;
        ConfigKey = configKey;
    }

    /// <summary>The top-level section of guardrails.json, e.g. <c>tests</c>.</summary>
    public string Section { get; }

    /// <summary>The property in that section, e.g. <c>skipReference</c>.</summary>
    public string Name { get; }

    /// <summary>The key in the generated global analyzer config (obj/.../guardrails/policy.globalconfig).</summary>
    public string ConfigKey { get; }

    public string PolicyPath => Section + "." + Name;

    /// <summary>An analyzer config value is one line.</summary>
    protected static string OneLine(string value) => value.Replace('\r', ' ').Replace('\n', ' ');
}

/// <summary>A text value (<see cref="OptionValue"/> encoding).</summary>
internal sealed class TextPolicyOption : PolicyOption
{
    public TextPolicyOption(string section, string name, string configKey, string? defaultValue = null)
        : base(section, name, configKey)
    {
        Default = defaultValue;
    }

    /// <summary>What applies when the policy says nothing (null: nothing).</summary>
    public string? Default { get; }

    /// <summary>The config value for the policy's text; null when there is nothing to write.</summary>
    public string? Encode(string? value) => string.IsNullOrEmpty(value) ? null : OptionValue.Encode(OneLine(value!));

    /// <summary>The policy's text from a config value (null when absent).</summary>
    public string? Decode(string? configValue) => OptionValue.Decode(configValue);
}

/// <summary>A list of texts (<see cref="OptionList"/> encoding: each item on its own).</summary>
internal sealed class ListPolicyOption : PolicyOption
{
    public ListPolicyOption(string section, string name, string configKey)
        : base(section, name, configKey)
    {
    }

    /// <summary>The config value for the policy's items; null when there is nothing to write.</summary>
    public string? Encode(IEnumerable<string>? items)
    {
        var value = items is null ? string.Empty : OptionList.Join(items.Select(OneLine));
        return value.Length == 0 ? null : value;
    }

    /// <summary>The items from a config value, decoded and trimmed (none when absent).</summary>
    public IEnumerable<string> Decode(string? configValue) => OptionList.Split(configValue);
}

/// <summary>The policy options the analyzers receive, one declaration each. Not yet here: the apis and review options (<see cref="AnalyzerOptionKeys"/>).</summary>
internal static class PolicyOptions
{
    /// <summary>tests.skipReference's default: an issue number (#123), a tracker key (ABC-123) or a URL.</summary>
    public const string DefaultSkipReference = @"(#[0-9]+|\b[A-Z][A-Z0-9]+-[0-9]+\b|https?://\S+)";

    /// <summary>tests.skipReference: the regular expression a skip reason must match (GR4002).</summary>
    public static readonly TextPolicyOption SkipReference = new TextPolicyOption("tests", "skipReference", "guardrails.tests.skip_reference", DefaultSkipReference);

    /// <summary>tests.assertionMethods: extra assertion methods, documentation IDs or Namespace.Type.Method (GR4001).</summary>
    public static readonly ListPolicyOption AssertionMethods = new ListPolicyOption("tests", "assertionMethods", "guardrails.tests.assertion_methods");

    /// <summary>tests.assertionAttributes: attributes (full names) that mark a method as an assertion helper (GR4001).</summary>
    public static readonly ListPolicyOption AssertionAttributes = new ListPolicyOption("tests", "assertionAttributes", "guardrails.tests.assertion_attributes");

    /// <summary>Every option above, in the order the analyzer config lists them.</summary>
    public static readonly PolicyOption[] All = { SkipReference, AssertionMethods, AssertionAttributes };
}
