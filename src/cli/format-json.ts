import type { FileReport } from './format-text.js'

/**
 * The JSON report other tools read. Its shape is a contract: exactly these
 * keys, in this order; offsets refer to the file's text (for .docx the
 * extracted text, paragraphs separated by a blank line).
 */
export function formatJsonReport(reports: readonly FileReport[]): string {
  return JSON.stringify({
    files: reports.map((report) => ({
      path: report.path,
      findings: report.findings.map((finding) => ({
        start: finding.start,
        end: finding.end,
        line: finding.line,
        column: finding.column,
        text: finding.text,
        category: finding.category,
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        suggestions: finding.suggestions,
      })),
    })),
  })
}
