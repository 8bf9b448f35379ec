// The document model of Kindreflex Studio. No UI, no DOM beyond TextDecoder
// and URL: the studio, the viewer and the command line all build on this.
export * from './types';
export * from './problems';
export * from './pointer';
export * from './phone';
export * from './links';
export * from './roles';
export {
  loadCard,
  loadCardValue,
  cardProblems,
  type LoadResult,
  type LoadOptions,
} from './load/load-card';
export { MAX_BYTES, MAX_DEPTH, sizeProblem, formatBytes } from './load/parse';
export { isStale, STALE_AFTER_DAYS, type CheckOptions } from './checks/directory';
export { nodeLabel } from './checks/labels';
export { MIGRATIONS, type Migration } from './migrations';
export { canonicalJson, contentHash, hashedContent, sha256Hex, HASH_EXCLUDED_FIELDS } from './hash';
export { jsonEqual } from './json-equal';
export { idFromName, uniqueIdFromName } from './ids';
export { describeNode, nodePlace, nodePlaces, scenarioName, type NodePlace } from './describe-node';
export {
  AUDIENCE_LABELS,
  WAY_IN_LABELS,
  formatAgeRange,
  formatPhones,
  parsePhones,
} from './directory-text';
export * from './diff';
export * from './merge';
export * from './csv';
export {
  createRelease,
  fileSlug,
  nextReleaseVersion,
  publishCheck,
  releaseChanges,
  releaseFileBase,
  versionRefusal,
  RELEASE_VERSION_PATTERN,
  type PublishCheck,
  type ReleaseInput,
} from './release';
export * from './guide';
