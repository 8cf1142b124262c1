/**
 * The Word host: `createWordHost()` implements `DocumentHost` over Office.js.
 * The in-memory Word for tests and the preview page lives in `./fake`.
 */
export type * from './host.js'
export { createWordHost, HostError, inProtectedSpan, WordHost, type WordHostOptions } from './adapter.js'
export { MESSAGES } from './messages.js'
export { CRITIQUE_BRANDING_ID, CRITIQUE_RESOURCE_IDS, CRITIQUE_SUBTITLE_ID, CRITIQUE_TITLE_ID } from './resources.js'
export { escapeSearchText, planLocate, MAX_SEARCH_CHARS, type LocatePlan } from './locate.js'
