import type { Root, Sentence } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { CategoryId, Severity } from './categories.js'
import type { CompiledLexicon } from './lexicon/compile.js'
import { matchSentence, type MatchFilter } from './match.js'
import { suggestionsFor } from './suggestions.js'
import { sentenceTokens, type Token } from './tokens.js'

/** What woordwijs adds to a vfile message besides the standard fields. */
export interface WoordwijsMessageData {
  readonly category: CategoryId
  readonly severity: Severity
  readonly explanation: string
  readonly sources: readonly string[]
  readonly hints: readonly string[]
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** Set on messages from the woordwijs lexicon plugin. */
    woordwijs?: WoordwijsMessageData
  }
}

export interface LexiconPluginOptions extends MatchFilter {
  readonly lexicon: CompiledLexicon
}

/** Sentences are children of paragraphs, which are children of the root. */
function forEachSentence(tree: Root, callback: (sentence: Sentence) => void): void {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') callback(sentence)
  }
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

/**
 * A retext plugin that matches the compiled lexicon in every sentence and
 * emits one vfile message per finding, with `actual` (the words),
 * `expected` (replacements) and `note` (why), as retext-equality does.
 */
const retextWoordwijsLexicon: Plugin<[LexiconPluginOptions], Root> = function (options) {
  const { lexicon } = options
  return (tree: Root, file: VFile): undefined => {
    const text = String(file.value ?? '')
    const paragraphTokens = blockTokensOf(tree, text)
    forEachSentence(tree, (sentence) => {
      const tokens = sentenceTokens(sentence, text)
      for (const match of matchSentence(lexicon, sentence, tokens, text, options, paragraphTokens)) {
        const first = tokens[match.first]!
        const last = tokens[match.last]!
        const actual = text.slice(match.start, match.end)
        const { entry } = match.phrase
        const { suggestions, hints } = suggestionsFor(match, actual)
        const startNode = sentence.children[first.index]!
        const endNode = sentence.children[last.index]!
        const message = file.message(entry.message, {
          place: { start: startNode.position!.start, end: endNode.position!.end },
          ruleId: entry.id,
          source: MESSAGE_SOURCE,
        })
        message.actual = actual
        message.expected = suggestions
        message.note = entry.explanation
        message.woordwijs = {
          category: entry.category,
          severity: entry.severity,
          explanation: entry.explanation,
          sources: entry.sources,
          hints,
        }
      }
    })
  }
}
export default retextWoordwijsLexicon
