namespace Guardrails.Rules;

/// <summary>Rule IDs as constants (the Roslyn descriptor analyzers require constant IDs). The contract fixes them.</summary>
internal static class RuleIds
{
    public const string GR0001 = "GR0001";

    public const string GR0002 = "GR0002";
    public const string GR0003 = "GR0003";

    public const string GR1001 = "GR1001";

    public const string GR1002 = "GR1002";

    public const string GR1003 = "GR1003";

    public const string GR1004 = "GR1004";

    public const string GR1101 = "GR1101";

    public const string GR1102 = "GR1102";

    public const string GR1103 = "GR1103";

    public const string GR2001 = "GR2001";

    public const string GR2002 = "GR2002";

    public const string GR2003 = "GR2003";

    public const string GR2004 = "GR2004";

    public const string GR3001 = "GR3001";

    public const string GR3002 = "GR3002";

    public const string GR3003 = "GR3003";

    public const string GR3004 = "GR3004";

    public const string GR3005 = "GR3005";

    public const string GR3006 = "GR3006";
    public const string GR3007 = "GR3007";

    public const string GR4001 = "GR4001";

    public const string GR4002 = "GR4002";

    public const string GR4003 = "GR4003";

    public const string GR4004 = "GR4004";
}
