using System;
using System.Diagnostics;

namespace Guardrails;

/// <summary>Records that a person reviewed exactly this code: who, when, and a fingerprint of what they saw.</summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface
    | AttributeTargets.Enum | AttributeTargets.Delegate | AttributeTargets.Method | AttributeTargets.Constructor
    | AttributeTargets.Property | AttributeTargets.Event | AttributeTargets.Field, Inherited = false)]
[Conditional(AnnotationSymbols.Condition)]
public sealed class ReviewedAttribute : Attribute
{
    /// <summary>Records a review.</summary>
    /// <param name="reviewer">Who reviewed the code.</param>
    /// <param name="date">When, as an ISO date (<c>yyyy-MM-dd</c>).</param>
    public ReviewedAttribute(string reviewer, string date)
    {
        Reviewer = reviewer;
        Date = date;
    }

    /// <summary>Who reviewed the code.</summary>
    public string Reviewer { get; }

    /// <summary>When the code was reviewed (<c>yyyy-MM-dd</c>).</summary>
    public string Date { get; }

    /// <summary>12 lowercase hex characters: the first 48 bits of the SHA-256 of the reviewed declaration's syntax without trivia.</summary>
    public string? Fingerprint { get; set; }
}
