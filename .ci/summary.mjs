#!/usr/bin/env node
// The one line CI ends with, "N passed, N failed, N skipped", read from jest's --json report.
//
//   node .ci/summary.mjs <jest.json> <jest's exit code>
//
// A suite can fail while every test in it passed: its afterAll or beforeAll throws, the file does
// not compile, a worker crashes. Jest then marks the suite failed (status "failed", testExecError,
// failureMessage) and counts it in numFailedTestSuites, but not in numFailedTests. Each such suite
// counts here as one failure. And when jest exited non-zero (or says it did not succeed) the line
// never says "0 failed", whatever the report holds: a red run must not read as green.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

/** True when jest marked the suite failed in any of the ways its report can say so. */
function suiteFailed(suite) {
  return suite.status === 'failed' || Boolean(suite.testExecError) || Boolean(suite.failureMessage);
}

/** { passed, failed, skipped } from a parsed jest --json report and jest's exit code. */
export function summarize(report, exitCode) {
  const suites = Array.isArray(report.testResults) ? report.testResults : [];
  const failedWithoutFailedTest = suites.filter(
    (suite) => suiteFailed(suite) && !(suite.assertionResults ?? []).some((result) => result.status === 'failed'),
  ).length;
  let failed = (report.numFailedTests ?? 0) + failedWithoutFailedTest;
  // Suites jest counts as failed that the list above does not show (e.g. a report cut short).
  const failedSuites = (report.numFailedTestSuites ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  if (failed === 0 && failedSuites > 0) failed = failedSuites;
  if (failed === 0 && (report.success === false || exitCode !== 0)) failed = 1;
  return {
    passed: report.numPassedTests ?? 0,
    failed,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}

function main([file, code]) {
  const exitCode = Number(code ?? 0);
  let report;
  try {
    report = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    // No report (jest crashed before writing it): one failure, never a green line.
    console.error(`no jest report at ${file}: ${error.message}`);
    console.log(summaryLine({ passed: 0, failed: 1, skipped: 0 }));
    return;
  }
  console.log(summaryLine(summarize(report, exitCode)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
