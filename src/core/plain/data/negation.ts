/**
 * Word lists for the double-negative check. Data, not logic: extend them here.
 * All entries are lower case.
 */

/** Words that negate what follows. */
export const NEGATORS: readonly string[] = ['niet', 'geen', 'nooit', 'allerminst', 'geenszins', 'evenmin']

/** Words that may stand between the negator and the negative word ("niet zo ongebruikelijk"). */
export const INTENSIFIERS: readonly string[] = [
  'zo', 'heel', 'erg', 'geheel', 'helemaal', 'echt', 'bepaald', 'volstrekt', 'zeer', 'al', 'zomaar', 'direct',
  'per', 'se', 'onverdeeld', 'volledig', 'compleet', 'totaal', 'bijzonder', 'even', 'te', 'meer', 'minder', 'een',
]

/**
 * Positive bases whose "on-" form is a negative adjective: "niet
 * onmogelijk" is a double negative. Inflected forms (-e, -er) are found too.
 */
export const NEGATABLE_BASES: readonly string[] = [
  'mogelijk', 'gebruikelijk', 'belangrijk', 'redelijk', 'duidelijk', 'juist', 'terecht', 'gewoon', 'bekend', 'zeker',
  'waarschijnlijk', 'aannemelijk', 'begrijpelijk', 'verstandig', 'gunstig', 'aanzienlijk', 'aardig', 'wenselijk',
  'denkbaar', 'haalbaar', 'voldoende', 'schuldig', 'geschikt', 'nodig', 'logisch', 'bereikbaar', 'aanvaardbaar',
  'realistisch', 'tevreden', 'gelukkig', 'eerlijk', 'veilig', 'interessant', 'bevoegd', 'wettig', 'rechtmatig',
  'zinnig', 'aantrekkelijk', 'verdienstelijk', 'waar', 'bemind', 'verwacht', 'gegrond', 'gepast', 'gezond', 'vriendelijk',
  'bruikbaar', 'betaalbaar', 'beperkt', 'aangenaam', 'aanzienlijk', 'kundig', 'zorgvuldig', 'verschillig', 'evenredig',
  'omstreden', 'uitvoerbaar', 'vermijdelijk', 'ontkoombaar', 'nauwkeurig', 'schadelijk', 'belangrijk', 'menselijk',
  'natuurlijk', 'noemenswaardig', 'geoorloofd', 'geldig', 'volledig', 'voorwaardelijk', 'wijs', 'zeker', 'bekwaam',
]
