import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { emitPlain, SOURCES } from './message.js'
import { resolvePlainOptions, type PlainPluginOptions } from './options.js'
import { countSyllables } from './syllables.js'
import { insideUrl, isSentenceInitial, looksLikeName } from '../position.js'
import { forEachSentence, isCountable, spanOf, type Token } from './words.js'
import { sentenceTokens } from '../tokens.js'

const ALL_CAPS = /^[\p{Lu}\d]+$/u
const HAS_DIGIT = /\d/

/** Whether this token is a long word the check should mark (not a name, number or abbreviation). */
export function isLongWord(
  tokens: readonly Token[],
  index: number,
  minimum: number,
  text: string,
  known: ReadonlySet<string> = new Set(),
): boolean {
  const token = tokens[index]!
  // Words cannot reach `minimum` syllables with fewer letters; most words stop here.
  if (token.raw.length < minimum * 2) return false
  if (!isCountable(token) || ALL_CAPS.test(token.raw) || HAS_DIGIT.test(token.raw)) return false
  if (looksLikeName(token.raw) && !isSentenceInitial(tokens, index)) return false
  if (countSyllables(token.raw) < minimum || known.has(token.norm)) return false
  return !insideUrl(text, token.start, token.end)
}

/**
 * A retext plugin that marks long words, mostly compounds such as
 * "arbeidsongeschiktheidsverzekering": `longWordSyllables` syllables (7) or
 * more. Names and `knownWords` (the lexicon's alternatives) are left
 * alone; words the lexicon flags are dropped by `check()`, which keeps the
 * lexicon's more specific advice.
 */
const retextLongWord: Plugin<[PlainPluginOptions?], Root> = function (options) {
  const resolved = resolvePlainOptions(options)
  return (tree: Root, file: VFile): undefined => {
    const text = String(file.value ?? '')
    forEachSentence(tree, (sentence) => {
      const tokens = sentenceTokens(sentence, text)
      tokens.forEach((token, index) => {
        if (!isLongWord(tokens, index, resolved.longWordSyllables, text, resolved.knownWords)) return
        const syllables = countSyllables(token.raw)
        emitPlain(file, resolved, {
          ruleId: 'lang-woord',
          severity: 'hint',
          reason: `Lang woord (${syllables} lettergrepen): kan het korter of in delen?`,
          explanation:
            'Lange samengestelde woorden zijn moeilijk te lezen. Een korter woord, of het woord uitgeschreven in een paar gewone woorden, leest makkelijker.',
          hints: ["Schrijf het woord in delen uit, bijvoorbeeld 'vergunning voor het evenement' in plaats van 'evenementenvergunning', of leg het uit."],
          sources: [SOURCES.directDuidelijk, SOURCES.rvo],
          ...spanOf(sentence, token, token),
          actual: token.raw,
        })
      })
    })
  }
}
export default retextLongWord
