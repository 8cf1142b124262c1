/**
 * The engine worker: the lexicon is bundled into this file as raw YAML by
 * webpack, so checking needs no network at all.
 */
import type { LexiconSource } from '../../core/index.js'
import { EngineService } from './service.js'
import type { MessagePortLike } from './protocol.js'

interface WebpackContext {
  keys(): string[]
  (id: string): unknown
}

function bundledLexicon(): LexiconSource[] {
  // webpack replaces this call at build time; the YAML files are loaded as `asset/source`.
  const context = (import.meta as unknown as { webpackContext: (dir: string, options: object) => WebpackContext })
    .webpackContext('../../../lexicon', { recursive: false, regExp: /\.yml$/ })
  return context
    .keys()
    .sort()
    .map((key) => {
      const text = context(key)
      return { path: `lexicon/${key.replace(/^\.\//, '')}`, text: typeof text === 'string' ? text : String(text) }
    })
}

new EngineService(bundledLexicon).serve(self as unknown as MessagePortLike)
