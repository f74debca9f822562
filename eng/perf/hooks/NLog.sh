# NLog: the mirror serves no .NET Framework 3.5 or 4.6 reference assemblies: build the netstandard2.0 and netstandard2.1 targets only.
sed -i 's#>net35;net46;netstandard2.0;netstandard2.1</TargetFrameworks>#>netstandard2.0;netstandard2.1</TargetFrameworks>#' src/NLog/NLog.csproj
