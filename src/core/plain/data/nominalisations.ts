/**
 * Naamwoordstijl: a verb hidden in a noun. Data, not logic: extend the
 * lists here. All entries are lower case. Constructions the lexicon
 * (`lexicon/klare-taal.yml`) already lists as a contiguous phrase may stay
 * here for their split forms ("nemen uw aanvraag in behandeling"):
 * `check()` drops a structural finding that overlaps a lexicon finding.
 */

const NEMEN = ['neem', 'neemt', 'nemen', 'nam', 'namen', 'genomen']
const GEVEN = ['geef', 'geeft', 'geven', 'gaf', 'gaven', 'gegeven']
const DRAGEN = ['draag', 'draagt', 'dragen', 'droeg', 'droegen', 'gedragen']
const BRENGEN = ['breng', 'brengt', 'brengen', 'bracht', 'brachten', 'gebracht']
const STELLEN = ['stel', 'stelt', 'stellen', 'stelde', 'stelden', 'gesteld']
const DOEN = ['doe', 'doet', 'doen', 'deed', 'deden', 'gedaan']
const MAKEN = ['maak', 'maakt', 'maken', 'maakte', 'maakten', 'gemaakt']
const LEVEREN = ['lever', 'levert', 'leveren', 'leverde', 'leverden', 'geleverd']
const HOUDEN = ['houd', 'houdt', 'houden', 'hield', 'hielden', 'gehouden']

/** A noun and a "light" verb that together say what one verb says ("een besluit nemen" → "besluiten"). */
export interface LightVerbConstruction {
  /** The noun phrase as written, words separated by one space. */
  readonly noun: string
  /** Every form of the light verb. */
  readonly verbs: readonly string[]
  /** The plain verb (or words) to write instead. */
  readonly rewrite: string
}

export const LIGHT_VERB_CONSTRUCTIONS: readonly LightVerbConstruction[] = [
  { noun: 'een besluit', verbs: NEMEN, rewrite: 'besluiten' },
  { noun: 'een beslissing', verbs: NEMEN, rewrite: 'beslissen' },
  { noun: 'in behandeling', verbs: NEMEN, rewrite: 'behandelen' },
  { noun: 'in overweging', verbs: NEMEN, rewrite: 'overwegen' },
  { noun: 'in aanmerking', verbs: NEMEN, rewrite: 'rekening houden met' },
  { noun: 'een aanvang', verbs: NEMEN, rewrite: 'beginnen' },
  { noun: 'zorg', verbs: DRAGEN, rewrite: 'zorgen' },
  { noun: 'toepassing', verbs: GEVEN, rewrite: 'toepassen' },
  { noun: 'uitvoering', verbs: GEVEN, rewrite: 'uitvoeren' },
  { noun: 'een toelichting', verbs: GEVEN, rewrite: 'uitleggen' },
  { noun: 'een bijdrage', verbs: LEVEREN, rewrite: 'bijdragen' },
  { noun: 'in kennis', verbs: STELLEN, rewrite: 'laten weten' },
  { noun: 'op de hoogte', verbs: STELLEN, rewrite: 'laten weten' },
  { noun: 'ter beschikking', verbs: STELLEN, rewrite: 'geven' },
  { noun: 'een poging', verbs: DOEN, rewrite: 'proberen' },
  { noun: 'een verzoek', verbs: DOEN, rewrite: 'vragen' },
  { noun: 'een bezoek', verbs: BRENGEN, rewrite: 'bezoeken' },
  { noun: 'in rekening', verbs: BRENGEN, rewrite: 'laten betalen' },
  { noun: 'tot uitvoering', verbs: BRENGEN, rewrite: 'uitvoeren' },
  { noun: 'een afweging', verbs: MAKEN, rewrite: 'afwegen' },
  { noun: 'melding', verbs: MAKEN, rewrite: 'melden' },
  { noun: 'een bespreking', verbs: HOUDEN, rewrite: 'bespreken' },
]

/**
 * Nouns made from verbs that officials put in "de … van" ("de toekenning
 * van de subsidie"), with the verb to write instead ("wij kennen de
 * subsidie toe").
 */
export const VERBAL_NOUNS: Readonly<Record<string, string>> = {
  toekenning: 'toekennen',
  afwijzing: 'afwijzen',
  verlening: 'verlenen',
  verstrekking: 'verstrekken',
  indiening: 'indienen',
  vaststelling: 'vaststellen',
  beëindiging: 'stoppen',
  intrekking: 'intrekken',
  terugvordering: 'terugvragen',
  inwerkingtreding: 'ingaan',
  uitbetaling: 'uitbetalen',
  verzending: 'versturen',
  verlenging: 'verlengen',
  opschorting: 'uitstellen',
  aanwending: 'gebruiken',
  invordering: 'innen',
  tenuitvoerlegging: 'uitvoeren',
  inschrijving: 'inschrijven',
  beoordeling: 'beoordelen',
  goedkeuring: 'goedkeuren',
  vergoeding: 'vergoeden',
}
