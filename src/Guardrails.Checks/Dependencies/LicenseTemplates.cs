using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace Guardrails.Checks.Dependencies;

/// <summary>
/// The licence texts Guardrails recognises in a package's licence file — the one place that knows them (listed in
/// docs/rules/GR1003.md). Each is a template in LicenseTexts/ (embedded in this assembly), named by its identifier
/// (and a form, such as Apache's standard notice); see <see cref="LicenseTemplate"/> for what may vary. Read once per
/// process, on first use.
/// </summary>
internal static class LicenseTemplates
{
    /// <summary>
    /// The Microsoft .NET Library licence as revised in June 2019 (LICENSE_NET.txt of Microsoft.NET.Test.Sdk,
    /// Microsoft.TestPlatform.* and Microsoft.CodeCoverage 16.x–17.3): proprietary, redistributable, not MIT, and not
    /// the same terms as the 2014 text (<see cref="LicenseUrls.MicrosoftNetLibrary"/>: its clauses on distribution, data
    /// collection and consumer rights differ). ScanCode's key, as ClearlyDefined reports it, so a policy can allow it
    /// by name.
    /// </summary>
    public const string MicrosoftNetLibrary2019 = "LicenseRef-scancode-ms-net-library-2019-06";

    /// <summary>The templates' file names (without .txt) and the licence each is, in the order they are tried.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Files = new[]
    {
        Text("MIT", "MIT"),
        Text("Apache-2.0", "Apache-2.0"),
        Text("Apache-2.0.notice", "Apache-2.0"), // "Licensed under the Apache License, Version 2.0 …", Apache's own notice
        Text("BSD-2-Clause", "BSD-2-Clause"),
        Text("BSD-3-Clause", "BSD-3-Clause"),
        Text("ISC", "ISC"),
        Text("MS-PL", "MS-PL"),
        Text("Unlicense", "Unlicense"),
        Text(LicenseUrls.MicrosoftNetLibrary, LicenseUrls.MicrosoftNetLibrary),
        Text(MicrosoftNetLibrary2019, MicrosoftNetLibrary2019),
    };

    /// <summary>The licences recognised, as listed in messages.</summary>
    public static readonly IReadOnlyList<string> Ids = new[]
    {
        "MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "MS-PL", "Unlicense", LicenseUrls.MicrosoftNetLibrary, MicrosoftNetLibrary2019,
    };

    private static readonly Lazy<IReadOnlyList<LicenseTemplate>> All = new Lazy<IReadOnlyList<LicenseTemplate>>(Load);

    /// <summary>The identifier of the licence whose standard text <paramref name="text"/> is, or null.</summary>
    public static string? Identify(string text)
    {
        var words = LicenseText.Words(text);
        foreach (var template in All.Value)
        {
            if (template.Matches(words))
            {
                return template.Id;
            }
        }

        return null;
    }

    private static IReadOnlyList<LicenseTemplate> Load()
    {
        var assembly = typeof(LicenseTemplates).GetTypeInfo().Assembly;
        var templates = new List<LicenseTemplate>();
        foreach (var file in Files)
        {
            var name = "Guardrails.LicenseTexts." + file.Key + ".txt";
            using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException("Licence template missing from the assembly: " + name);
            using var reader = new StreamReader(stream);
            templates.Add(LicenseTemplate.Parse(file.Value, reader.ReadToEnd()));
        }

        return templates;
    }

    private static KeyValuePair<string, string> Text(string file, string id) => new KeyValuePair<string, string>(file, id);
}
