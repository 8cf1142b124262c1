import { check } from '../check.js'
import { compileLexicon, type CompiledLexicon } from './compile.js'
import { loadLexicon, mergeLexicons, type LexiconSource, type LoadedEntry, type SourceLocation } from './load.js'
import { LexiconError, type LexiconProblem } from './problems.js'

/** An example sentence, with the span between `[` and `]` if it marks one. */
export interface ParsedExample {
  readonly text: string
  readonly marked?: { readonly start: number; readonly end: number } | undefined
}

/** Strip `[` `]` marks from an example; they say which words must be flagged. */
export function parseExample(example: string): ParsedExample {
  const open = example.indexOf('[')
  const close = example.indexOf(']', open + 1)
  if (open === -1 || close === -1) return { text: example }
  const text = example.slice(0, open) + example.slice(open + 1, close) + example.slice(close + 1)
  return { text, marked: { start: open, end: close - 1 } }
}

function problemAt(location: SourceLocation, message: string, field: string): LexiconProblem {
  return { ...location, field, message }
}

/**
 * Run every entry's examples against the compiled lexicon: each `flag`
 * example must produce a finding of that entry (on the marked words, if
 * marked) and no `ok` example may.
 */
export function lintExamples(entries: readonly LoadedEntry[], lexicon: CompiledLexicon): LexiconProblem[] {
  const problems: LexiconProblem[] = []
  for (const { entry, exampleLocations } of entries) {
    entry.examples.flag.forEach((example, index) => {
      const location = exampleLocations.flag[index]!
      const parsed = parseExample(example)
      const own = check(parsed.text, { lexicon, plain: false }).filter((finding) => finding.ruleId === entry.id)
      if (own.length === 0) {
        const other = check(parsed.text, { lexicon, plain: false })[0]
        problems.push(
          problemAt(
            location,
            `dit voorbeeld moet '${entry.id}' opleveren, maar woordwijs vindt het niet` +
              (other ? ` (wel '${other.ruleId}' op '${other.text}')` : ''),
            `examples.flag[${index + 1}]`,
          ),
        )
      } else if (parsed.marked && !own.some((f) => f.start === parsed.marked!.start && f.end === parsed.marked!.end)) {
        const found = own.map((finding) => `'${finding.text}'`).join(', ')
        const wanted = parsed.text.slice(parsed.marked.start, parsed.marked.end)
        problems.push(
          problemAt(location, `dit voorbeeld moet '${wanted}' markeren, maar woordwijs markeert ${found}`, `examples.flag[${index + 1}]`),
        )
      }
    })
    ;(entry.examples.ok ?? []).forEach((example, index) => {
      const location = exampleLocations.ok[index]!
      const own = check(example, { lexicon, plain: false }).filter((finding) => finding.ruleId === entry.id)
      if (own.length > 0) {
        problems.push(
          problemAt(
            location,
            `dit voorbeeld mag '${entry.id}' niet opleveren, maar woordwijs markeert '${own[0]!.text}'`,
            `examples.ok[${index + 1}]`,
          ),
        )
      }
    })
  }
  return problems
}

export interface LintResult {
  readonly entries: number
  readonly examples: number
  readonly problems: readonly LexiconProblem[]
}

/**
 * Validate lexicon files and run their examples. With `base` (the built-in
 * lexicon), `sources` are an organisation's own list: they are merged over
 * the base as `check --lexicon` would, and only their examples are run, so
 * overlaps with the built-in entries show up.
 */
export function lintLexicon(sources: readonly LexiconSource[], options: { base?: readonly LexiconSource[] } = {}): LintResult {
  let entries: LoadedEntry[]
  let lexicon: CompiledLexicon
  try {
    entries = loadLexicon(sources)
    const all = options.base ? mergeLexicons(loadLexicon(options.base), entries) : entries
    lexicon = compileLexicon(all)
  } catch (error) {
    if (error instanceof LexiconError) return { entries: 0, examples: 0, problems: error.problems }
    throw error
  }
  const examples = entries.reduce((sum, { entry }) => sum + entry.examples.flag.length + (entry.examples.ok?.length ?? 0), 0)
  return { entries: entries.length, examples, problems: lintExamples(entries, lexicon) }
}
