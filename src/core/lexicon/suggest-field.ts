import { ENTRY_FIELDS } from './schema.js'

/** Dutch (and singular) words maintainers type for the English field names. */
const SYNONYMS: Readonly<Record<string, string>> = {
  alternatieven: 'alternatives',
  alternatief: 'alternatives',
  alternative: 'alternatives',
  suggesties: 'alternatives',
  uitleg: 'explanation',
  toelichting: 'explanation',
  verklaring: 'explanation',
  bronnen: 'sources',
  bron: 'sources',
  source: 'sources',
  termen: 'terms',
  term: 'terms',
  woorden: 'terms',
  woord: 'terms',
  voorbeelden: 'examples',
  example: 'examples',
  melding: 'message',
  bericht: 'message',
  boodschap: 'message',
  ernst: 'severity',
  niveau: 'severity',
  categorie: 'category',
  vormen: 'forms',
  form: 'forms',
  samenstellingen: 'compounds',
  compound: 'compounds',
  eigennaam: 'proper',
  vervoegen: 'inflect',
  verbuigen: 'inflect',
  uitzonderingen: 'context',
  onlyif: 'only_if',
  alleen_als: 'only_if',
  tenzij: 'unless',
  markeren: 'flag',
  goed: 'ok',
  volgende: 'next',
  vorige: 'previous',
  zin: 'sentence',
  meervoud: 'plural',
  tekst: 'text',
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]!
}

/** The known field a maintainer most likely meant by `key`, if any. */
export function suggestField(key: string, known: readonly string[] = ENTRY_FIELDS): string | undefined {
  const lower = key.toLowerCase().replace(/[\s-]/g, '_')
  const synonym = SYNONYMS[lower] ?? SYNONYMS[lower.replace(/_/g, '')]
  if (synonym && known.includes(synonym)) return synonym
  let best: string | undefined
  let bestDistance = Infinity
  for (const field of known) {
    const d = distance(lower, field)
    if (d < bestDistance) {
      best = field
      bestDistance = d
    }
  }
  return bestDistance <= Math.max(2, Math.floor(lower.length / 3)) ? best : undefined
}
