// Mocha's spec reporter, plus a JSON summary file that scripts/test.mjs turns into the closing `N passed, N failed`.
'use strict';
const { writeFileSync } = require('node:fs');
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const summaryFile = options.reporterOptions && options.reporterOptions.summaryFile;
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      if (summaryFile) {
        writeFileSync(summaryFile, JSON.stringify({ passes: this.stats.passes, failures: this.stats.failures }));
      }
    });
  }
}

module.exports = SummaryReporter;
