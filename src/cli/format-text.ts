import { createColors } from 'picocolors'
import { SEVERITY_LABELS, type Finding, type Severity } from '../core/index.js'

export type Colors = ReturnType<typeof createColors>

export interface FileReport {
  readonly path: string
  readonly findings: readonly Finding[]
}

function severityLabel(severity: Severity, colors: Colors): string {
  const label = SEVERITY_LABELS[severity].toLowerCase().padEnd(13)
  switch (severity) {
    case 'avoid':
      return colors.red(label)
    case 'reconsider':
      return colors.yellow(label)
    case 'hint':
      return colors.cyan(label)
  }
}

/**
 * `file:line:column  severity  message  (ruleId)`, one line per finding,
 * grouped per file, with the suggestions on the line below.
 */
export function formatTextReport(reports: readonly FileReport[], colors: Colors): string {
  const blocks: string[] = []
  for (const report of reports) {
    if (report.findings.length === 0) continue
    const lines: string[] = [colors.underline(report.path)]
    for (const finding of report.findings) {
      const place = `${report.path}:${finding.line}:${finding.column}`
      lines.push(`${colors.dim(place)}  ${severityLabel(finding.severity, colors)}${finding.message}  ${colors.dim(`(${finding.ruleId})`)}`)
      const offered = finding.suggestions.length > 0 ? finding.suggestions : finding.hints
      if (offered.length > 0) {
        lines.push(`    ${colors.green('→')} ${offered.map((text) => colors.green(text)).join(' | ')}`)
      }
    }
    blocks.push(lines.join('\n'))
  }
  return blocks.join('\n\n')
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/** The closing line: what was found where, and what could not be read. */
export function formatSummary(reports: readonly FileReport[], failed: number, colors: Colors): string {
  const findings = reports.flatMap((report) => report.findings)
  const withFindings = reports.filter((report) => report.findings.length > 0).length
  const counts = (['avoid', 'reconsider', 'hint'] as const)
    .map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${SEVERITY_LABELS[severity].toLowerCase()}`)
  let line =
    findings.length === 0
      ? colors.green(`Geen bevindingen in ${plural(reports.length, 'bestand', 'bestanden')}.`)
      : `${plural(findings.length, 'bevinding', 'bevindingen')} in ${plural(withFindings, 'bestand', 'bestanden')} ` +
        `(${counts.join(', ')}); ${plural(reports.length, 'bestand', 'bestanden')} gecontroleerd.`
  if (failed > 0) line += ' ' + colors.red(`${plural(failed, 'bestand kon', 'bestanden konden')} niet worden gelezen.`)
  return line
}
