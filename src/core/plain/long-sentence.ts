import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { emitPlain, SOURCES } from './message.js'
import { resolvePlainOptions, type PlainPluginOptions } from './options.js'
import { forEachSentence, isCountable, sentenceSpan, type Token } from './words.js'
import { sentenceTokens } from '../tokens.js'

/** Words in a sentence; numbers on their own ("2026", "3,5") do not count. */
export function countWords(tokens: readonly Token[]): number {
  let count = 0
  for (const token of tokens) if (isCountable(token)) count++
  return count
}

/**
 * A retext plugin that marks sentences longer than the B1 guideline: a hint
 * above `longSentence` words (20), `reconsider` above `veryLongSentence` (30).
 * The finding spans the sentence, so a host can show which one it is.
 */
const retextLongSentence: Plugin<[PlainPluginOptions?], Root> = function (options) {
  const resolved = resolvePlainOptions(options)
  return (tree: Root, file: VFile): undefined => {
    const text = String(file.value ?? '')
    forEachSentence(tree, (sentence) => {
      const tokens = sentenceTokens(sentence, text)
      const words = countWords(tokens)
      if (words <= resolved.longSentence) return
      const span = sentenceSpan(sentence, tokens)
      if (!span) return
      const veryLong = words > resolved.veryLongSentence
      emitPlain(file, resolved, {
        ruleId: veryLong ? 'zeer-lange-zin' : 'lange-zin',
        severity: veryLong ? 'reconsider' : 'hint',
        reason: veryLong
          ? `Zeer lange zin (${words} woorden): maak er twee of drie zinnen van.`
          : `Lange zin (${words} woorden): kan het korter?`,
        explanation:
          `Zinnen tot ongeveer ${resolved.longSentence} woorden zijn voor de meeste lezers goed te volgen. ` +
          'In een lange zin moet de lezer veel onthouden voordat de zin af is.',
        hints: [
          "Splits de zin bij 'en', 'maar', 'omdat' of een komma, of zet een opsomming in een lijstje.",
        ],
        sources: [SOURCES.directDuidelijk, SOURCES.lezenEnSchrijven],
        start: span.start,
        end: span.end,
        actual: text.slice(span.start.offset!, span.end.offset!),
      })
    })
  }
}
export default retextLongSentence
