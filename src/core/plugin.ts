import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { CompiledLexicon } from './lexicon/compile.js'
import { emitFinding, forEachSentence } from './message.js'
import { entryEnabled, matchSentence, type MatchFilter } from './match.js'
import { suggestionsFor } from './suggestions.js'
import { sentenceTokens, type Token } from './tokens.js'

export interface LexiconPluginOptions extends MatchFilter {
  readonly lexicon: CompiledLexicon
}

/**
 * All tokens of the tree, built only when a `paragraph` context rule asks.
 * check() hands over one tree per blank-line block (a Word paragraph in the
 * add-in): that is the paragraph a writer sees. parse-latin's own paragraph
 * nodes end at every line break, which in hard-wrapped text is mid-sentence.
 */
function blockTokensOf(tree: Root, text: string): () => readonly Token[] {
  let tokens: Token[] | undefined
  return () => {
    if (!tokens) {
      tokens = []
      forEachSentence(tree, (sentence) => tokens!.push(...sentenceTokens(sentence, text)))
    }
    return tokens
  }
}

/** The `source` of every message this plugin emits. */
export const MESSAGE_SOURCE = 'woordwijs'

export type { WoordwijsMessageData } from './message.js'

/**
 * A retext plugin that matches the compiled lexicon in every sentence and
 * emits one vfile message per finding, with `actual` (the words),
 * `expected` (replacements) and `note` (why), as retext-equality does.
 */
const retextWoordwijsLexicon: Plugin<[LexiconPluginOptions], Root> = function (options) {
  const { lexicon } = options
  const enabled = lexicon.entries.map((entry) => entryEnabled(entry, options))
  return (tree: Root, file: VFile): undefined => {
    const text = String(file.value ?? '')
    const paragraphTokens = blockTokensOf(tree, text)
    forEachSentence(tree, (sentence) => {
      const tokens = sentenceTokens(sentence, text)
      for (const match of matchSentence(lexicon, sentence, tokens, text, enabled, paragraphTokens)) {
        const first = tokens[match.first]!
        const last = tokens[match.last]!
        const actual = text.slice(match.start, match.end)
        const { entry } = match.phrase
        const { suggestions, hints } = suggestionsFor(match, actual)
        const startNode = sentence.children[first.index]!
        const endNode = sentence.children[last.index]!
        emitFinding(file, {
          reason: entry.message,
          ruleId: entry.id,
          source: MESSAGE_SOURCE,
          start: startNode.position!.start,
          end: endNode.position!.end,
          actual,
          suggestions,
          category: entry.category,
          severity: entry.severity,
          explanation: entry.explanation,
          sources: entry.sources,
          hints,
        })
      }
    })
  }
}
export default retextWoordwijsLexicon
