import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileLexicon, loadLexicon, type CompiledLexicon, type LexiconSource } from '../../src/core/index.js'

export const LEXICON_DIR = join(import.meta.dirname, '..', '..', 'lexicon')

export function builtInSources(): LexiconSource[] {
  return readdirSync(LEXICON_DIR)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => ({ path: `lexicon/${name}`, text: readFileSync(join(LEXICON_DIR, name), 'utf8') }))
}

let cached: CompiledLexicon | undefined

/** The built-in lexicon, compiled once per test file. */
export function builtInLexicon(): CompiledLexicon {
  cached ??= compileLexicon(loadLexicon(builtInSources()))
  return cached
}
