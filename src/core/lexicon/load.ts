import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml'
import type { z } from 'zod'
import { entrySchema, ENTRY_FIELDS, type LexiconEntry } from './schema.js'
import { LexiconError, type LexiconProblem } from './problems.js'
import { suggestField } from './suggest-field.js'
import { isCategoryId } from '../categories.js'

/** The text of one lexicon file; where it came from is only used in messages. */
export interface LexiconSource {
  readonly path: string
  readonly text: string
}

export interface SourceLocation {
  readonly file: string
  readonly line: number
  readonly column: number
}

/** A validated entry with the places a maintainer needs to find it again. */
export interface LoadedEntry {
  readonly entry: LexiconEntry
  readonly location: SourceLocation
  readonly exampleLocations: { readonly flag: readonly SourceLocation[]; readonly ok: readonly SourceLocation[] }
}

type Path = readonly PropertyKey[]

function fieldName(path: Path): string {
  let result = ''
  for (const part of path) {
    if (typeof part === 'number') result += `[${part + 1}]`
    else result += (result ? '.' : '') + String(part)
  }
  return result
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'een tekst',
  array: 'een lijst (regels die met "- " beginnen)',
  boolean: 'true of false',
  object: 'een groep velden',
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const field = fieldName(issue.path)
  switch (issue.code) {
    case 'invalid_type':
      if (field === '') return `elke term is een groep velden die begint met "- id:"; hier staat ${describeValue(value)}`
      if (value === undefined) return `het veld '${field}' ontbreekt`
      return `'${field}' moet ${TYPE_NAMES[issue.expected] ?? issue.expected} zijn`
    case 'invalid_value':
      return `'${field}' heeft de onbekende waarde '${String(value)}'; kies uit: ${issue.values.map(String).join(', ')}`
    case 'too_small':
      return issue.origin === 'array' ? `'${field}' mag niet leeg zijn` : `'${field}' mag niet leeg zijn`
    case 'too_big':
      return `'${field}' is te lang: hooguit ${String(issue.maximum)} tekens`
    case 'invalid_union':
      return field.startsWith('alternatives')
        ? `'${field}' moet een tekst zijn, of een groep met 'text' en eventueel 'plural' of 'adjective'`
        : `'${field}' heeft niet de goede vorm`
    default:
      return `'${field}': ${issue.message}`
  }
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'een leeg "-"'
  if (Array.isArray(value)) return 'een lijst'
  return typeof value === 'string' ? `alleen de tekst '${value.length > 40 ? value.slice(0, 40) + '…' : value}'` : `alleen '${String(value)}'`
}

function valueAt(data: unknown, path: Path): unknown {
  let current = data
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[part]
  }
  return current
}

class FileReader {
  readonly problems: LexiconProblem[] = []
  private readonly lines = new LineCounter()
  private readonly doc: Document
  /** The file's text without a byte order mark (Notepad writes one), so columns are as an editor shows them. */
  private readonly text: string

  constructor(private readonly source: LexiconSource) {
    this.text = source.text.startsWith('\uFEFF') ? source.text.slice(1) : source.text
    this.doc = parseDocument(this.text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false })
  }

  at(offset: number): SourceLocation {
    const { line, col } = this.lines.linePos(offset)
    return { file: this.source.path, line, column: col }
  }

  problem(offset: number, message: string, field?: string): void {
    this.problems.push({ ...this.at(offset), field, message })
  }

  /** The YAML node at `path`, or the deepest existing parent. */
  node(path: Path): YamlNode | undefined {
    for (let length = path.length; length >= 0; length--) {
      const found = this.doc.getIn(path.slice(0, length) as unknown[], true)
      if (found && typeof found === 'object' && 'range' in found) return found as YamlNode
    }
    return undefined
  }

  offsetOf(path: Path): number {
    return this.node(path)?.range?.[0] ?? 0
  }

  /** Offset of the key `key` inside the map at `path`. */
  keyOffset(path: Path, key: string): number {
    const map = this.node(path)
    if (isMap(map)) {
      const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key)
      if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0]
    }
    return this.offsetOf(path)
  }

  read(): LoadedEntry[] {
    if (!this.readableText()) return []
    const [error] = this.doc.errors
    if (error !== undefined) {
      // Only the first: the errors after a syntax error are mostly its echoes, a screenful that hides the cause.
      const [offset, message] = explainYamlError(this.text, error.code, error.message, error.pos[0])
      this.problem(offset, `de YAML is niet geldig: ${message}`)
      return []
    }
    const root = this.doc.contents
    if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
      this.problem(0, 'het bestand is leeg; een woordenlijst is een lijst van termen die elk met "- id:" beginnen')
      return []
    }
    if (!isSeq(root)) {
      this.problem(root.range?.[0] ?? 0, 'het bestand moet een lijst van termen zijn: elke term begint met "- id:"')
      return []
    }
    let data: unknown
    try {
      data = this.doc.toJS()
    } catch {
      // yaml throws here for an alias without its anchor, or aliases nested to blow up (billion laughs).
      this.problem(this.firstAliasOffset(), 'de YAML is niet geldig: een verwijzing (*naam) wijst naar een anker (&naam) dat niet bestaat, of er zijn te veel verwijzingen')
      return []
    }
    const items = Array.isArray(data) ? data : []
    const loaded: LoadedEntry[] = []
    items.forEach((item: unknown, index) => {
      const entry = this.readEntry(item, index)
      if (entry) loaded.push(entry)
    })
    return loaded
  }

  /** Binary or wrongly encoded files would parse into garbage; say what they are instead. */
  private readableText(): boolean {
    const nul = this.text.indexOf('\u0000')
    if (nul >= 0) {
      this.problem(nul, 'dit lijkt een binair bestand, geen woordenlijst; een woordenlijst is een YAML-tekstbestand')
      return false
    }
    // U+FFFD is what a decoder leaves for bytes that are not UTF-8; no lexicon needs the character itself.
    const replacement = this.text.indexOf('\uFFFD')
    if (replacement >= 0) {
      this.problem(replacement, 'dit teken is geen geldige UTF-8; sla het bestand op als UTF-8 (in Kladblok: "Opslaan als", codering UTF-8)')
      return false
    }
    return true
  }

  private firstAliasOffset(): number {
    let offset = 0
    visit(this.doc, {
      Alias: (_key, node) => {
        if (isAlias(node)) offset = node.range?.[0] ?? 0
        return visit.BREAK
      },
    })
    return offset
  }

  private readEntry(item: unknown, index: number): LoadedEntry | undefined {
    const result = entrySchema.safeParse(item)
    if (!result.success) {
      // A misspelt field also looks missing; report the misspelling only.
      const meant = new Set<string>()
      for (const issue of result.error.issues) {
        if (issue.code !== 'unrecognized_keys') continue
        for (const key of issue.keys) {
          const known = issue.path.length === 0 ? ENTRY_FIELDS : knownKeysAt(issue.path)
          const suggestion = suggestField(key, known)
          if (suggestion) meant.add(fieldName([...issue.path, suggestion]))
        }
      }
      for (const issue of result.error.issues) {
        if (issue.code !== 'unrecognized_keys' && meant.has(fieldName(issue.path))) continue
        if (issue.code === 'unrecognized_keys') {
          const known = issue.path.length === 0 ? ENTRY_FIELDS : undefined
          for (const key of issue.keys) {
            const suggestion = known ? suggestField(key, known) : suggestField(key, knownKeysAt(issue.path))
            this.problem(
              this.keyOffset([index, ...issue.path], key),
              `'${key}' is geen bekend veld` + (suggestion ? `; bedoel je '${suggestion}'?` : ''),
              fieldName([...issue.path, key]),
            )
          }
          continue
        }
        const path = [index, ...issue.path]
        this.problem(this.offsetOf(path), describeIssue(issue, valueAt(item, issue.path)), fieldName(issue.path))
      }
      return undefined
    }
    const entry = result.data
    const base = this.source.path.replace(/\\/g, '/').split('/').pop()?.replace(/\.ya?ml$/, '') ?? ''
    if (isCategoryId(base) && entry.category !== base) {
      this.problem(
        this.offsetOf([index, 'category']),
        `deze term staat in ${base}.yml maar heeft category '${entry.category}'; zet hem in ${entry.category}.yml of pas de category aan`,
        'category',
      )
    }
    const examples = (kind: 'flag' | 'ok'): SourceLocation[] =>
      (entry.examples[kind] ?? []).map((_, exampleIndex) => this.at(this.offsetOf([index, 'examples', kind, exampleIndex])))
    return {
      entry,
      location: this.at(this.offsetOf([index])),
      exampleLocations: { flag: examples('flag'), ok: examples('ok') },
    }
  }
}

const NESTED_KEYS: Readonly<Record<string, readonly string[]>> = {
  context: ['unless', 'only_if'],
  examples: ['flag', 'ok'],
  unless: ['next', 'previous', 'sentence', 'paragraph'],
  only_if: ['next', 'previous', 'sentence', 'paragraph'],
  alternatives: ['text', 'plural', 'adjective'],
}

function knownKeysAt(path: Path): readonly string[] {
  const named = [...path].reverse().find((part): part is string => typeof part === 'string')
  return (named && NESTED_KEYS[named]) || []
}

/** Offset of the last bracket `open` before `offset` that is not closed before it. */
function unclosedBefore(text: string, offset: number, open: string, close: string): number | undefined {
  let depth = 0
  for (let at = Math.min(offset, text.length) - 1; at >= 0; at--) {
    if (text[at] === close) depth++
    else if (text[at] === open && depth-- === 0) return at
  }
  return undefined
}

const INDENTATION =
  'controleer het inspringen en de dubbele punten: elk veld staat op een eigen regel als "naam: waarde", en alle velden van een term springen even ver in'

/**
 * A plain Dutch message for a YAML syntax error, and where to point: for an
 * unclosed bracket or quote the parser stops where the file ends or the next
 * field starts, but the maintainer has to look where it was opened.
 */
function explainYamlError(text: string, code: string, message: string, offset: number): [number, string] {
  const firstLine = message.split('\n')[0] ?? message
  // A tab in the indentation confuses the parser into errors that never mention it; name it first.
  const tab = /^ *\t/m.exec(text)
  if (tab !== null || code === 'TAB_AS_INDENT') {
    return [tab === null ? offset : tab.index + tab[0].length - 1, 'gebruik spaties om in te springen, geen tabs']
  }
  if (/end with a \]/.test(firstLine)) {
    return [unclosedBefore(text, offset, '[', ']') ?? offset, 'de lijst die hier met "[" begint, wordt niet gesloten met "]"']
  }
  if (/end with a \}/.test(firstLine)) {
    return [unclosedBefore(text, offset, '{', '}') ?? offset, 'de groep die hier met "{" begint, wordt niet gesloten met "}"']
  }
  const quote = /^Missing closing (["'])quote/.exec(firstLine)?.[1]
  if (quote !== undefined) {
    const opened = text.lastIndexOf(quote, offset - 1)
    return [opened >= 0 ? opened : offset, `de tekst die hier met ${quote} begint, wordt niet afgesloten met ${quote}`]
  }
  switch (code) {
    case 'DUPLICATE_KEY':
      return [offset, 'een veld staat twee keer in dezelfde term']
    case 'MULTIPLE_DOCS':
      return [offset, 'gebruik geen "---" midden in het bestand']
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      return [offset, INDENTATION]
    default:
      return [offset, firstLine]
  }
}

/** Read and validate one lexicon file; problems are returned, not thrown. */
export function readLexiconFile(source: LexiconSource): { entries: LoadedEntry[]; problems: LexiconProblem[] } {
  const reader = new FileReader(source)
  const entries = reader.read()
  return { entries, problems: reader.problems }
}

/**
 * Read several lexicon files as one list. Throws a {@link LexiconError} with
 * every problem when anything is wrong: a lexicon never half-loads.
 */
export function loadLexicon(sources: readonly LexiconSource[]): LoadedEntry[] {
  const problems: LexiconProblem[] = []
  const entries: LoadedEntry[] = []
  for (const source of sources) {
    const result = readLexiconFile(source)
    problems.push(...result.problems)
    entries.push(...result.entries)
  }
  problems.push(...findDuplicateIds(entries))
  if (problems.length > 0) throw new LexiconError(problems)
  return entries
}

function findDuplicateIds(entries: readonly LoadedEntry[]): LexiconProblem[] {
  const seen = new Map<string, LoadedEntry>()
  const problems: LexiconProblem[] = []
  for (const loaded of entries) {
    const first = seen.get(loaded.entry.id)
    if (first) {
      problems.push({
        ...loaded.location,
        field: 'id',
        message: `het id '${loaded.entry.id}' bestaat al (${first.location.file}:${first.location.line}); kies een ander id`,
      })
    } else {
      seen.set(loaded.entry.id, loaded)
    }
  }
  return problems
}

/**
 * Add an organisation's own entries to a base lexicon. An entry whose id is
 * already in the base must say `override: true` and then replaces it whole;
 * `override: true` on an unknown id is an error, since it usually is a typo.
 */
export function mergeLexicons(base: readonly LoadedEntry[], extra: readonly LoadedEntry[]): LoadedEntry[] {
  const byId = new Map(base.map((loaded) => [loaded.entry.id, loaded]))
  const problems: LexiconProblem[] = []
  for (const loaded of extra) {
    const existing = byId.get(loaded.entry.id)
    if (existing && !loaded.entry.override) {
      problems.push({
        ...loaded.location,
        field: 'id',
        message: `het id '${loaded.entry.id}' bestaat al in de standaardlijst (${existing.location.file}:${existing.location.line}); zet 'override: true' om die term te vervangen, of kies een ander id`,
      })
    } else if (!existing && loaded.entry.override) {
      problems.push({
        ...loaded.location,
        field: 'override',
        message: `'override: true' maar de standaardlijst heeft geen term met id '${loaded.entry.id}'; controleer het id`,
      })
    } else {
      byId.set(loaded.entry.id, loaded)
    }
  }
  if (problems.length > 0) throw new LexiconError(problems)
  return [...byId.values()]
}
