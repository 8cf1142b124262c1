/**
 * The fourteen lexicon categories: the twelve factors of Movisie's
 * diversiteitsvlechtwerk, general wording, and klare taal (plain language).
 * The ids are file names in `lexicon/` and must never change.
 */
export const CATEGORY_IDS = [
  'gezondheid',
  'educatie',
  'sociale-status',
  'uiterlijk',
  'gender',
  'religie',
  'taal',
  'seksuele-orientatie',
  'leeftijd',
  'herkomst',
  'arbeid',
  'financieel',
  'algemeen',
  'klare-taal',
] as const

export type CategoryId = (typeof CATEGORY_IDS)[number]

/** Dutch labels for the user interface, in the order of the vlechtwerk. */
export const CATEGORY_LABELS: Readonly<Record<CategoryId, string>> = {
  gezondheid: 'Gezondheid',
  educatie: 'Educatie',
  'sociale-status': 'Sociale status',
  uiterlijk: 'Uiterlijke kenmerken',
  gender: 'Gender en sekse',
  religie: 'Religie en levensbeschouwing',
  taal: 'Taal en geletterdheid',
  'seksuele-orientatie': 'Seksuele oriëntatie',
  leeftijd: 'Leeftijd',
  herkomst: 'Sociaal-culturele achtergrond (herkomst)',
  arbeid: '(Arbeids)participatie',
  financieel: 'Financiële situatie',
  algemeen: 'Algemeen woordgebruik',
  'klare-taal': 'Klare taal',
}

export function isCategoryId(value: string): value is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(value)
}

/**
 * Severity, from most to least serious. `avoid`: a hurtful or outdated term;
 * `reconsider`: wording to think about again; `hint`: a plain-language tip.
 */
export const SEVERITIES = ['avoid', 'reconsider', 'hint'] as const

export type Severity = (typeof SEVERITIES)[number]

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  avoid: 'Vermijden',
  reconsider: 'Heroverwegen',
  hint: 'Tip',
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value)
}

/** True when `severity` is at least as serious as `minimum`. */
export function meetsSeverity(severity: Severity, minimum: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(minimum)
}
