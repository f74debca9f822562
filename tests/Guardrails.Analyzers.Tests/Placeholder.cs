namespace Guardrails.Analyzers.Tests;
