using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Guardrails.Checks.Dependencies;

namespace Guardrails.Checks.Tests.Dependencies;

/// <summary>
/// The standard licence texts in packages' licence files are recognised whoever holds them and however they are laid
/// out; a text with a clause added, removed or changed is not — an agent could ship a package whose "MIT" file adds a
/// restriction. Texts are shaped like the LICENSE files of real packages (Microsoft.NET.Test.Sdk's LICENSE_MIT.txt,
/// CommandLineParser's License.md).
/// </summary>
public sealed partial class LicenseTemplatesTests
{
    /// <summary>Microsoft.NET.Test.Sdk 17.8's LICENSE_MIT.txt, as shipped (title, holder without a year, "All rights reserved.").</summary>
    private static readonly string MitAsMicrosoftShipsIt = LicenseTexts.Mit("Microsoft Corporation");

    private const string Bsd3WithItsHolderNamed = """
        BSD 3-Clause License

        Copyright (c) 2009-2024, Contoso Ltd.
        All rights reserved.

        Redistribution and use in source and binary forms, with or without modification, are permitted provided that the
        following conditions are met:

        * Redistributions of source code must retain the above copyright notice, this list of conditions and the following
          disclaimer.
        * Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the
          following disclaimer in the documentation and/or other materials provided with the distribution.
        * Neither the name of Contoso Ltd. nor the names of its contributors may be used to endorse or promote products
          derived from this software without specific prior written permission.

        THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS ''AS IS'' AND ANY EXPRESS OR IMPLIED WARRANTIES,
        INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
        DISCLAIMED. IN NO EVENT SHALL CONTOSO LTD. BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
        CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA,
        OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT
        LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF
        ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
        """;

    private const string IscWithItsHolder = """
        ISC License

        Copyright (c) 2004-2010 by Internet Systems Consortium, Inc. ("ISC")
        Copyright (c) 1995-2003 by Internet Software Consortium

        Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby
        granted, provided that the above copyright notice and this permission notice appear in all copies.

        THE SOFTWARE IS PROVIDED "AS IS" AND ISC DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED
        WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL ISC BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR
        CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF
        CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS
        SOFTWARE.
        """;

    public static TheoryData<string> Templates => [.. LicenseTemplates.Files.Select(f => f.Key)];

    [Fact]
    public void EveryLicenceListed_HasATemplate_AndEveryTemplateIsAListedLicence()
    {
        Assert.Equal(LicenseTemplates.Ids.Order(), LicenseTemplates.Files.Select(f => f.Value).Distinct().Order());
    }

    [Fact]
    public void EveryLicenceRecognised_IsListedOnTheRulePage()
    {
        var page = File.ReadAllText(RepoPaths.Combine("docs", "rules", "GR1003.md"));
        var section = page[page.IndexOf("## Licence texts Guardrails recognises", StringComparison.Ordinal)..];

        Assert.All(LicenseTemplates.Ids, id => Assert.Contains("`" + id + "`", section, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void StandardText_AsAPackageShipsIt_IsItsLicence(string template)
    {
        var text = "Copyright (c) 2019 Contoso and contributors\r\n\r\n" + Reflowed(StandardText(template, "the copyright holders"), width: 100);

        Assert.Equal(LicenseTemplates.Files.Single(f => f.Key == template).Value, LicenseTemplates.Identify(text));
    }

    [Fact]
    public void ApacheNotice_AsCastleCoreShipsIt_IsApache()
    {
        const string Notice = """
            Copyright 2004-2021 Castle Project - http://www.castleproject.org/

            Licensed under the Apache License, Version 2.0 (the "License");
            you may not use this file except in compliance with the License.
            You may obtain a copy of the License at

                 http://www.apache.org/licenses/LICENSE-2.0

            Unless required by applicable law or agreed to in writing, software
            distributed under the License is distributed on an "AS IS" BASIS,
            WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
            See the License for the specific language governing permissions and
            limitations under the License.
            """;

        Assert.Equal("Apache-2.0", LicenseTemplates.Identify(Notice));
        Assert.Null(LicenseTemplates.Identify(Notice.Replace("Version 2.0", "Version 1.1", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void StandardText_WithAWordChanged_IsNoLicence(string id)
    {
        var words = StandardText(id, "the copyright holders").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var middle = words.Length / 2;
        words[middle] = "restricted";

        Assert.Null(LicenseTemplates.Identify(string.Join(' ', words)));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void StandardText_WithAClauseAdded_IsNoLicence(string id)
    {
        var text = StandardText(id, "the copyright holders") + "\n\nThe Software may not be used for commercial purposes.";

        Assert.Null(LicenseTemplates.Identify(text));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void StandardText_WithAParagraphLeftOut_IsNoLicence(string id)
    {
        var paragraphs = StandardText(id, "the copyright holders", paragraphs: true).Split("\n\n");
        var shortened = string.Join("\n\n", paragraphs.Where((_, index) => index != paragraphs.Length / 2));

        Assert.Null(LicenseTemplates.Identify(shortened));
    }

    [Fact]
    public void MitAsMicrosoftShipsIt_IsMit()
    {
        Assert.Equal("MIT", LicenseTemplates.Identify(MitAsMicrosoftShipsIt));
    }

    [Fact]
    public void Mit_WithAnotherHolderAndYears_AndMarkdown_IsMit()
    {
        var text = MitAsMicrosoftShipsIt
            .Replace("The MIT License (MIT)", "# MIT License", StringComparison.Ordinal)
            .Replace("Copyright (c) Microsoft Corporation", "Copyright © 2005 - 2015 Giacomo Stelluti Scala & Contributors", StringComparison.Ordinal)
            .Replace("All rights reserved.\n", string.Empty, StringComparison.Ordinal)
            .Replace("\"AS IS\"", "“AS IS”", StringComparison.Ordinal)
            .Replace("\n", "\r\n", StringComparison.Ordinal);

        Assert.Equal("MIT", LicenseTemplates.Identify(text));
    }

    [Theory]
    [InlineData("Copyright (c) Microsoft Corporation", "Copyright (c) 2020 Contoso. Not for commercial use.")]
    [InlineData("Copyright (c) Microsoft Corporation", "Copyright (c) 2020 Contoso; use only with Contoso products")]
    [InlineData("Copyright (c) Microsoft Corporation", "Copyright (c) 2020 Contoso GmbH, for internal purposes")]
    [InlineData("free of charge", "for a fee")]
    [InlineData("and/or sell", "but not sell")]
    [InlineData("in all\ncopies or substantial portions of the Software.", "in all\ncopies or substantial portions of the Software. The Software may only be used for evaluation.")]
    public void Mit_WithARestrictionHiddenInIt_IsNoLicence(string original, string replacement)
    {
        Assert.Contains(original, MitAsMicrosoftShipsIt, StringComparison.Ordinal);

        Assert.Null(LicenseTemplates.Identify(MitAsMicrosoftShipsIt.Replace(original, replacement, StringComparison.Ordinal)));
    }

    [Fact]
    public void NetLibraryLicence2019_AsTheTestPlatformShipsIt_IsItsOwnLicence_NotThe2014One()
    {
        Assert.Equal("LicenseRef-scancode-ms-net-library-2019-06", LicenseTemplates.Identify(LicenseTexts.MicrosoftNetLibrary2019));
    }

    [Theory]
    [InlineData("to develop and test your applications.", "to develop and test your applications for non-commercial purposes.")]
    [InlineData("You may copy and distribute the object code form of the software.", "You may not distribute the software.")]
    [InlineData("use the software in any way that is against the law; or", "use the software in production; or")]
    [InlineData("ONLY DIRECT DAMAGES UP TO U.S. $5.00.", "ONLY DIRECT DAMAGES UP TO U.S. $0.00.")]
    [InlineData("Washington law applies", "Delaware law applies")]
    public void NetLibraryLicence2019_WithAClauseChanged_IsNoLicence(string original, string replacement)
    {
        Assert.Contains(original, LicenseTexts.MicrosoftNetLibrary2019, StringComparison.Ordinal);

        Assert.Null(LicenseTemplates.Identify(LicenseTexts.MicrosoftNetLibrary2019.Replace(original, replacement, StringComparison.Ordinal)));
    }

    [Fact]
    public void NetLibraryLicence2019_WithoutItsDataClause_IsNoLicence()
    {
        var text = LicenseTexts.MicrosoftNetLibrary2019;
        var start = text.IndexOf("4.    DATA.", StringComparison.Ordinal);
        var end = text.IndexOf("5.    SCOPE OF LICENSE.", StringComparison.Ordinal);

        Assert.Null(LicenseTemplates.Identify(text.Remove(start, end - start)));
    }

    [Fact]
    public void Bsd3_WithItsHolderNamedInTheClauses_IsBsd3()
    {
        Assert.Equal("BSD-3-Clause", LicenseTemplates.Identify(Bsd3WithItsHolderNamed));
    }

    [Fact]
    public void Bsd3_WithoutItsThirdClause_IsBsd2()
    {
        var third = Bsd3WithItsHolderNamed.IndexOf("* Neither", StringComparison.Ordinal);
        var end = Bsd3WithItsHolderNamed.IndexOf("permission.", third, StringComparison.Ordinal) + "permission.".Length;

        var twoClauses = Bsd3WithItsHolderNamed.Remove(third, end - third).Replace("BSD 3-Clause", "BSD 2-Clause", StringComparison.Ordinal);

        Assert.Equal("BSD-2-Clause", LicenseTemplates.Identify(twoClauses));
    }

    [Theory]
    [InlineData("IN NO EVENT SHALL CONTOSO LTD. BE LIABLE", "IN NO EVENT SHALL CONTOSO LTD. EXCEPT FOR CLAIMS BY CONTOSO BE LIABLE")]
    [InlineData("Neither the name of Contoso Ltd. nor", "Neither the name of Contoso Ltd. (which must not be used commercially) nor")]
    public void Bsd3_WithTermsSlippedIntoTheHolderName_IsNoLicence(string original, string replacement)
    {
        Assert.Contains(original, Bsd3WithItsHolderNamed, StringComparison.Ordinal);

        Assert.Null(LicenseTemplates.Identify(Bsd3WithItsHolderNamed.Replace(original, replacement, StringComparison.Ordinal)));
    }

    [Fact]
    public void Isc_WithItsHolderInTheDisclaimer_IsIsc()
    {
        Assert.Equal("ISC", LicenseTemplates.Identify(IscWithItsHolder));
    }

    [Theory]
    [InlineData("")]
    [InlineData("MIT")]
    [InlineData("Licensed under the MIT License. See https://opensource.org/licenses/MIT.")]
    [InlineData("Copyright (c) 2020 Contoso\n\nAll rights reserved.")]
    public void TextThatOnlyNamesALicence_IsNoLicence(string text)
    {
        Assert.Null(LicenseTemplates.Identify(text));
    }

    [Fact]
    public void TwoLicencesInOneFile_IsNoLicence()
    {
        // CsvHelper-style dual licence files are a choice between two texts: neither template alone is the file.
        var text = "Dual licensing under MS-PL and Apache 2.0\n\n" + StandardText("MS-PL", "x") + "\n\n" + StandardText("Apache-2.0", "x");

        Assert.Null(LicenseTemplates.Identify(text));
    }

    /// <summary>
    /// The template's standard text as a package would ship it: its first title, every optional part, the wildcards
    /// filled with <paramref name="holder"/>; paragraphs kept apart when <paramref name="paragraphs"/> is true.
    /// </summary>
    private static string StandardText(string id, string holder, bool paragraphs = false)
    {
        var template = TemplateSource(id);
        var lines = template.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var title = lines.FirstOrDefault(l => l.StartsWith("title:", StringComparison.Ordinal))?["title:".Length..].Trim();
        var body = string.Join('\n', lines.SkipWhile(l => l.StartsWith("title:", StringComparison.Ordinal)));
        body = Wildcard().Replace(body, m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) >= 3 ? holder : "its").Replace("[[", string.Empty, StringComparison.Ordinal).Replace("]]", string.Empty, StringComparison.Ordinal);
        var text = (title is null ? string.Empty : title + "\n\n") + body;
        return paragraphs ? Paragraphs().Replace(text, "\n\n") : Whitespace().Replace(text, " ").Trim();
    }

    private static string TemplateSource(string id)
    {
        using var stream = typeof(LicenseTemplates).Assembly.GetManifestResourceStream("Guardrails.LicenseTexts." + id + ".txt")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The words of <paramref name="text"/> wrapped at <paramref name="width"/> with CRLF, as an editor would.</summary>
    private static string Reflowed(string text, int width)
    {
        var result = new StringBuilder();
        var line = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line > 0 && line + 1 + word.Length > width)
            {
                result.Append("\r\n");
                line = 0;
            }
            else if (line > 0)
            {
                result.Append(' ');
                line++;
            }

            result.Append(word);
            line += word.Length;
        }

        return result.ToString();
    }

    [GeneratedRegex(@"<<(\d+)>>")]
    private static partial Regex Wildcard();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n\s*\n\s*")]
    private static partial Regex Paragraphs();
}
