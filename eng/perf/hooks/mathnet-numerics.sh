# mathnet-numerics: global.json asks for SDK 8.0.100 with rollForward "feature"; this machine has SDK 10.0.401 only: drop global.json.
rm -f global.json
# The mirror lacks NUnitLite (the test project's console runner for net48): drop the reference and make Program.Main a stub.
sed -i '/NUnitLite/d' src/Numerics.Tests/Numerics.Tests.csproj
printf '%s\n' 'namespace MathNet.Numerics.Tests' '{' '    class Program' '    {' '        public static int Main(string[] args) => 0;' '    }' '}' > src/Numerics.Tests/Program.cs
