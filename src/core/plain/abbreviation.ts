import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { EMPHASIS_WORDS, KNOWN_ABBREVIATIONS } from './data/abbreviations.js'
import { insideUrl } from '../position.js'
import { emitPlain, SOURCES } from './message.js'
import { resolvePlainOptions, type PlainPluginOptions } from './options.js'
import { forEachSentence, spanOf, type Token } from './words.js'
import { sentenceTokens } from '../tokens.js'

const known = new Set(KNOWN_ABBREVIATIONS)
const emphasis = new Set(EMPHASIS_WORDS)
const ABBREVIATION = /^(\p{Lu}{2,6})(?:['’]s)?$/u
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/
const CAPITALS = /^\p{Lu}{2,}$/u
// Small words a full form may contain without their initial in the abbreviation.
const SKIPPED_IN_INITIALS: ReadonlySet<string> = new Set(['de', 'het', 'van', 'voor', 'en', 'op', 'in', 'der', 'den', 'te', 'tot', 'bij'])

declare module 'vfile' {
  interface DataMap {
    /** Abbreviations already seen in the document (lower case), with or without explanation. */
    woordwijsAbbreviations: Set<string>
  }
}

/** The abbreviation a token is, if it looks like one ("WMO", "UWV's"); undefined otherwise. */
export function abbreviationOf(tokens: readonly Token[], index: number): string | undefined {
  const token = tokens[index]!
  if (!token.isWord) return undefined
  const match = ABBREVIATION.exec(token.raw)
  if (!match) return undefined
  const letters = match[1]!
  const lower = letters.toLowerCase()
  if (ROMAN.test(letters) || known.has(lower) || emphasis.has(lower)) return undefined
  // A heading or a shout in capitals ("LET OP", "GEMEENTE UTRECHT") is no abbreviation.
  const neighbours = [tokens[index - 1], tokens[index + 1]]
  if (neighbours.some((neighbour) => neighbour?.isWord && CAPITALS.test(neighbour.raw))) return undefined
  return letters
}

/** Whether the words just before `index` spell the abbreviation ("Wet maatschappelijke ondersteuning WMO"). */
function spelledBefore(tokens: readonly Token[], index: number, letters: string): boolean {
  const wanted = letters.toLowerCase()
  let initials = ''
  for (let position = index - 1; position >= 0 && initials.length < wanted.length; position--) {
    const token = tokens[position]!
    if (!token.isWord) continue
    if (SKIPPED_IN_INITIALS.has(token.norm)) continue
    initials = token.norm[0] + initials
  }
  return initials === wanted
}

/** Explained where it is used: "WMO (Wet …)", "Wet … (WMO)", or spelled out just before. */
export function isExplained(tokens: readonly Token[], index: number, letters: string): boolean {
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  if (after && !after.isWord && after.raw === '(') return true
  if (before && !before.isWord && before.raw === '(') return true
  return spelledBefore(tokens, index, letters)
}

/**
 * A retext plugin that marks an abbreviation in capitals ("WMO", "UWV",
 * "BSN") the first time it is used, when it is not explained there. Known
 * abbreviations (data list) and words in capitals for emphasis are left
 * alone. The abbreviations seen so far live in `file.data`, so the first use
 * is the first in the whole document.
 */
const retextAbbreviation: Plugin<[PlainPluginOptions?], Root> = function (options) {
  const resolved = resolvePlainOptions(options)
  return (tree: Root, file: VFile): undefined => {
    const text = String(file.value ?? '')
    const seen = (file.data.woordwijsAbbreviations ??= new Set())
    forEachSentence(tree, (sentence) => {
      const tokens = sentenceTokens(sentence, text)
      tokens.forEach((token, index) => {
        const letters = abbreviationOf(tokens, index)
        if (!letters || insideUrl(text, token.start, token.end)) return
        const key = letters.toLowerCase()
        if (seen.has(key)) return
        seen.add(key)
        if (isExplained(tokens, index, letters)) return
        emitPlain(file, resolved, {
          ruleId: 'afkorting-zonder-uitleg',
          severity: 'hint',
          reason: `Afkorting '${letters}' zonder uitleg: schrijf de eerste keer voluit.`,
          explanation:
            'Niet iedere lezer kent deze afkorting. Schrijf de eerste keer voluit wat ze betekent, of gebruik alleen de volledige woorden.',
          hints: [`Schrijf de eerste keer voluit, met '${letters}' erachter tussen haakjes.`],
          sources: [SOURCES.directDuidelijk, SOURCES.rvo],
          ...spanOf(sentence, token, token),
          actual: token.raw,
        })
      })
    })
  }
}
export default retextAbbreviation
