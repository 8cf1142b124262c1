/**
 * Word's non-wildcard search as the fake runs it: the documented `^`
 * notations (search-option-guidance.md), the 255-character limit, matchCase
 * and matchWholeWord, and non-overlapping hits from left to right.
 */
import { FakeError } from './model.js'

export const MAX_SEARCH_LENGTH = 255

export interface FakeSearchOptions {
  readonly matchCase?: boolean
  readonly matchWholeWord?: boolean
  readonly matchWildcards?: boolean
}

/** `^x` → the characters it stands for, as a regex fragment. */
const NOTATIONS: Record<string, string> = {
  '^': '\\^',
  t: '\\t',
  s: '\\u00a0',
  '-': '[\\u00ad\\u001f]',
  '~': '[\\u2011\\u001e]',
  '+': '\\u2014',
  '=': '\\u2013',
  l: '\\u000b',
  w: '[ \\t\\u00a0]+',
  // A paragraph mark never occurs inside one paragraph's text.
  p: '(?!)',
}

function escapeRegex(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch
}

export function compileSearch(searchText: string, options: FakeSearchOptions = {}): RegExp {
  if (searchText.length === 0) throw new FakeError('InvalidArgument', 'The search string is empty.')
  if (searchText.length > MAX_SEARCH_LENGTH) {
    throw new FakeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.')
  }
  if (options.matchWildcards === true) throw new FakeError('NotImplemented', 'Wildcard search is not modelled.')
  let source = ''
  for (let i = 0; i < searchText.length; i++) {
    const ch = searchText[i] as string
    if (ch !== '^') {
      source += escapeRegex(ch)
      continue
    }
    const code = searchText[i + 1]
    const fragment = code === undefined ? undefined : NOTATIONS[code]
    if (fragment === undefined) throw new FakeError('InvalidArgument', `Unsupported search notation ^${code ?? ''}.`)
    source += fragment
    i++
  }
  if (options.matchWholeWord === true) source = `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`
  return new RegExp(source, options.matchCase === true ? 'gu' : 'giu')
}

export function findAll(text: string, searchText: string, options: FakeSearchOptions = {}): { start: number; end: number }[] {
  const regex = compileSearch(searchText, options)
  const hits: { start: number; end: number }[] = []
  for (const match of text.matchAll(regex)) {
    if (match[0].length === 0) continue
    hits.push({ start: match.index, end: match.index + match[0].length })
  }
  return hits
}
