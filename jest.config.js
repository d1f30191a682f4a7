// ESM all the way: @actions/core 3 and @actions/github 9 ship only ESM, so tests run under
// node --experimental-vm-modules with ts-jest in ESM mode (type checking is done by `tsc`; tsconfig's isolatedModules makes ts-jest only transpile).
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
};
