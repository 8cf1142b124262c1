import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { emitPlain, SOURCES } from './message.js'
import { resolvePlainOptions, type PlainPluginOptions } from './options.js'
import { forEachSentence, hasQuotation, spanOf } from './words.js'
import { sentenceTokens } from '../tokens.js'

/** Formal and informal ways to address the reader. "jullie" is left out: it is the plural of both. */
const FORMAL: ReadonlySet<string> = new Set(['u', 'uw', 'uzelf'])
const INFORMAL: ReadonlySet<string> = new Set(['je', 'jij', 'jou', 'jouw', 'jezelf', "je's"])

type Form = 'u' | 'je'

/** What the check remembers across the chunks of one document, in `file.data`. */
interface AddressState {
  first?: { form: Form; word: string } | undefined
  reported: boolean
}

declare module 'vfile' {
  interface DataMap {
    woordwijsAddress: AddressState
  }
}

function formOf(word: string): Form | undefined {
  if (FORMAL.has(word)) return 'u'
  if (INFORMAL.has(word)) return 'je'
  return undefined
}

/**
 * A retext plugin that marks the first switch between "u" and "je" in a
 * document: one finding, on the first word of the other form, that names
 * both. Quoted sentences are skipped (someone else speaks there). The state
 * lives in `file.data`, so it carries across the chunks `check()` parses.
 */
const retextAddress: Plugin<[PlainPluginOptions?], Root> = function (options) {
  const resolved = resolvePlainOptions(options)
  return (tree: Root, file: VFile): undefined => {
    const text = String(file.value ?? '')
    const state: AddressState = (file.data.woordwijsAddress ??= { reported: false })
    if (state.reported) return
    forEachSentence(tree, (sentence) => {
      if (state.reported) return
      const tokens = sentenceTokens(sentence, text)
      if (hasQuotation(tokens)) return
      for (const token of tokens) {
        if (!token.isWord) continue
        const form = formOf(token.norm)
        if (!form) continue
        if (!state.first) {
          state.first = { form, word: token.raw }
          continue
        }
        if (form === state.first.form) continue
        state.reported = true
        emitPlain(file, resolved, {
          ruleId: 'u-en-je',
          severity: 'reconsider',
          reason: `Eerst '${state.first.word}', hier '${token.raw}': kies 'u' of 'je' voor de hele tekst.`,
          explanation:
            "Een tekst die de lezer afwisselend met 'u' en met 'je' aanspreekt, leest onrustig en lijkt slordig. Kies één vorm en houd die vast.",
          hints: [form === 'je' ? "Spreek de lezer overal met 'u' aan, of overal met 'je'." : "Spreek de lezer overal met 'je' aan, of overal met 'u'."],
          sources: [SOURCES.directDuidelijk, SOURCES.rvo],
          ...spanOf(sentence, token, token),
          actual: token.raw,
        })
        return
      }
    })
  }
}
export default retextAddress
