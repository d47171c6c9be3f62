// Mutation testing of the core and the Graph edge (not in CI: `npm run mutation`, well over an hour
// on two cores). Stryker changes the code one small way at a time; a test must fail for each change.
// The score and the mutants that survive are in reports/mutation/ (written at the end of the run).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "mocha",
  // Tests import TypeScript through tsx, as `npm test` runs them.
  testRunnerNodeArgs: ["--import", "tsx"],
  mochaOptions: {
    config: ".mocharc.json",
    spec: [
      "test/server/core/**/*.test.ts",
      "test/server/graph/**/*.test.ts",
      "test/server/simulators/**/*.test.ts",
    ],
    // The fuzz suite covers nearly every compiler mutant and would rerun (2,000 rule sets, sievec)
    // for each; the clause-by-clause compiler tests pin what it only samples.
    ignore: ["test/**/*.fuzz.test.ts"],
  },
  mutate: ["server/core/**/*.ts", "server/graph/**/*.ts"],
  coverageAnalysis: "perTest",
  // ~2,000 mutants of module-level tables and regexes would each rerun every test (~5 h here).
  ignoreStatic: true,
  // Much of the run is waiting (a mutant that breaks a retry or timeout hangs until timeoutMS):
  // six workers on two cores, and a wait that stays well above the slowest real test.
  concurrency: 6,
  timeoutMS: 8000,
  reporters: ["clear-text", "html", "json", "progress"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // Reruns reuse the previous results for code and tests that did not change.
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  tempDirName: ".stryker-tmp",
  ignorePatterns: ["dist", "test-output", "reports", "coverage"],
  thresholds: { high: 85, low: 80, break: null },
};
