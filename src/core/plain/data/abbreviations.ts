/**
 * Word lists about abbreviations. Data, not logic: extend them here.
 * All entries are lower case.
 */

/**
 * Ordinary words (and abbreviations that often end a sentence) that
 * parse-dutch's abbreviation list treats as "abbreviation + full stop", so
 * that it glues the next sentence on: "Dat weet ik al. Morgen komt hij." The
 * re-splitting pass splits after them when a capital follows. Real
 * abbreviations before a name ("dhr. Jansen", "mevr. De Vries", "bijv.
 * Utrecht", "o.a. Den Haag") are deliberately not here.
 */
export const SENTENCE_FINAL_WORDS: readonly string[] = [
  // Ordinary words.
  'al', 'zo', 'kon', 'ver', 'vrij', 'jan', 'max', 'min', 'tel', 'intern', 'ma', 'red', 'gem', 'fam', 'org',
  // parse-latin's Latin list ("op. cit.") catches the particle of separable verbs: "Neem contact op. Wij …".
  'op', 'cent', 'pro',
  // Abbreviations that often close a sentence.
  'enz', 'etc', 'blz', 'nr', 'nrs', 'ca', 'incl', 'excl', 'evt', 'resp', 'ong', 'zgn', 'vs', 'bijl', 'fig', 'pag',
  'tab', 'nl', 'sp',
  // Months and weekdays, as in "uiterlijk 3 feb. Daarna ...".
  'feb', 'febr', 'apr', 'aug', 'sep', 'sept', 'nov', 'dec', 'jul', 'jun', 'wo', 'do', 'vr', 'za',
]

/**
 * Abbreviations everyone knows: used without explanation they are no
 * problem for a B1 reader. Compared in lower case.
 */
export const KNOWN_ABBREVIATIONS: readonly string[] = [
  'eu', 'btw', 'tv', 'cv', 'pc', 'cd', 'dvd', 'sms', 'pdf', 'ok', 'nl', 'usa', 'vs', 'uk', 'ns', 'klm', 'anwb',
  'aow', 'ov', 'wc', 'id', 'ict', 'bv', 'nv', 'vvd', 'cda', 'pvda', 'sp', 'd66', 'gl', 'pvv', 'fnv', 'nos', 'rtl',
  'vpro', 'knmi', 'wifi', 'qr', 'ceo', 'hr', 'it', 'vip', 'ehbo', 'aed', 'hiv', 'aids', 'adhd', 'mbo', 'hbo', 'wo',
  'vwo', 'havo', 'vmbo', 'pabo', 'vut', 'a4', 'utc', 'gps', 'iban', 'pin', 'nu', 'ggz', 'ic', 'oké', 'dna', 'lhbti',
  'lhbtiq', 'nato', 'vn', 'who', 'fbi', 'kvk', 'ggd',
]

/**
 * Dutch words that are written in capitals for emphasis ("Dit is NIET
 * gratis", "LET OP"). In capitals they look like abbreviations but are not.
 */
export const EMPHASIS_WORDS: readonly string[] = [
  'niet', 'geen', 'wel', 'echt', 'let', 'op', 'nu', 'gratis', 'altijd', 'nooit', 'alleen', 'ook', 'voor', 'na',
  'vóór', 'meer', 'heel', 'erg', 'alle', 'elke', 'elk', 'dus', 'wat', 'hoe', 'als', 'of', 'en', 'maar', 'de', 'het',
  'een', 'in', 'uit', 'aan', 'af', 'met', 'bij', 'van', 'tot', 'om', 'u', 'uw', 'wij', 'we', 'ik', 'je', 'jij',
  'zij', 'hij', 'dit', 'dat', 'die', 'deze', 'hier', 'daar', 'zelf', 'snel', 'goed', 'fout', 'ja', 'nee', 'stop',
  'open', 'dicht', 'vol', 'leeg', 'nieuw', 'oud', 'mag', 'moet', 'kan', 'wil', 'is', 'zijn', 'was', 'heb', 'heeft',
  'hebben', 'extra', 'info', 'tip', 'tips', 'let op', 'vraag', 'nodig', 'geld', 'hulp', 'help', 'dag', 'dank', 'top',
  'los', 'vrij', 'al', 'zo', 'zeer', 'pas', 'wie', 'waar', 'wel', 'want', 'toe', 'eind', 'eens', 'klaar', 'gaat',
  'gaan', 'doe', 'doen', 'hoi', 'oma', 'opa', 'ijs', 'bus', 'auto', 'huis', 'werk', 'zorg', 'wet', 'brief', 'tijd',
]
