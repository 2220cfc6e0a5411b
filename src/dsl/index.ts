export { parse, type ParseResult } from './parse';
export { serialize, exportData, type SerializeOptions } from './serialize';
export { CURRENT_DSL_VERSION, checkVersion, type ImportStatus } from './version';
export { APP_MODES } from './schema/top-level';
export { normalizeSelector, isSelectorSet } from './value-selector';
export { templateSelectors, templateRef } from './template-refs';
export type * from './types';
