import { parseArgs, type ParseArgsConfig } from 'node:util'
import { createColors } from 'picocolors'
import {
  CATEGORY_IDS,
  CATEGORY_LABELS,
  SEVERITIES,
  compileLexicon,
  formatProblem,
  isCategoryId,
  isSeverity,
  lexiconStats,
  lintLexicon,
  loadLexicon,
  PLAIN_RULE_IDS,
  report,
  LexiconError,
  type CategoryId,
  type Severity,
} from '../core/index.js'
import { formatJsonReport } from './format-json.js'
import { formatReadabilityJson, formatReadabilityText, type FileReadability } from './format-report.js'
import { formatSummary, formatTextReport, type Colors, type FileReport } from './format-text.js'
import { InputError } from './input-error.js'
import {
  builtInLexiconFiles,
  builtInLexiconSources,
  displayPath,
  isBuiltInLexiconFile,
  readLexiconSource,
} from './lexicon-files.js'
import { checkFiles } from './pool.js'
import { createProgress } from './progress.js'
import { readInput } from './read-input.js'
import { collectInputs } from './walk.js'

/** Exit codes: 0 nothing found, 1 findings (or lint problems), 2 usage or input error. */
export const EXIT_CLEAN = 0
export const EXIT_FINDINGS = 1
export const EXIT_ERROR = 2

class UsageError extends Error {}

export interface Io {
  readonly stdout: { write(text: string): unknown; isTTY?: boolean | undefined }
  readonly stderr: { write(text: string): unknown; isTTY?: boolean | undefined }
  readonly env: NodeJS.ProcessEnv
}

const HELP = `woordwijs — inclusieve en heldere taal in Nederlandse teksten

Gebruik:
  woordwijs check <bestanden of mappen…> [opties]   controleer .txt, .md en .docx
  woordwijs report <bestanden of mappen…> [opties]  leesbaarheid: zinslengte, lijdende vorm, Flesch-Douma, taalniveau
  woordwijs lexicon lint [bestanden…]                controleer woordenlijsten en hun voorbeelden
  woordwijs lexicon stats                            cijfers per categorie van de woordenlijst

Opties bij check:
  --format text|json        uitvoer als tekst (standaard) of als JSON
  --category <ids>          alleen deze categorieën (komma's of meerdere keren)
  --min-severity <niveau>   avoid (vermijden), reconsider (heroverwegen) of hint (tip)
  --ignore <ids>            deze regels (ids) overslaan
  --lexicon <bestand.yml>   eigen woordenlijst erbij (nieuwe termen, of override van standaardtermen)
  --color / --no-color      kleur aan of uit (standaard: alleen in een terminal)
  --jobs <aantal>           bestanden tegelijk controleren (standaard: één per processorkern; 1 = na elkaar)

Klare-taalcontroles bij check (categorie klare-taal; uit te zetten met --ignore):
  ${PLAIN_RULE_IDS.join(', ')}

Opties bij report:
  --format text|json        uitvoer als tekst (standaard) of als JSON

Voorbeelden:
  woordwijs check examples/
  woordwijs check brief.docx --min-severity reconsider --format json
  woordwijs check nota.md --category gender,herkomst --lexicon onze-termen.yml
  woordwijs report brief.docx

Afsluitcode: 0 niets gevonden, 1 bevindingen, 2 fout in gebruik of invoer (report: 0 of 2).
Categorieën: ${CATEGORY_IDS.join(', ')}
`

const CHECK_OPTIONS = {
  format: { type: 'string', default: 'text' },
  category: { type: 'string', multiple: true },
  'min-severity': { type: 'string' },
  ignore: { type: 'string', multiple: true },
  lexicon: { type: 'string', multiple: true },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  jobs: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options']

function splitList(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean)
}

function parseCategories(values: readonly string[] | undefined): CategoryId[] | undefined {
  const list = splitList(values)
  if (list.length === 0) return undefined
  for (const value of list) {
    if (!isCategoryId(value)) throw new UsageError(`onbekende categorie '${value}'; kies uit: ${CATEGORY_IDS.join(', ')}`)
  }
  return list as CategoryId[]
}

function parseSeverity(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined
  if (!isSeverity(value)) throw new UsageError(`onbekend niveau '${value}'; kies uit: ${SEVERITIES.join(', ')}`)
  return value
}

function colorsFor(stream: Io['stdout'], env: NodeJS.ProcessEnv, flag: boolean | undefined): Colors {
  const enabled = flag ?? (Boolean(stream.isTTY) && !('NO_COLOR' in env) && env.TERM !== 'dumb')
  return createColors(enabled)
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`--jobs verwacht een heel getal vanaf 1, niet '${value}'`)
  return Number(value)
}

/**
 * What check and report share: print help when asked (returns false), else
 * insist on a known format and at least one file.
 */
function acceptCommand(
  values: { help?: boolean | undefined; format?: string | undefined },
  positionals: readonly string[],
  io: Io,
  noFiles: string,
): boolean {
  if (values.help) {
    io.stdout.write(HELP)
    return false
  }
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(`onbekend formaat '${values.format}'; kies text of json`)
  }
  if (positionals.length === 0) throw new UsageError(noFiles)
  return true
}

async function runCheck(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: CHECK_OPTIONS, allowPositionals: true })
  if (!acceptCommand(values, positionals, io, 'geef minstens één bestand of map om te controleren')) return EXIT_CLEAN
  const categories = parseCategories(values.category)
  const minSeverity = parseSeverity(values['min-severity'])
  const ignore = splitList(values.ignore)
  const jobs = parseJobs(values.jobs)
  const colors = colorsFor(io.stdout, io.env, values['no-color'] ? false : values.color)
  const errorColors = colorsFor(io.stderr, io.env, values['no-color'] ? false : values.color)

  const { files, errors } = await collectInputs(positionals)
  const progress = createProgress(io.stderr, io.env)
  const outcomes = await checkFiles({
    files,
    lexicons: values.lexicon ?? [],
    settings: { categories, minSeverity, ignore },
    jobs,
    onProgress: progress.update,
  }).finally(progress.finish)
  const reports: FileReport[] = []
  for (const outcome of outcomes) {
    if (outcome.error) errors.push(outcome.error)
    else reports.push(outcome.report)
  }
  for (const error of errors) {
    io.stderr.write(`${errorColors.red('woordwijs:')} ${displayPath(error.path)}: ${error.message}\n`)
  }
  if (values.format === 'json') {
    io.stdout.write(formatJsonReport(reports) + '\n')
  } else {
    const body = formatTextReport(reports, colors)
    if (body) io.stdout.write(body + '\n\n')
    io.stdout.write(formatSummary(reports, errors.length, colors) + '\n')
  }
  if (errors.length > 0) return EXIT_ERROR
  return reports.some((report) => report.findings.length > 0) ? EXIT_FINDINGS : EXIT_CLEAN
}

const REPORT_OPTIONS = {
  format: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options']

async function runReport(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: REPORT_OPTIONS, allowPositionals: true })
  if (!acceptCommand(values, positionals, io, 'geef minstens één bestand of map voor het leesbaarheidsrapport')) return EXIT_CLEAN
  const { files, errors } = await collectInputs(positionals)
  const reports: FileReadability[] = []
  for (const path of files) {
    try {
      const input = await readInput(path)
      reports.push({ path: displayPath(path), report: report(input.checkText) })
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      errors.push(error)
    }
  }
  for (const error of errors) io.stderr.write(`woordwijs: ${displayPath(error.path)}: ${error.message}\n`)
  if (values.format === 'json') io.stdout.write(formatReadabilityJson(reports) + '\n')
  else if (reports.length > 0) io.stdout.write(formatReadabilityText(reports) + '\n')
  return errors.length > 0 ? EXIT_ERROR : EXIT_CLEAN
}

function runLint(args: string[], io: Io): number {
  const files = args.length > 0 ? args : builtInLexiconFiles()
  const builtIn = files.filter(isBuiltInLexiconFile)
  const own = files.filter((file) => !isBuiltInLexiconFile(file))
  const results = [
    // Built-in files are linted together (ids and terms are unique across them).
    ...(builtIn.length > 0 ? [lintLexicon(builtIn.map(readLexiconSource))] : []),
    // An organisation's list is linted on top of the built-in one, as check --lexicon uses it.
    ...(own.length > 0 ? [lintLexicon(own.map(readLexiconSource), { base: builtInLexiconSources() })] : []),
  ]
  const problems = results.flatMap((result) => result.problems)
  const entries = results.reduce((sum, result) => sum + result.entries, 0)
  const examples = results.reduce((sum, result) => sum + result.examples, 0)
  for (const problem of problems) io.stdout.write(formatProblem(problem) + '\n')
  if (problems.length > 0) {
    io.stdout.write(`\n${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'} gevonden.\n`)
    return EXIT_FINDINGS
  }
  io.stdout.write(`Alles in orde: ${entries} termen en ${examples} voorbeelden in ${files.length} ${files.length === 1 ? 'bestand' : 'bestanden'}.\n`)
  return EXIT_CLEAN
}

function runStats(io: Io): number {
  const loaded = loadLexicon(builtInLexiconSources())
  const stats = lexiconStats(loaded, compileLexicon(loaded))
  const header = ['categorie', 'termen', 'woorden', 'vormen', 'voorbeelden', 'alternatieven', 'met context']
  const rows = stats.map((row) => [
    `${row.category} (${CATEGORY_LABELS[row.category]})`,
    row.entries,
    row.terms,
    row.forms,
    row.examples,
    row.alternatives,
    row.withContext,
  ])
  const total = ['totaal', ...[1, 2, 3, 4, 5, 6].map((column) => rows.reduce((sum, row) => sum + Number(row[column]), 0))]
  const table = [header, ...rows, total].map((row) => row.map(String))
  const widths = header.map((_, column) => Math.max(...table.map((row) => row[column]!.length)))
  for (const row of table) {
    io.stdout.write(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ') + '\n')
  }
  return EXIT_CLEAN
}

/** Run the CLI with `args` (without node and script); resolves to the exit code. */
export async function main(args: string[], io: Io): Promise<number> {
  const [command, ...rest] = args
  try {
    switch (command) {
      case 'check':
        return await runCheck(rest, io)
      case 'report':
        return await runReport(rest, io)
      case 'lexicon':
        if (rest[0] === 'lint') return runLint(rest.slice(1), io)
        if (rest[0] === 'stats') return runStats(io)
        throw new UsageError(`onbekend lexicon-commando '${rest[0] ?? ''}'; gebruik 'lexicon lint' of 'lexicon stats'`)
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(HELP)
        return command === undefined ? EXIT_ERROR : EXIT_CLEAN
      case '--version':
      case '-v':
        io.stdout.write('woordwijs 0.1.0\n')
        return EXIT_CLEAN
      default:
        throw new UsageError(`onbekend commando '${command}'; gebruik 'woordwijs check <bestanden>' (zie 'woordwijs --help')`)
    }
  } catch (error) {
    if (error instanceof LexiconError) {
      io.stderr.write(`woordwijs: de woordenlijst kan niet worden geladen:\n${error.problems.map((p) => '  ' + formatProblem(p)).join('\n')}\n`)
      return EXIT_ERROR
    }
    if (error instanceof InputError) {
      io.stderr.write(`woordwijs: ${displayPath(error.path)}: ${error.message}\n`)
      return EXIT_ERROR
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`woordwijs: ${usageMessage(error as Error)}\nZie 'woordwijs --help'.\n`)
      return EXIT_ERROR
    }
    throw error
  }
}

function usageMessage(error: Error): string {
  const unknown = /Unknown option '([^']+)'/.exec(error.message)
  if (unknown) return `onbekende optie '${unknown[1]}'`
  const missing = /Option '([^']+)[^']*' argument missing/.exec(error.message)
  if (missing) return `optie '${missing[1]}' heeft een waarde nodig`
  return error.message
}
