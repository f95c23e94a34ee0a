export { runCheck, type RunOptions } from './engine/run.js';
export { lintDocuments } from './engine/lint.js';
export { DEFAULT_CONFIG, type Config } from './config/defaults.js';
export { Document, type Block, type BlockKind } from './document/document.js';
export { RULES, ruleById } from './rules/index.js';
export type * from './rules/types.js';
export type * from './report/types.js';
export { REPORTERS } from './reporters/index.js';
export { READERS, readerFor } from './readers/index.js';
