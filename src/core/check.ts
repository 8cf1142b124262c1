import type { Root } from 'nlcst'
import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import type { CategoryId, Severity } from './categories.js'
import type { Finding } from './finding.js'
import type { CompiledLexicon } from './lexicon/compile.js'
import retextDutchChunked, { parseDutchChunks } from './parse.js'
import retextWoordwijsLexicon from './plugin.js'

export interface CheckOptions {
  readonly lexicon: CompiledLexicon
  /** Only these categories; all when absent. */
  readonly categories?: readonly CategoryId[] | undefined
  /** Skip findings less serious than this. */
  readonly minSeverity?: Severity | undefined
  /** Rule ids (entry ids) never to report. */
  readonly ignore?: readonly string[] | undefined
}

type AnyProcessor = Processor<Root, Root, Root, undefined, undefined>

// Processors are built once per lexicon and filter, never per call.
const processors = new WeakMap<CompiledLexicon, Map<string, AnyProcessor>>()

function processorFor(options: CheckOptions): AnyProcessor {
  const key = JSON.stringify([options.categories ?? null, options.minSeverity ?? null, options.ignore ?? null])
  let byKey = processors.get(options.lexicon)
  if (!byKey) {
    byKey = new Map()
    processors.set(options.lexicon, byKey)
  }
  let processor = byKey.get(key)
  if (!processor) {
    processor = unified()
      .use(retextDutchChunked)
      .use(retextWoordwijsLexicon, {
        lexicon: options.lexicon,
        categories: options.categories ? new Set(options.categories) : undefined,
        minSeverity: options.minSeverity,
        ignore: options.ignore ? new Set(options.ignore) : undefined,
      })
      .freeze() as unknown as AnyProcessor
    byKey.set(key, processor)
  }
  return processor
}

/**
 * Run the woordwijs pipeline on `text` and return its vfile with messages.
 * The transformers run once per chunk tree, which is dropped afterwards: a
 * whole-document tree of a large text costs far more memory and time than
 * the text itself.
 */
export function checkFile(text: string, options: CheckOptions): VFile {
  const processor = processorFor(options)
  const file = new VFile({ value: text })
  // vfile messages are Errors; their stack traces are never read, and
  // capturing one per finding costs more than finding it.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    for (const tree of parseDutchChunks(text)) processor.runSync(tree, file)
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  return file
}

/**
 * Check a text against the lexicon. A thin wrapper over the retext pipeline
 * that turns its messages into findings, sorted by position.
 */
export function check(text: string, options: CheckOptions): Finding[] {
  const file = checkFile(text, options)
  const findings: Finding[] = []
  for (const message of file.messages) {
    const data = message.woordwijs
    const start = message.place && 'start' in message.place ? message.place.start : undefined
    const end = message.place && 'end' in message.place ? message.place.end : undefined
    if (!data || start?.offset === undefined || end?.offset === undefined) continue
    findings.push({
      start: start.offset,
      end: end.offset,
      line: start.line,
      column: start.column,
      text: text.slice(start.offset, end.offset),
      ruleId: message.ruleId ?? '',
      category: data.category,
      severity: data.severity,
      message: message.reason,
      explanation: data.explanation,
      suggestions: message.expected ?? [],
      hints: data.hints,
      sources: data.sources,
    })
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end)
}
