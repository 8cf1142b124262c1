import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileLexicon, loadLexicon, type CompiledLexicon, type Finding } from '../../src/core/index.js'
import { check } from '../../src/core/index.js'

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures')

/** The engine-test lexicon: stable, small, one entry per feature. */
export function fixtureLexicon(): CompiledLexicon {
  const path = join(FIXTURES, 'lexicon', 'engine.yml')
  return compileLexicon(loadLexicon([{ path: 'engine.yml', text: readFileSync(path, 'utf8') }]))
}

/** `[text, ruleId]` pairs of the findings in `text`, for compact assertions. */
export function hits(text: string, lexicon: CompiledLexicon): [string, string][] {
  return check(text, { lexicon }).map((finding: Finding) => [finding.text, finding.ruleId])
}
