/**
 * Pure planning of how to find a target again with Word's search: escaping
 * Word's `^` notations, the 255-character limit (prefix + suffix joined with
 * `expandTo` for long spans), and which occurrence to take. Word's search
 * hits do not overlap and run left to right, so the occurrence index is the
 * number of non-overlapping hits before the target in the paragraph text.
 */

/** Word rejects longer search strings; stay well below 255 to be safe. */
export const MAX_SEARCH_CHARS = 200
/** Length budget (escaped) for each half of a long span. */
const PIECE_CHARS = 80
/** Shorter pieces than this are too likely to recur to be worth trying. */
const MIN_PIECE_CHARS = 8

const ESCAPES: Readonly<Record<string, string>> = {
  '^': '^^',
  '\t': '^t',
  '\u00a0': '^s',
  '\u00ad': '^-',
  '\u001f': '^-',
  '\u001e': '^~',
  '\u000b': '^l',
}

/**
 * The Word search string for `text`, or undefined when it holds characters
 * search cannot express (control characters that stand for footnote marks,
 * fields and the like).
 */
export function escapeSearchText(text: string): string | undefined {
  let out = ''
  for (const ch of text) {
    const escaped = ESCAPES[ch]
    if (escaped !== undefined) out += escaped
    // Control characters stand for footnote marks, fields and the like; some
    // builds report a footnote mark as U+FFFD (office-js#6942). Search cannot match them.
    else if (/[\u0000-\u001f\u007f\ufffd]/.test(ch)) return undefined
    else out += ch
  }
  return out
}

/** Start offsets of the non-overlapping, case-sensitive hits of `needle` in `text`. */
export function occurrences(text: string, needle: string): number[] {
  const hits: number[] = []
  if (needle.length === 0) return hits
  let from = 0
  for (;;) {
    const at = text.indexOf(needle, from)
    if (at < 0) return hits
    hits.push(at)
    from = at + needle.length
  }
}

export interface SearchStep {
  /** The raw text searched for, as it appears in the paragraph. */
  readonly text: string
  /** The same, in Word's search notation. */
  readonly search: string
  /** Which hit (0-based) of the search in the paragraph is the target's. */
  readonly occurrence: number
}

export type LocatePlan =
  | { readonly kind: 'whole'; readonly step: SearchStep }
  | { readonly kind: 'span'; readonly prefix: SearchStep; readonly suffix: SearchStep }
  | { readonly kind: 'impossible'; readonly reason: 'unsearchable' | 'ambiguous' }

function step(text: string, piece: string, at: number): SearchStep | undefined {
  const search = escapeSearchText(piece)
  if (search === undefined) return undefined
  const occurrence = occurrences(text, piece).indexOf(at)
  return occurrence < 0 ? undefined : { text: piece, search, occurrence }
}

/** True when `offset` falls between the two halves of a surrogate pair. */
function cutsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1)
  const after = text.charCodeAt(offset)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}

/** Split point near `want` code units that does not cut a surrogate pair. */
function safeCut(text: string, want: number): number {
  const code = text.charCodeAt(want - 1)
  return code >= 0xd800 && code <= 0xdbff ? want + 1 : want
}

/** A piece of `text` of about `n` code units from its start (or end), not cutting a surrogate pair. */
function piece(text: string, n: number, fromEnd: boolean): string {
  if (!fromEnd) return text.slice(0, safeCut(text, n))
  return text.slice(safeCut(text, text.length - n))
}

/**
 * A search step for a piece at the start (or end) of the target. Tries
 * shorter pieces when a hit at the target's position is hidden behind an
 * overlapping earlier hit (periodic text), since Word's hits do not overlap.
 */
function pieceStep(paragraphText: string, expected: string, start: number, end: number, fromEnd: boolean): SearchStep | undefined {
  for (let n = Math.min(expected.length - 1, PIECE_CHARS); n >= MIN_PIECE_CHARS; n--) {
    const candidate = piece(expected, n, fromEnd)
    const escaped = escapeSearchText(candidate)
    if (escaped === undefined) return undefined
    if (escaped.length > PIECE_CHARS) continue
    const found = step(paragraphText, candidate, fromEnd ? end - candidate.length : start)
    if (found !== undefined) return found
  }
  return undefined
}

/** How to find `paragraphText.slice(start, end)` again with search. */
export function planLocate(paragraphText: string, start: number, end: number): LocatePlan {
  const expected = paragraphText.slice(start, end)
  if (expected.length === 0 || cutsPair(paragraphText, start) || cutsPair(paragraphText, end)) {
    return { kind: 'impossible', reason: 'unsearchable' }
  }
  const whole = escapeSearchText(expected)
  if (whole === undefined) return { kind: 'impossible', reason: 'unsearchable' }
  if (whole.length <= MAX_SEARCH_CHARS) {
    const found = step(paragraphText, expected, start)
    return found ? { kind: 'whole', step: found } : { kind: 'impossible', reason: 'ambiguous' }
  }
  const prefix = pieceStep(paragraphText, expected, start, end, false)
  const suffix = pieceStep(paragraphText, expected, start, end, true)
  if (prefix === undefined || suffix === undefined) return { kind: 'impossible', reason: 'ambiguous' }
  return { kind: 'span', prefix, suffix }
}
