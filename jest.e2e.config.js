/**
 * End-to-end tests: the browser preview (npm run preview) driven in Debian's Chromium through
 * playwright-core. Run by `npm run test:e2e`, which first makes sure Chromium and the CJK fonts are
 * installed (scripts/ensureBrowser.sh) and builds the production bundle. Screenshots go to
 * test-artifacts/ (not committed).
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: 'e2e',
  reporters: ['default', '<rootDir>/test/support/summaryReporter.js'],
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  testTimeout: 60_000,
  // One browser at a time: the timings (first render) are measured on a quiet machine.
  maxWorkers: 1,
};
