import { readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { CATEGORY_IDS, check, type CategoryId, type CompiledLexicon, type Finding } from '../../src/core/index.js'

/** An expected finding, from `[[words|rule-id]]` markup in a corpus text. */
export interface Expected {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly ruleId: string
}

const MARK = /\[\[([^|\]]+)\|([a-z0-9-]+)\]\]/g

/** Strip the markup: the plain text and the findings it asks for. */
export function parseAnnotated(annotated: string): { text: string; expected: Expected[] } {
  const expected: Expected[] = []
  let text = ''
  let last = 0
  for (const match of annotated.matchAll(MARK)) {
    text += annotated.slice(last, match.index)
    const words = match[1]!
    expected.push({ start: text.length, end: text.length + words.length, text: words, ruleId: match[2]! })
    text += words
    last = match.index + match[0].length
  }
  text += annotated.slice(last)
  return { text, expected }
}

/** The categories a corpus directory is scored on. */
export function categoriesFor(directory: string): CategoryId[] {
  return basename(directory) === 'klare-taal'
    ? ['klare-taal']
    : CATEGORY_IDS.filter((category) => category !== 'klare-taal')
}

export interface CorpusResult {
  readonly file: string
  readonly expected: readonly Expected[]
  readonly findings: readonly Finding[]
  readonly missed: readonly Expected[]
  readonly falseAlarms: readonly Finding[]
}

export function scoreText(file: string, annotated: string, lexicon: CompiledLexicon): CorpusResult {
  const { text, expected } = parseAnnotated(annotated)
  // The corpus scores the lexicon; the structural klare-taal checks are tested in test/plain.
  const findings = check(text, { lexicon, categories: categoriesFor(dirname(file)), plain: false })
  const same = (e: Expected, f: Finding): boolean => e.start === f.start && e.end === f.end && e.ruleId === f.ruleId
  return {
    file,
    expected,
    findings,
    missed: expected.filter((e) => !findings.some((f) => same(e, f))),
    falseAlarms: findings.filter((f) => !expected.some((e) => same(e, f))),
  }
}

export function corpusFiles(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(root, entry.name))
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => join(root, entry.name, name)),
    )
}

export function readCorpusFile(file: string): string {
  return readFileSync(file, 'utf8')
}
