using System.Text;
using Guardrails.Checks.Dependencies;

namespace Guardrails.Checks.Tests.Dependencies;

/// <summary>
/// A package's licence file as it arrives: in another encoding or case, huge, binary, empty, missing, or named outside
/// the package. Each is identified or gives "cannot be determined" with a reason, and nothing throws.
/// </summary>
public sealed class LicenseFileTests : IDisposable
{
    private readonly string _packagesFolder = Directory.CreateTempSubdirectory("guardrails-licence-file-").FullName;

    public LicenseFileTests()
    {
        _package = Directory.CreateDirectory(Path.Combine(_packagesFolder, "contoso.lib", "1.0.0")).FullName;
    }

    private readonly string _package;

    public void Dispose() => Directory.Delete(_packagesFolder, recursive: true);

    [Fact]
    public void Utf16FileWithAByteOrderMark_IsRead()
    {
        File.WriteAllText(Path.Combine(_package, "LICENSE.txt"), LicenseTexts.Mit("Contoso"), Encoding.Unicode);

        Assert.Equal("MIT", LicenseFile.Identify(_package, "LICENSE.txt").Expression);
    }

    [Fact]
    public void FileNamedInAnotherCase_IsFound()
    {
        File.WriteAllText(Path.Combine(_package, "License.txt"), LicenseTexts.Mit("Contoso"));

        Assert.Equal("MIT", LicenseFile.Identify(_package, "LICENSE.TXT").Expression);
    }

    [Fact]
    public void HugeFile_CannotBeDetermined_AndIsNotRead()
    {
        using (var stream = File.Create(Path.Combine(_package, "LICENSE")))
        {
            stream.SetLength(LicenseFile.MaxBytes + 1);
        }

        var file = LicenseFile.Identify(_package, "LICENSE");

        Assert.Null(file.Expression);
        Assert.Equal("is 131073 bytes, more than the 131072 bytes of any licence text Guardrails recognises", file.Problem);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D })]
    [InlineData(new byte[] { 0x7B, 0x5C, 0x72, 0x74, 0x66, 0x31, 0xFF, 0xFE, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06 })]
    public void BinaryFile_CannotBeDetermined_AndSaysItIsNotText(byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(_package, "LICENSE.png"), bytes);

        Assert.Equal("is not text", LicenseFile.Identify(_package, "LICENSE.png").Problem);
    }

    [Theory]
    [InlineData("LICENSE.txt", "is not in the package folder")]
    [InlineData("docs/LICENSE.txt", "is not in the package folder")]
    [InlineData("../LICENSE.txt", "is not a file inside the package")]
    [InlineData("..\\1.0.0-other\\LICENSE.txt", "is not a file inside the package")]
    [InlineData("/etc/passwd", "is not a file inside the package")]
    [InlineData("EMPTY", "is empty, or not a regular file")]
    public void FileThatCannotBeRead_CannotBeDetermined_WithTheReason(string name, string problem)
    {
        File.WriteAllText(Path.Combine(_package, "EMPTY"), string.Empty);
        File.WriteAllText(Path.Combine(_packagesFolder, "contoso.lib", "LICENSE.txt"), LicenseTexts.Mit("Outside"));

        var file = LicenseFile.Identify(_package, name);

        Assert.Null(file.Expression);
        Assert.Equal(problem, file.Problem);
    }

    [Fact]
    public void FolderNamedAsTheFile_CannotBeDetermined()
    {
        Directory.CreateDirectory(Path.Combine(_package, "LICENSE"));

        Assert.Equal("is not in the package folder", LicenseFile.Identify(_package, "LICENSE").Problem);
    }
}
