/**
 * The woordwijs engine: lexicon loading and validation, the retext plugins and
 * `check()`. Pure: no file system, no Office, no DOM; hosts pass text in.
 */
export * from './categories.js'
export { check, checkFile, type CheckOptions } from './check.js'
export type { Finding } from './finding.js'
export { compileLexicon, type CompiledLexicon, type CompiledEntry } from './lexicon/compile.js'
export {
  loadLexicon,
  mergeLexicons,
  readLexiconFile,
  type LexiconSource,
  type LoadedEntry,
  type SourceLocation,
} from './lexicon/load.js'
export { LexiconError, formatProblem, type LexiconProblem } from './lexicon/problems.js'
export type { LexiconEntry } from './lexicon/schema.js'
export { default as retextDutchChunked, parseDutchChunked, parseDutchChunks } from './parse.js'
export { default as retextWoordwijsLexicon, MESSAGE_SOURCE } from './plugin.js'
export { matchCase } from './case.js'
export { lintLexicon, lintExamples, parseExample, type LintResult } from './lexicon/lint.js'
export { lexiconStats, type CategoryStats } from './lexicon/stats.js'
export {
  PLAIN_DEFAULTS,
  PLAIN_MESSAGE_SOURCE,
  PLAIN_RULE_IDS,
  SENTENCE_RULES,
  countSyllables,
  plainPreset,
  retextAbbreviation,
  retextAddress,
  retextDoubleNegative,
  retextLongSentence,
  retextLongWord,
  retextNominalisation,
  retextPassive,
  retextResplit,
  resplitParagraph,
  resplitSentence,
  type PlainOptions,
} from './plain/index.js'
export { report, type ReadabilityReport, type SentenceStats, type Share, type Score } from './plain/report.js'
export { estimateLevel, type Level, type LevelEstimate } from './plain/level.js'
export { fleschDouma, brouwer, FLESCH_DOUMA_BANDS, BROUWER_BANDS } from './plain/readability.js'
