/**
 * Normalisation used on both sides of a comparison (lexicon terms and document
 * words), so that case, diacritics, apostrophe variants, hyphen variants and
 * invisible characters never decide whether a word matches.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g
// Soft hyphen, zero-width space/joiners, word joiner and BOM are invisible in
// Word documents but split or glue words in the raw text.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u0060\u00b4\u2032]/g
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2212]/g
const NEEDS_WORK = /[^a-z0-9 '\-./]/

/** Normalise one token (a word, or punctuation) for comparison. */
export function normalizeToken(value: string): string {
  const lower = value.toLowerCase()
  // Fast path: plain ASCII letters need no Unicode work.
  if (!NEEDS_WORK.test(lower)) return lower
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, '-')
    .normalize('NFC')
}

/** A normalised token with hyphens dropped, for compound matching. */
export function joinHyphens(normalized: string): string {
  return normalized.includes('-') ? normalized.replaceAll('-', '') : normalized
}
