/** Dutch wording shared by several components. */
import type { Severity } from '../../core/index.js'

export function countLabel(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

export const findingsLabel = (count: number): string => countLabel(count, 'bevinding', 'bevindingen')

/** Fluent badge colours by severity; all reach WCAG AA contrast on their text. */
export const SEVERITY_BADGE: Readonly<Record<Severity, 'danger' | 'warning' | 'informative'>> = {
  avoid: 'danger',
  reconsider: 'warning',
  hint: 'informative',
}
