using Guardrails.Analyzers.Rules.Review;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Guardrails.Analyzers.Tests.Rules.Review;

/// <summary>The annotations as Guardrails.Annotations declares them (namespace, names, shapes, [Conditional]).</summary>
internal static class ReviewStubs
{
    public const string Annotations = """
        namespace Guardrails
        {
            using System;
            using System.Diagnostics;

            [AttributeUsage(AttributeTargets.All, Inherited = false)]
            [Conditional("GUARDRAILS_ANNOTATIONS_IN_METADATA")]
            public sealed class AiGeneratedAttribute : Attribute
            {
                public AiGeneratedAttribute() { }
                public AiGeneratedAttribute(string agent) { Agent = agent; }
                public string Agent { get; }
                public string Date { get; set; }
            }

            [AttributeUsage(AttributeTargets.All, Inherited = false)]
            [Conditional("GUARDRAILS_ANNOTATIONS_IN_METADATA")]
            public sealed class ReviewedAttribute : Attribute
            {
                public ReviewedAttribute(string reviewer, string date) { Reviewer = reviewer; Date = date; }
                public string Reviewer { get; }
                public string Date { get; }
                public string Fingerprint { get; set; }
            }

            [AttributeUsage(AttributeTargets.All, Inherited = false)]
            [Conditional("GUARDRAILS_ANNOTATIONS_IN_METADATA")]
            public sealed class ReviewPendingAttribute : Attribute
            {
                public ReviewPendingAttribute(string since) { Since = since; }
                public string Since { get; }
                public string Reviewer { get; set; }
            }
        }
        """;

    /// <summary>Puts the annotations in a project of their own that the test project references, as the package does.</summary>
    public static void AddAnnotations(Microsoft.CodeAnalysis.Testing.SolutionState state)
    {
        var project = new Microsoft.CodeAnalysis.Testing.ProjectState("Annotations", LanguageNames.CSharp, "/Annotations/", "cs");
        project.Sources.Add(("/Annotations/Annotations.cs", Annotations));
        state.AdditionalProjects.Add("Annotations", project);
        state.AdditionalProjectReferences.Add("Annotations");
    }

    public static string FingerprintOfMember(string member) =>
        ReviewFingerprint.Compute(CSharpSyntaxTree.ParseText("class C { " + member + " }").GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().First().Members[0]);

    /// <summary>The fingerprint of the first declaration of type <typeparamref name="T"/> in <paramref name="source"/>.</summary>
    public static string FingerprintOf<T>(string source)
        where T : SyntaxNode =>
        ReviewFingerprint.Compute(CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<T>().First());

    public static string CanonicalTextOf<T>(string source)
        where T : SyntaxNode =>
        ReviewFingerprint.CanonicalText(CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<T>().First());
}
