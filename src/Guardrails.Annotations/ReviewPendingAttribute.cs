using System;
using System.Diagnostics;

namespace Guardrails;

/// <summary>Records that a review of this code has been requested but not done yet, so the review SLA can be checked.</summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface
    | AttributeTargets.Enum | AttributeTargets.Delegate | AttributeTargets.Method | AttributeTargets.Constructor
    | AttributeTargets.Property | AttributeTargets.Event | AttributeTargets.Field, Inherited = false)]
[Conditional(AnnotationSymbols.Condition)]
public sealed class ReviewPendingAttribute : Attribute
{
    /// <summary>Records a pending review.</summary>
    /// <param name="since">When the review was requested, as an ISO date (<c>yyyy-MM-dd</c>).</param>
    public ReviewPendingAttribute(string since)
    {
        Since = since;
    }

    /// <summary>When the review was requested (<c>yyyy-MM-dd</c>).</summary>
    public string Since { get; }

    /// <summary>Who is asked to review, if known.</summary>
    public string? Reviewer { get; set; }
}
