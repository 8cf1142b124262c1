import {
  check,
  compileLexicon,
  loadLexicon,
  mergeLexicons,
  type CategoryId,
  type CompiledLexicon,
  type Severity,
} from '../core/index.js'
import type { FileReport } from './format-text.js'
import { builtInLexiconSources, displayPath, readLexiconSource } from './lexicon-files.js'
import { readInput } from './read-input.js'

/** What `check` was asked for, as plain data: it crosses into worker threads. */
export interface CheckSettings {
  readonly categories?: readonly CategoryId[] | undefined
  readonly minSeverity?: Severity | undefined
  readonly ignore: readonly string[]
}

/** The built-in lexicon plus the organisation's own files; throws LexiconError or InputError. */
export function loadCheckLexicon(extraFiles: readonly string[]): CompiledLexicon {
  const base = loadLexicon(builtInLexiconSources())
  const extra = extraFiles.length > 0 ? loadLexicon(extraFiles.map(readLexiconSource)) : []
  return compileLexicon(mergeLexicons(base, extra))
}

/**
 * Read and check one input file. Throws InputError for a file the user must
 * fix; findings carry the text as it stands in the file (not the masked text).
 */
export async function checkFile(path: string, lexicon: CompiledLexicon, settings: CheckSettings): Promise<FileReport> {
  const input = await readInput(path)
  const findings = check(input.checkText, { lexicon, ...settings })
  return {
    path: displayPath(path),
    findings: findings.map((finding) => ({ ...finding, text: input.text.slice(finding.start, finding.end) })),
  }
}
