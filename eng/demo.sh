#!/usr/bin/env bash
# Packs Guardrails from this repository and builds the Contoso.Payments sample with it. The sample carries one
# violation of each implemented rule family (banned/transitive package, licence not allowed, layering, banned API, coverage
# exclusion, a stale review, an unreviewed sensitive API, a reviewer outside the area's group, an overdue pending review,
# test without assertion, untracked skip, unjustified pragma, a locked rule switched off in a
# project file).
#   1. as a developer would (local policy: everything is a warning),
#   2. as CI would (CI=true: the policy's "ci" profile makes GR2004 and the test-integrity rules errors),
#   3. with a broken policy (GR0001 at the policy's line and column),
#   4. running its tests with coverage (GR2001: a file below its coverage threshold).
# Needs only the .NET SDK. Exits 0 when every step showed what it should.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sample="$root/samples/Contoso.Payments"
status=0

show() { grep -E ': (warning|error) [A-Z]+[0-9]+' | sed -e "s|$root/||" -e 's| \[/[^]]*\]$||' | sort -u; }

expect() { # expect <description> <expected exit: zero|nonzero> <actual exit>
  if { [[ $2 == zero ]] && (($3 == 0)); } || { [[ $2 == nonzero ]] && (($3 != 0)); }; then
    echo "-> exit code $3: as expected ($1)"
  else
    echo "-> exit code $3: NOT as expected ($1)"; status=1
  fi
}

echo "== dotnet pack: Guardrails -> nupkg/"
dotnet pack "$root/src/Guardrails.Package/Guardrails.Package.csproj" -c Release -nologo -tl:off -v:q || exit 1
# The sample keeps a private package cache (samples/.packages); drop a Guardrails extracted by an earlier pack.
rm -rf "$root/samples/.packages/guardrails"
unset CI TF_BUILD GITHUB_ACTIONS GITLAB_CI BUILDKITE CIRCLECI APPVEYOR TRAVIS JENKINS_URL TEAMCITY_VERSION BITBUCKET_BUILD_NUMBER JB_SPACE_API_URL CODEBUILD_BUILD_ID BUILD_ID
build=(dotnet build "$sample/Contoso.Payments.sln" -nologo -tl:off -clp:NoSummary -v:q)

echo
echo "== 1. Developer build (guardrails.json: every rule a warning)"
developer=$("${build[@]}" 2>&1); code=$?
show <<<"$developer"; expect "warnings do not fail a local build" zero "$code"
for id in GR1001 GR1002 GR1003 GR1004 GR1101 GR2004 GR3002 GR3003 GR3004 GR3005 GR4001 GR4002 GR4003 GR4004; do
  grep -q "warning $id:" <<<"$developer" || { echo "-> $id was NOT reported: the sample should show it"; status=1; }
done

echo
echo "== 2. CI build (CI=true: profiles.ci makes GR2004 and the test-integrity rules errors; a failed project stops its dependents)"
CI=true "${build[@]}" --no-incremental 2>&1 | show; expect "CI refuses the switched-off lock and the unjustified coverage exclusion" nonzero "${PIPESTATUS[0]}"

echo
echo "== 3. A broken policy (samples/Contoso.Payments/policies/broken.json, misspelt key on line 7)"
"${build[@]}" --no-incremental -p:GuardrailsPolicyFile="$sample/policies/broken.json" 2>&1 | show
expect "a broken policy fails the build with GR0001 at its line" nonzero "${PIPESTATUS[0]}"

echo
echo "== 4. Tests with coverage (dotnet test --collect \"XPlat Code Coverage\"): coverage.files wants 50% of every file; FeeCalculator.cs has no tests"
rm -rf "$sample"/tests/*/TestResults
coverage=$(dotnet test "$sample/Contoso.Payments.sln" --collect "XPlat Code Coverage" -nologo -tl:off -clp:NoSummary 2>&1); code=$?
grep -E 'GR(2001|2002|2003|0002)' <<<"$coverage" | show
expect "a file under its coverage threshold fails the test run" nonzero "$code"
grep -q "FeeCalculator.cs(10,1): error GR2001:" <<<"$coverage" || { echo "-> GR2001 was NOT reported at FeeCalculator.cs: the sample should show it"; status=1; }
! grep -q "GR0002" <<<"$coverage" || { echo "-> GR0002 was reported: only the test project's own run should be checked"; status=1; }

exit $status
