using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// The streaming state machine behind <see cref="CoberturaReader"/>: follows packages, classes, methods and lines,
/// adds each line to its file's table (<see cref="LineCoverage.WithinReport"/>) and resolves file names at the end.
/// Problems are thrown as <see cref="ReportException"/>, which the reader turns into a <see cref="CoverageProblem"/>.
/// </summary>
internal sealed class CoberturaParser
{
    /// <summary>Thrown inside the parser for a problem at a position; never leaves the reader.</summary>
    public sealed class ReportException : Exception
    {
        public ReportException(int line, int column, string message)
            : base(message)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }

        public int Column { get; }
    }

    private readonly XmlReader _reader;
    private readonly IXmlLineInfo _lineInfo;
    private readonly string _reportPath;
    private readonly List<string> _sources = new List<string>();
    private string? _repositoryRoot;
    private bool _repositoryRootSearched;
    private readonly Dictionary<string, Dictionary<string, FileCoverage>> _assemblies = new Dictionary<string, Dictionary<string, FileCoverage>>(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (int Line, int Column)> _fileNamePositions = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);

    private readonly CoberturaAttributes _attributes;
    private Dictionary<string, FileCoverage>? _assembly;
    private FileCoverage? _file;
    private string _className = string.Empty;
    private string? _methodKey;
    private bool _methodHasLines;
    private bool _methodCovered;
    private int _methodFirstLine;

    public CoberturaParser(XmlReader reader, string reportPath)
    {
        _reader = reader;
        _lineInfo = (IXmlLineInfo)reader;
        _attributes = new CoberturaAttributes(reader);
        _reportPath = reportPath;
    }

    public CoverageData Parse()
    {
        _reader.MoveToContent();
        if (_reader.NodeType != XmlNodeType.Element || _reader.LocalName != "coverage")
        {
            throw Problem(
                "The file is not a Cobertura coverage report: its root element is <" + _reader.LocalName + ">, not <coverage>. Guardrails reads Cobertura XML: coverlet's --collect \"XPlat Code Coverage\", or Microsoft.Testing.Platform's --coverage-output-format cobertura.",
                CoberturaReader.Regenerate);
        }

        var advance = true;
        while (!advance || _reader.Read())
        {
            advance = true;
            if (_reader.Depth > CoberturaReader.MaxDepth)
            {
                throw Problem("The coverage report nests elements more than " + CoberturaReader.MaxDepth + " levels deep, which no Cobertura report does.", CoberturaReader.Regenerate);
            }

            if (_reader.NodeType == XmlNodeType.Element)
            {
                if (_reader.LocalName == "source" && !_reader.IsEmptyElement)
                {
                    AddSource(ReadSource());
                    advance = false;
                }
                else
                {
                    StartElement();
                }
            }
            else if (_reader.NodeType == XmlNodeType.EndElement)
            {
                EndElement(_reader.LocalName);
            }
        }

        return Build();
    }

    /// <summary>
    /// The text of the <c>&lt;source&gt;</c> the reader is on, read in chunks and refused beyond
    /// <see cref="CoberturaReader.MaxSourceLength"/> rather than read whole (the reader streams text; a string would not).
    /// Leaves the reader on the node after <c>&lt;/source&gt;</c>, as ReadElementContentAsString does.
    /// </summary>
    private string ReadSource()
    {
        var position = Position();
        var text = new StringBuilder();
        var chunk = new char[1024];
        while (_reader.Read() && _reader.NodeType != XmlNodeType.EndElement)
        {
            if (_reader.NodeType == XmlNodeType.Element)
            {
                throw Problem("A <source> contains an element; it should hold a folder path.", CoberturaReader.Regenerate);
            }

            if (!_reader.CanReadValueChunk)
            {
                Append(text, _reader.Value.ToCharArray(), _reader.Value.Length, position);
                continue;
            }

            int read;
            while ((read = _reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
            {
                Append(text, chunk, read, position);
            }
        }

        _reader.Read();
        return text.ToString();
    }

    private static void Append(StringBuilder text, char[] chunk, int length, (int Line, int Column) position)
    {
        if (text.Length + length > CoberturaReader.MaxSourceLength)
        {
            throw new ReportException(
                position.Line,
                position.Column,
                "The coverage report is unusable: a <source> is longer than " + CoberturaReader.MaxSourceLength.ToString(CultureInfo.InvariantCulture)
                + " characters, which no folder path is." + CoberturaReader.Regenerate);
        }

        text.Append(chunk, 0, length);
    }

    private void AddSource(string source)
    {
        var trimmed = source.Trim();
        if (trimmed.Length > 0)
        {
            _sources.Add(trimmed);
        }
    }

    private void StartElement()
    {
        var empty = _reader.IsEmptyElement;
        switch (_reader.LocalName)
        {
            case "package":
                var name = _reader.GetAttribute("name");
                if (string.IsNullOrWhiteSpace(name))
                {
                    throw Problem("A <package> has no name attribute; Guardrails needs it as the assembly name.", CoberturaReader.Regenerate);
                }

                if (!_assemblies.TryGetValue(name!, out _assembly))
                {
                    _assembly = new Dictionary<string, FileCoverage>(StringComparer.Ordinal);
                    _assemblies.Add(name!, _assembly);
                }

                break;
            case "class":
                StartClass(empty);
                break;
            case "method":
                StartMethod(empty);
                break;
            case "line":
                ReadLine();
                break;
        }
    }

    private void EndElement(string name)
    {
        switch (name)
        {
            case "method":
                EndMethod();
                break;
            case "class":
                _file = null;
                break;
            case "package":
                _assembly = null;
                break;
        }
    }

    private void StartClass(bool empty)
    {
        if (_assembly is null)
        {
            throw Problem("A <class> stands outside any <package>.", CoberturaReader.Regenerate);
        }

        var fileName = _attributes.ReadAtom("filename");
        if (string.IsNullOrWhiteSpace(fileName))
        {
            throw Problem("A <class> has no filename attribute, so its lines cannot be matched to a source file.", CoberturaReader.Regenerate);
        }

        _className = _attributes.ReadAtom("name") ?? string.Empty;
        if (!_assembly.TryGetValue(fileName!, out _file))
        {
            _file = new FileCoverage(fileName!);
            _assembly.Add(fileName!, _file);
            if (!_fileNamePositions.ContainsKey(fileName!))
            {
                _fileNamePositions.Add(fileName!, Position());
            }
        }

        if (empty)
        {
            _file = null;
        }
    }

    private void StartMethod(bool empty)
    {
        _methodKey = null;
        if (_file is null || empty)
        {
            return;
        }

        // Lambdas and local functions (<Run>b__0_0, <Run>g__Local|0_0) belong to the method that declares them.
        _methodKey = _attributes.ReadMethodKey(_className);
        if (_methodKey is null)
        {
            return;
        }

        _methodHasLines = false;
        _methodCovered = false;
        _methodFirstLine = int.MaxValue;
    }

    private void EndMethod()
    {
        if (_file is not null && _methodKey is not null && _methodHasLines)
        {
            _file.AddMethod(_methodKey, new MethodCoverage(_methodCovered, _methodFirstLine));
        }

        _methodKey = null;
    }

    private void ReadLine()
    {
        if (_file is null)
        {
            return;
        }

        var number = ReadLineNumber();
        var hits = ReadHits();
        var (covered, total) = ReadBranches();
        _file.AddLine(number, new LineCoverage(hits, covered, total), sameReport: true);
        if (_methodKey is not null)
        {
            _methodHasLines = true;
            _methodCovered |= hits > 0;
            _methodFirstLine = Math.Min(_methodFirstLine, number);
        }
    }

    private int ReadLineNumber()
    {
        var length = _attributes.Read("number");
        if (length < 0)
        {
            throw Problem("A <line> has no number attribute.", CoberturaReader.Regenerate);
        }

        if (!CoberturaValues.TryParseDigits(_attributes.Value, 0, length, out var number) || number < 1 || number > int.MaxValue)
        {
            throw AttributeProblem("number", "<line number=\"" + Shorten(_attributes.Text(length)) + "\"> is not a line number (a whole number from 1).");
        }

        if (number > CoberturaReader.MaxLineNumber)
        {
            throw AttributeProblem("number", "<line number=\"" + _attributes.Text(length) + "\"> is beyond any real source file (the limit is " + CoberturaReader.MaxLineNumber.ToString(CultureInfo.InvariantCulture) + " lines).");
        }

        return (int)number;
    }

    private long ReadHits()
    {
        var length = _attributes.Read("hits");
        if (length < 0)
        {
            throw Problem("A <line> has no hits attribute.", CoberturaReader.Regenerate);
        }

        if (CoberturaValues.TryParseDigits(_attributes.Value, 0, length, out var hits))
        {
            return hits;
        }

        if (length > 0 && CoberturaValues.IsDigits(_attributes.Value, 0, length))
        {
            return long.MaxValue; // more hits than a long holds: covered, and the count is moot
        }

        throw AttributeProblem("hits", "<line hits=\"" + Shorten(_attributes.Text(length)) + "\"> is not a whole number of hits.");
    }

    private (int Covered, int Total) ReadBranches()
    {
        var length = _attributes.Read("branch");
        if (length < 0 || _attributes.ValueIs(length, "false"))
        {
            return (0, 0);
        }

        if (!_attributes.ValueIs(length, "true"))
        {
            throw AttributeProblem("branch", "<line branch=\"" + Shorten(_attributes.Text(length)) + "\"> is neither true nor false.");
        }

        length = _attributes.Read("condition-coverage");
        if (_attributes.IsBlank(length))
        {
            return (0, 0);
        }

        if (!CoberturaValues.TryParseCondition(_attributes.Value, length, out var covered, out var total))
        {
            throw AttributeProblem("condition-coverage", "<line condition-coverage=\"" + Shorten(_attributes.Text(length)) + "\"> is not of the form \"50% (1/2)\" with covered branches no more than the total.");
        }

        return (covered, total);
    }

    private CoverageData Build()
    {
        var reportDirectory = Path.GetDirectoryName(Path.GetFullPath(_reportPath)) ?? string.Empty;
        var assemblies = new List<AssemblyCoverage>();
        foreach (var assembly in _assemblies)
        {
            var files = new Dictionary<string, FileCoverage>(CoveragePaths.Comparer);
            foreach (var part in assembly.Value.Values)
            {
                // The first part under a path takes its tables along (the parser drops its own copy); more parts
                // (file names written differently that resolve to the same file) are added to them.
                var path = Resolve(part.Path, reportDirectory);
                if (files.TryGetValue(path, out var file))
                {
                    file.AddAll(part, sameReport: true);
                }
                else
                {
                    files.Add(path, part.WithPath(path));
                }
            }

            var sorted = new List<FileCoverage>(files.Values);
            sorted.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            assemblies.Add(new AssemblyCoverage(assembly.Key, sorted));
        }

        return new CoverageData(assemblies);
    }

    private string Resolve(string fileName, string reportDirectory)
    {
        try
        {
            if (Path.IsPathRooted(fileName))
            {
                return FullPath(fileName, reportDirectory);
            }

            if (_sources.Count == 0)
            {
                return Path.GetFullPath(Path.Combine(reportDirectory, fileName));
            }

            string? first = null;
            foreach (var source in _sources)
            {
                var candidate = FullPath(Path.Combine(source, fileName), reportDirectory);
                if (File.Exists(candidate))
                {
                    return candidate;
                }

                first ??= candidate;
            }

            return first!;
        }
        catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
        {
            var position = _fileNamePositions.TryGetValue(fileName, out var p) ? p : (0, 0);
            throw new ReportException(position.Item1, position.Item2, "The coverage report names a source file that is not a valid path: '" + Shorten(fileName) + "' (" + ex.Message + ")." + CoberturaReader.Regenerate);
        }
    }

    /// <summary>The full path, with a deterministic build's "/_/" mapped back to the repository (see <see cref="DeterministicSourcePaths"/>).</summary>
    private string FullPath(string path, string reportDirectory)
    {
        if (DeterministicSourcePaths.IsMapped(path))
        {
            if (!_repositoryRootSearched)
            {
                _repositoryRoot = DeterministicSourcePaths.RepositoryRoot(reportDirectory);
                _repositoryRootSearched = true;
            }

            if (_repositoryRoot is not null)
            {
                return DeterministicSourcePaths.Map(path, _repositoryRoot);
            }
        }

        return Path.GetFullPath(path);
    }

    private (int Line, int Column) Position() => (_lineInfo.LineNumber, Math.Max(1, _lineInfo.LinePosition - 1));

    private ReportException Problem(string message, string advice)
    {
        var (line, column) = Position();
        return new ReportException(line, column, "The coverage report is unusable: " + message + advice);
    }

    private ReportException AttributeProblem(string attribute, string message)
    {
        var (line, column) = Position();
        if (_reader.MoveToAttribute(attribute))
        {
            (line, column) = (_lineInfo.LineNumber, _lineInfo.LinePosition);
            _reader.MoveToElement();
        }

        return new ReportException(line, column, "The coverage report is unusable: " + message + CoberturaReader.Regenerate);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";
}
