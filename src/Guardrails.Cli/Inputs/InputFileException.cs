using System;

namespace Guardrails.Cli.Inputs;

/// <summary>A build output the tool cannot read; the message starts with the file and, where known, line and column.</summary>
internal sealed class InputFileException : Exception
{
    public InputFileException(string path, int line, int column, string problem, Exception? inner = null)
        : base(Format(path, line, column, problem), inner)
    {
        Path = path;
        Line = line;
        Column = column;
    }

    public string Path { get; }

    public int Line { get; }

    public int Column { get; }

    private static string Format(string path, int line, int column, string problem) =>
        line > 0 ? path + "(" + line + "," + column + "): " + problem : path + ": " + problem;
}
