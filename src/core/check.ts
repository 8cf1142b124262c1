import type { Root } from 'nlcst'
import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import type { CategoryId, Severity } from './categories.js'
import type { Finding } from './finding.js'
import type { CompiledLexicon } from './lexicon/compile.js'
import retextDutchChunked, { parseDutchChunks } from './parse.js'
import { plainPreset, type PlainOptions } from './plain/index.js'
import { PLAIN_MESSAGE_SOURCE, SENTENCE_RULES } from './plain/message.js'
import retextResplit from './plain/resplit.js'
import retextWoordwijsLexicon from './plugin.js'
import { comparable } from './tokens.js'

export interface CheckOptions {
  readonly lexicon: CompiledLexicon
  /** Only these categories; all when absent. */
  readonly categories?: readonly CategoryId[] | undefined
  /** Skip findings less serious than this. */
  readonly minSeverity?: Severity | undefined
  /** Rule ids (entry ids) never to report. */
  readonly ignore?: readonly string[] | undefined
  /**
   * The structural klare-taal checks (sentence length, passive, long words,
   * ...): on by default whenever the `klare-taal` category is; `false` turns
   * them off, an object sets their thresholds.
   */
  readonly plain?: boolean | PlainOptions | undefined
}

/** The structural checks' settings, or undefined when they are off. */
function plainSettings(options: CheckOptions): PlainOptions | undefined {
  if (options.plain === false) return undefined
  if (options.categories && !options.categories.includes('klare-taal')) return undefined
  return options.plain === true || options.plain === undefined ? {} : options.plain
}

type AnyProcessor = Processor<Root, Root, Root, undefined, undefined>

const alternativeWords = new WeakMap<CompiledLexicon, ReadonlySet<string>>()

/**
 * The words of the lexicon's alternatives, with plural endings: the long-word
 * check must not flag what the lexicon advises ("brandweermedewerker").
 */
function wordsOfAlternatives(lexicon: CompiledLexicon): ReadonlySet<string> {
  let words = alternativeWords.get(lexicon)
  if (!words) {
    const set = new Set<string>()
    for (const entry of lexicon.entries) {
      for (const alternative of entry.alternatives) {
        for (const text of [alternative.text, alternative.plural ?? '']) {
          for (const word of text.split(/\s+/)) {
            if (!word) continue
            const norm = comparable(word, true)
            for (const ending of ['', 'n', 'en', 's']) set.add(norm + ending)
          }
        }
      }
    }
    words = set
    alternativeWords.set(lexicon, words)
  }
  return words
}

// Processors are built once per lexicon and filter, never per call.
const processors = new WeakMap<CompiledLexicon, Map<string, AnyProcessor>>()

function processorFor(options: CheckOptions): AnyProcessor {
  const plain = plainSettings(options)
  const key = JSON.stringify([options.categories ?? null, options.minSeverity ?? null, options.ignore ?? null, plain ?? null])
  let byKey = processors.get(options.lexicon)
  if (!byKey) {
    byKey = new Map()
    processors.set(options.lexicon, byKey)
  }
  let processor = byKey.get(key)
  if (!processor) {
    const base = unified()
      .use(retextDutchChunked)
      // Before every check: parse-dutch glues sentences at words such as "al." and "zo.".
      .use(retextResplit)
      .use(retextWoordwijsLexicon, {
        lexicon: options.lexicon,
        categories: options.categories ? new Set(options.categories) : undefined,
        minSeverity: options.minSeverity,
        ignore: options.ignore ? new Set(options.ignore) : undefined,
      })
    const withPlain = plain
      ? base.use(
          plainPreset({
            ...plain,
            minSeverity: options.minSeverity,
            ignore: [...(plain.ignore ?? []), ...(options.ignore ?? [])],
            knownWords: wordsOfAlternatives(options.lexicon),
          }),
        )
      : base
    processor = withPlain.freeze() as unknown as AnyProcessor
    byKey.set(key, processor)
  }
  return processor
}

/**
 * Run the pipeline chunk by chunk on one vfile (document-level state such as
 * "u or je so far" lives in `file.data`), calling `afterChunk` after each.
 * Every chunk tree is dropped once its transformers ran: a whole-document
 * tree of a large text costs far more memory and time than the text itself.
 */
function runPipeline(text: string, options: CheckOptions, afterChunk: (file: VFile) => void): VFile {
  const processor = processorFor(options)
  const file = new VFile({ value: text })
  // vfile messages are Errors; their stack traces are never read, and
  // capturing one per finding costs more than finding it.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    for (const tree of parseDutchChunks(text)) {
      processor.runSync(tree, file)
      afterChunk(file)
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  return file
}

/** Run the woordwijs pipeline on `text` and return its vfile with all messages. */
export function checkFile(text: string, options: CheckOptions): VFile {
  return runPipeline(text, options, () => undefined)
}

/**
 * Check a text against the lexicon. A thin wrapper over the retext pipeline
 * that turns its messages into findings, sorted by position. Messages are
 * turned into findings after every chunk and then let go, so a text with
 * many findings does not hold two copies of each.
 */
export function check(text: string, options: CheckOptions): Finding[] {
  const lexical: Finding[] = []
  const sentences: Finding[] = []
  const structural: Finding[] = []
  runPipeline(text, options, (file) => {
    for (const message of file.messages) {
      const data = message.woordwijs
      const start = message.place && 'start' in message.place ? message.place.start : undefined
      const end = message.place && 'end' in message.place ? message.place.end : undefined
      if (!data || start?.offset === undefined || end?.offset === undefined) continue
      const target =
        message.source !== PLAIN_MESSAGE_SOURCE ? lexical : SENTENCE_RULES.has(message.ruleId ?? '') ? sentences : structural
      target.push({
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
    file.messages.length = 0
  })
  lexical.sort((a, b) => a.start - b.start)
  const findings = [...lexical, ...sentences, ...leftmostLongest(withoutOverlap(structural, lexical))]
  return findings.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** Two structural checks on the same words ("een besluit worden genomen"): the leftmost, then longest, stays. */
function leftmostLongest(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Finding[] = []
  let end = -1
  for (const finding of sorted) {
    if (finding.start < end) continue
    kept.push(finding)
    end = finding.end
  }
  return kept
}

/**
 * Structural findings that overlap no lexicon finding. A lexicon entry and a
 * structural check on the same words ("in behandeling nemen") would be one
 * finding too many, and the lexicon's advice is the more specific one.
 * `sorted` is sorted by start; a binary search keeps this O(n log n).
 */
function withoutOverlap(structural: readonly Finding[], sorted: readonly Finding[]): Finding[] {
  if (sorted.length === 0) return [...structural]
  // maxEnd[i]: the furthest end among sorted[0..i].
  const maxEnd: number[] = []
  let furthest = -1
  for (const finding of sorted) maxEnd.push((furthest = Math.max(furthest, finding.end)))
  return structural.filter((finding) => {
    // The last lexicon finding that starts before this one ends.
    let low = 0
    let high = sorted.length - 1
    let last = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (sorted[middle]!.start < finding.end) {
        last = middle
        low = middle + 1
      } else high = middle - 1
    }
    return last === -1 || maxEnd[last]! <= finding.start
  })
}
