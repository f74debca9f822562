using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Guardrails.Analyzers.Tests.Rules.Review.ReviewStubs;

namespace Guardrails.Analyzers.Tests.Rules.Review;

public class ReviewFingerprintTests
{
    private const string Method = """
        class C
        {
            [Guardrails.AiGenerated("copilot")]
            [Guardrails.Reviewed("alice", "2026-11-20", Fingerprint = "69ff17473738")]
            public int Add(int a, int b) => a + b; // sum
        }
        """;

    [Fact]
    public void WorkedExample_FromTheDocs()
    {
        Assert.Equal("public int Add ( int a , int b ) => a + b ;", CanonicalTextOf<MethodDeclarationSyntax>(Method));
        Assert.Equal("69ff17473738", FingerprintOf<MethodDeclarationSyntax>(Method));
    }

    [Fact]
    public void Reformatting_AndComments_DoNotChangeIt()
    {
        const string reformatted = """
            class C
            {
                /// <summary>Adds.</summary>
                [Guardrails.AiGenerated("copilot")]
                public   int   Add( int a,
                                    int b )
                    /* the sum */ => a+b;
            }
            """;

        Assert.Equal(FingerprintOf<MethodDeclarationSyntax>(Method), FingerprintOf<MethodDeclarationSyntax>(reformatted));
    }

    [Theory]
    [InlineData("public int Add(int a, int b) => a - b;")]
    [InlineData("public int Add(int a, int c) => a + c;")]
    [InlineData("public long Add(int a, int b) => a + b;")]
    [InlineData("internal int Add(int a, int b) => a + b;")]
    [InlineData("[System.Obsolete] public int Add(int a, int b) => a + b;")]
    public void AnyTokenChange_ChangesIt(string changed)
    {
        Assert.NotEqual(FingerprintOf<MethodDeclarationSyntax>(Method), FingerprintOf<MethodDeclarationSyntax>("class C { " + changed + " }"));
    }

    [Fact]
    public void StringLiteralSpelling_IsPartOfIt()
    {
        // Token text, not value: a verbatim string is a different spelling, so a different fingerprint.
        Assert.NotEqual(
            FingerprintOf<MethodDeclarationSyntax>("class C { string M() => \"a\"; }"),
            FingerprintOf<MethodDeclarationSyntax>("class C { string M() => @\"a\"; }"));
    }

    [Theory]
    [InlineData("[Guardrails.Reviewed(\"bob\", \"2026-01-01\")]")]
    [InlineData("[ReviewedAttribute(\"bob\", \"2026-01-01\", Fingerprint = \"000000000000\")]")]
    [InlineData("[global::Guardrails.ReviewPending(\"2026-01-01\")]")]
    [InlineData("[AiGenerated, Reviewed(\"bob\", \"2026-01-01\")]")]
    public void GuardrailsAnnotations_AreExcluded(string annotations)
    {
        Assert.Equal(
            FingerprintOf<MethodDeclarationSyntax>(Method),
            FingerprintOf<MethodDeclarationSyntax>("class C { " + annotations + " public int Add(int a, int b) => a + b; }"));
    }

    [Theory]
    [InlineData("[System.Obsolete, Guardrails.Reviewed(\"bob\", \"2026-01-01\")]")]
    [InlineData("[Reviewed(\"bob\", \"2026-01-01\"), System.Obsolete]")]
    [InlineData("[AiGenerated, System.Obsolete, Reviewed(\"bob\", \"2026-01-01\")]")]
    public void MixedAttributeList_KeepsTheOtherAttributes(string annotations)
    {
        Assert.Equal(
            "[ System . Obsolete ] public int Add ( int a , int b ) => a + b ;",
            CanonicalTextOf<MethodDeclarationSyntax>("class C { " + annotations + " public int Add(int a, int b) => a + b; }"));
    }

    [Fact]
    public void TypeFingerprint_IgnoresReviewsOfItsMembers()
    {
        const string type = "class C { int M() => 1; }";
        const string reviewedMember = "class C { [Reviewed(\"bob\", \"2026-01-01\", Fingerprint = \"0123456789ab\")] int M() => 1; }";

        Assert.Equal(FingerprintOf<ClassDeclarationSyntax>(type), FingerprintOf<ClassDeclarationSyntax>(reviewedMember));
        Assert.Matches("^[0-9a-f]{12}$", FingerprintOf<ClassDeclarationSyntax>(type));
    }
}
