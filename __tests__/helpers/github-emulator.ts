// An emulated GitHub REST API for end-to-end tests of the Action: see github-emulator/server.ts.
export {
  GitHubEmulator,
  startGitHubEmulator,
  faults,
  WRITE_TOKEN,
  READ_ONLY_TOKEN,
  MAX_BODY_CHARACTERS,
  type EmulatorOptions,
  type TokenRights,
  type RecordedRequest,
  type FaultMatch,
  type FaultResponse,
} from './github-emulator/server.js';
export { ACTIONS_BOT, blobSha, type Account } from './github-emulator/state.js';
export { validateResponse, findOperation, loadSpec } from './github-emulator/openapi.js';
