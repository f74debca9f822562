# CsvHelper: the mirror serves no .NET Framework 4.7 reference assemblies (Microsoft.NETFramework.ReferenceAssemblies.net47): drop the net47 target.
find . -name '*.csproj' -exec sed -i -e 's#;net47;#;#' {} +
# CsvHelper: the mirror lacks Statiq.Web (the documentation web site project): take it out of the solution.
dotnet sln CsvHelper.sln remove src/CsvHelper.Website/CsvHelper.Website.csproj
