using Guardrails.Policy;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Guardrails.Tasks
{
    /// <summary>A Guardrails task that reads the policy: the inputs that locate it and pick its profile, in one place.</summary>
    public abstract class PolicyTask : Task
    {
        /// <summary>The policy file; empty when none was found (built-in defaults).</summary>
        public string? PolicyFile { get; set; }

        /// <summary>True when the user set $(GuardrailsPolicyFile): a missing file is then GR0002.</summary>
        public bool PolicyFileIsExplicit { get; set; }

        /// <summary>The profile to apply ("ci" in CI builds), or empty.</summary>
        public string? Profile { get; set; }

        /// <summary>True when the user set $(GuardrailsProfile): a profile the policy lacks is then GR0002.</summary>
        public bool ProfileIsExplicit { get; set; }

        /// <summary>The project file, where problems without a better place are reported.</summary>
        [Required]
        public string ProjectFile { get; set; } = string.Empty;

        private protected PolicyLoadResult LoadPolicy() => PolicyLoader.Load(PolicyFile, PolicyFileIsExplicit, Profile, ProfileIsExplicit);
    }
}
