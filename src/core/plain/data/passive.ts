/**
 * Word lists for the passive check. Data, not logic: extend them here.
 * All entries are lower case.
 */

/** Forms of "worden" that make a passive with a participle. */
export const WORDEN_FORMS: readonly string[] = ['word', 'wordt', 'worden', 'werd', 'werden']

/** Forms of "zijn" that make a (perfect or state) passive with a participle. "zijn" itself is also a possessive. */
export const ZIJN_FORMS: readonly string[] = ['is', 'zijn', 'was', 'waren', 'ben', 'bent']

/**
 * Words that may stand between a participle and its auxiliary at the end of
 * a clause ("aangevraagd kan worden").
 */
export const MODALS: readonly string[] = ['kan', 'kunnen', 'kon', 'konden', 'moet', 'moeten', 'moest', 'moesten', 'mag', 'mogen', 'mocht', 'mochten', 'zal', 'zullen', 'zou', 'zouden']

/**
 * Participles without "ge-" (inseparable be-, ver-, ont-, her-, er-, ge-,
 * over-, onder-, mis- verbs) that official letters use. Separable forms
 * built on them ("voorbereid", "aanbesteed") are listed too.
 */
export const INSEPARABLE_PARTICIPLES: readonly string[] = [
  // be-
  'behandeld', 'beoordeeld', 'besloten', 'betaald', 'bepaald', 'bevestigd', 'beëindigd', 'beantwoord', 'bekeken',
  'besproken', 'bezorgd', 'bewaard', 'beschreven', 'beperkt', 'benoemd', 'beloond', 'bestraft', 'beboet',
  'beschermd', 'beveiligd', 'bereikt', 'berekend', 'bevorderd', 'begeleid', 'beheerd', 'belast', 'beslist',
  'bestemd', 'bestudeerd', 'betrokken', 'bewezen', 'bezocht', 'bediend', 'benaderd', 'beschouwd', 'bestreden',
  'betwist', 'bekendgemaakt', 'bedoeld', 'beïnvloed', 'begroot', 'beheerst', 'belemmerd', 'beloofd',
  'bemiddeld', 'beraden', 'beschikt', 'bespaard', 'bestuurd', 'betreden', 'bevraagd', 'bewerkt', 'bijgesteld',
  // ver-
  'verwerkt', 'verstrekt', 'verleend', 'verzonden', 'vergoed', 'verlengd', 'verplaatst', 'verstuurd', 'verwijderd',
  'verlaagd', 'verhoogd', 'verbeterd', 'verbouwd', 'verkocht', 'verhuurd', 'verklaard', 'verplicht', 'verricht',
  'verspreid', 'vervangen', 'vervolgd', 'verworpen', 'verzocht', 'verzekerd', 'verwacht', 'vermeld', 'vernieuwd',
  'verdeeld', 'verboden', 'verbonden', 'verantwoord', 'verdedigd', 'vergeten', 'vergeleken', 'verhaald', 'verkregen',
  'verlaten', 'verloren', 'vermeden', 'vermist', 'verminderd', 'veroordeeld', 'veroorzaakt', 'verrekend', 'verschoven',
  'versterkt', 'vertaald', 'vertraagd', 'vervoerd', 'verwezen', 'verwijderd', 'verwittigd', 'verzameld', 'verzorgd',
  'voorbereid', 'vastgelegd', 'verduidelijkt', 'verantwoord', 'verkend', 'verhuurd', 'verordend', 'vergund',
  'verleend', 'verstrekt', 'vergeven', 'verholpen', 'verwerkt', 'verrekend', 'verscherpt', 'versoepeld',
  // ont-
  'ontvangen', 'ontslagen', 'ontworpen', 'ontwikkeld', 'ontdekt', 'ontnomen', 'ontheven', 'ontzegd', 'onthouden',
  'ontruimd', 'ontmanteld', 'ontbonden', 'ontkend', 'ontlast', 'ontzien',
  // her-
  'herzien', 'hersteld', 'herhaald', 'herinnerd', 'herkend', 'herberekend', 'herbeoordeeld', 'herinricht',
  'heringericht', 'hernieuwd', 'herplaatst', 'herstructureerd', 'herschreven', 'herbouwd', 'herontwikkeld',
  // er-, ge-, mis-, over-, onder-, door-, vol-, achter-
  'erkend', 'ervaren', 'gebruikt', 'geleverd', 'misbruikt', 'overwogen', 'overgedragen', 'overschreden', 'overlegd',
  'overhandigd', 'overgemaakt', 'overgenomen', 'ondertekend', 'onderzocht', 'ondersteund', 'onderbouwd',
  'onderbroken', 'ondervraagd', 'onderhouden', 'ondernomen', 'doorgevoerd', 'doorgestuurd', 'voltooid', 'voldaan',
  'volbracht', 'achterhaald', 'aanbesteed', 'uitbesteed', 'aanbevolen', 'toevertrouwd',
  // Latin-derived -eerd verbs without ge- in official prose ("geregistreerd" has ge-).
  'gecontroleerd', 'geïnformeerd', 'geregistreerd', 'gerealiseerd', 'geëvalueerd', 'gepubliceerd', 'gereserveerd',
]

/**
 * Participles of strong verbs, ending in "-en" ("genomen", "geschreven").
 * Only these count as "-en" participles: the pattern ge-…-en would also
 * catch plural nouns ("gedachten", "gemeenten", "gevolgen"). Separable forms
 * ("opgenomen", "afgewezen") are found by their core.
 */
export const STRONG_PARTICIPLES: readonly string[] = [
  'gegeven', 'genomen', 'geschreven', 'gesloten', 'gevonden', 'gebonden', 'gedwongen', 'getrokken', 'gewezen',
  'geheven', 'geschonken', 'gezonden', 'getroffen', 'gegoten', 'gekozen', 'gelezen', 'gegeten', 'gedronken',
  'gekregen', 'gezegen', 'gezeten', 'geroepen', 'gehouden', 'gevangen', 'gehangen', 'gelaten', 'gebeten',
  'gesneden', 'gestreden', 'geleden', 'gereden', 'gegrepen', 'gekeken', 'geprezen', 'gedreven', 'gebogen',
  'gelogen', 'gezogen', 'geschoten', 'gebroken', 'gesproken', 'gestoken', 'gezongen', 'gewonnen', 'geholpen',
  'geworpen', 'geworven', 'gezworen', 'gewogen', 'geschoven', 'gevroren', 'gebakken', 'gewassen', 'geladen',
  'gegraven', 'gedragen', 'geslagen', 'geschapen', 'gemeten', 'gedoken', 'gesmolten', 'gescholden', 'gescholen',
  'gezogen', 'geschoren', 'gewreven', 'gespeten', 'gesleten', 'gedolven', 'gegolden', 'gebeden', 'gemolken',
  'gevochten', 'gezocht', 'gebracht', 'gedacht', 'gekocht', 'gevraagd', 'gedaan', 'gezien', 'gestaan', 'geslagen',
  'geweten', 'gehad', 'geboden', 'bevolen', 'bedrogen', 'bedreven', 'beschreven', 'besproken', 'besloten',
  'bewezen', 'verboden', 'verkregen', 'verloren', 'vergeten', 'verzonden', 'vergeven', 'verworpen', 'vervangen',
  'ontvangen', 'ontslagen', 'ontworpen', 'ontnomen', 'ontheven', 'onthouden', 'overwogen', 'ondernomen',
  'onderbroken', 'onderhouden', 'ingeschreven',
]

/**
 * Participles of verbs that form their perfect with "zijn": "is gekomen" is
 * an active perfect, not a passive. A separable form whose core is here
 * ("aangekomen" → "gekomen") counts too.
 */
export const ZIJN_VERB_PARTICIPLES: readonly string[] = [
  'gekomen', 'gegaan', 'gebleven', 'vertrokken', 'overleden', 'begonnen', 'gestorven', 'gevallen', 'gestegen',
  'gedaald', 'gegroeid', 'verdwenen', 'ontstaan', 'gebeurd', 'geworden', 'geweest', 'geslaagd', 'gelukt', 'mislukt',
  'verhuisd', 'verlopen', 'veranderd', 'gestopt', 'opgehouden', 'gekrompen', 'geëindigd', 'afgenomen', 'toegenomen',
  'ingegaan', 'vergaan', 'ontsnapt', 'gevlucht', 'gereisd', 'gevlogen', 'gezwommen', 'gelopen', 'gerend',
  'gefietst', 'geland', 'gekeerd', 'verschenen', 'verstreken', 'gebleken', 'gerezen', 'opgestaan', 'gezakt',
  'afgestudeerd', 'getrouwd', 'gescheiden', 'geboren', 'geraakt', 'verongelukt', 'gestart', 'geëmigreerd',
  'geïmmigreerd', 'gearriveerd', 'gepasseerd', 'toegetreden', 'uitgetreden', 'afgetreden', 'teruggetreden',
  'ontwaakt', 'ingeslapen', 'gestruikeld', 'verbleekt', 'verouderd', 'bevallen', 'ontploft',
  'gesprongen', 'gebarsten', 'gezonken', 'gedoken', 'geklommen', 'verdronken', 'ontbrand', 'afgebrand', 'gedreven',
  'geslopen', 'gegleden', 'opgevallen', 'meegevallen', 'tegengevallen', 'voorgekomen', 'afgelopen', 'uitgevallen',
  'ingevallen', 'overgestapt', 'ingestapt', 'uitgestapt', 'verstreken', 'verworden', 'uitgegroeid',
  'opgegroeid', 'flauwgevallen', 'thuisgekomen', 'vooruitgegaan', 'achteruitgegaan', 'overgegaan', 'doorgegaan',
  'tekortgeschoten', 'vergeten', 'gezakt', 'binnengekomen', 'teruggekomen', 'misgegaan',
  // Changes of state: "De situatie is verbeterd" says what happened, not who did it.
  'gepromoveerd', 'geëscaleerd', 'geëxplodeerd', 'gecrasht', 'gestrand', 'ontspoord', 'opgedroogd', 'uitgedroogd',
  'gesmolten', 'bevroren', 'ontdooid', 'ingestort', 'verrot', 'verdampt', 'verwelkt', 'verslechterd', 'verbeterd',
  'verdubbeld', 'gehalveerd', 'gegroeid', 'gekeerd', 'verouderd', 'vervallen', 'vergaan', 'verlopen', 'gebleven',
]

/**
 * Words that look like participles but are adjectives or nouns, never
 * part of a passive: "gewoon", "gezond", "geschikt", "bekend", "tevreden";
 * "Hij wordt gezond" describes, it is no passive.
 */
export const PARTICIPLE_LOOKALIKES: readonly string[] = [
  // adjectives
  'gewoon', 'gezond', 'geschikt', 'bekend', 'tevreden', 'gelukkig', 'gerust', 'gemeen', 'geheim', 'gewend',
  'geliefd', 'gewaagd', 'geducht', 'geldig', 'gelijk', 'gepast', 'gespannen', 'gestrest', 'getalenteerd', 'geneigd',
  'gelegen', 'gevaarlijk', 'geleden', 'gelovig', 'geschoold', 'gedetailleerd', 'geavanceerd', 'gespecialiseerd',
  'gecompliceerd', 'gematigd', 'gedateerd', 'gerechtigd', 'gezegend', 'gestoord', 'geschrokken', 'gewenst',
  'geacht', 'geëigend', 'bereid', 'bevoegd', 'beroemd', 'berucht', 'beleefd', 'verliefd', 'verwend', 'verwant',
  'verlegen', 'verkeerd', 'verward', 'verbaasd', 'verrast', 'bedroefd', 'beducht', 'bekwaam', 'bevriend',
  'ontevreden', 'ontroerd', 'ontzet', 'ervaren', 'overtuigd', 'opgelucht', 'opgewekt', 'opgewonden', 'ingenomen',
  'ingewikkeld', 'uitgebreid', 'afgelegen', 'aangeboren', 'uitgeput', 'teleurgesteld', 'gemengd', 'geboeid',
  'gevoelig', 'benieuwd', 'gezellig', 'gewichtig', 'geleerd', 'gedwee', 'gering', 'gedurfd',
  // nouns
  'geest', 'gebied', 'gebit', 'gebed', 'geluid', 'gezicht', 'gewicht', 'gedicht', 'gerecht', 'gevecht', 'gesticht',
  'gemoed', 'gebod', 'genot', 'gehucht', 'geduld', 'gerucht', 'gelid', 'gewest', 'gezant', 'geschrift', 'geweld',
  'gelaat', 'gewaad', 'gewelf', 'gevaart',
]

/**
 * Participles that describe a state after "zijn" ("De balie is gesloten",
 * "U bent verplicht") but make a passive after "worden" ("De balie wordt
 * gesloten").
 */
export const STATE_PARTICIPLES: readonly string[] = [
  'gesloten', 'geopend', 'getrouwd', 'gescheiden', 'geboren', 'gewond', 'gekwetst', 'gehandicapt', 'gemotiveerd',
  'geïnteresseerd', 'gehecht', 'gesteld', 'gemachtigd', 'gekleed', 'geraakt', 'gebroken', 'gewaardeerd',
  'verplicht', 'verzekerd', 'betrokken', 'bezet', 'besmet', 'bezorgd', 'verbonden', 'ontspannen', 'ingesteld',
  'uitgesproken', 'gebonden', 'geslaagd', 'verantwoord', 'bedoeld', 'bestemd', 'verwacht', 'toegestaan', 'verboden',
  'gelegen', 'gevestigd', 'gebaseerd', 'gericht', 'geregeld', 'bekendgemaakt', 'beperkt', 'gewijd', 'afgesloten',
]

/** Separable particles that come before "ge-" in a participle ("aan-ge-vraagd"). */
export const SEPARABLE_PARTICLES: readonly string[] = [
  'aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'neer', 'om', 'op', 'over', 'terug', 'toe', 'uit', 'vast', 'voor',
  'weg', 'goed', 'vrij', 'kwijt', 'bekend', 'samen', 'tegen', 'voort', 'rond', 'los', 'dicht', 'open', 'stop', 'mis',
  'teweeg', 'tegemoet', 'vooraf', 'achter', 'binnen', 'buiten', 'thuis', 'gelijk', 'bloot', 'vrij', 'stil', 'klaar',
  'recht', 'schoon', 'vol', 'kapot', 'lam', 'plat', 'vooruit', 'ter', 'teleur', 'ten', 'aaneen', 'uiteen',
  'tentoon', 'aanbe', 'door', 'omhoog', 'omlaag', 'hoog', 'laag', 'bij',
]

/**
 * Words after which a participle can still stand at the end of its clause:
 * a participle followed by anything else is attributive ("een gesloten
 * systeem") and not part of a passive.
 */
export const CLAUSE_CONTINUATIONS: readonly string[] = [
  // conjunctions and relatives
  'en', 'of', 'maar', 'want', 'dus', 'omdat', 'dat', 'die', 'als', 'wanneer', 'zodat', 'nadat', 'voordat', 'terwijl',
  'tenzij', 'zodra', 'doordat', 'waardoor', 'waarna', 'waarbij', 'waarmee', 'waarin', 'waarop', 'hoewel', 'sinds',
  'totdat', 'indien', 'mits', 'zoals', 'dan', 'toen', 'ofwel',
  // prepositions (an extraposed phrase: "is ontvangen op 3 mei")
  'door', 'op', 'in', 'voor', 'met', 'aan', 'bij', 'naar', 'van', 'tot', 'om', 'na', 'per', 'uit', 'over', 'onder',
  'tijdens', 'volgens', 'binnen', 'buiten', 'vanaf', 'sinds', 'zonder', 'tussen', 'langs', 'rond', 'via', 'vanwege',
  // verbs that close the clause
  'worden', 'wordt', 'werd', 'werden', 'zijn', 'is', 'was', 'waren', 'geweest', 'geworden', 'kan', 'kunnen', 'moet',
  'moeten', 'mag', 'mogen', 'zal', 'zullen', 'zou', 'zouden', 'te',
  // adverbs that may follow
  'ook', 'nog', 'al', 'wel', 'niet', 'daarna', 'dan',
]

/** Determiners: a "participle" right after one is a noun or an adjective ("het gebied", "een gesloten deur"). */
export const DETERMINERS: readonly string[] = [
  'de', 'het', 'een', "'t", 'dit', 'dat', 'deze', 'die', 'zijn', 'haar', 'uw', 'mijn', 'ons', 'onze', 'hun', 'jouw',
  'je', 'geen', 'elk', 'elke', 'ieder', 'iedere', 'welk', 'welke', 'zo', 'zo\'n', 'veel', 'weinig', 'alle', 'enkele',
]

/**
 * Determiners that are never pronouns: a "participle" right after one is a
 * noun or an attribute ("een gesloten deur"). "het", "dat", "die" and
 * "haar" are left out because they are also pronouns ("wordt het verwerkt").
 */
export const ARTICLES: readonly string[] = [
  'de', 'een', 'dit', 'deze', 'uw', 'mijn', 'onze', 'jouw', 'geen', 'elk', 'elke', 'ieder', 'iedere', 'welk',
  'welke', "zo'n", 'enkele', 'alle',
]

/** Words that may stand between "zijn" and its participle ("zijn al betaald"); anything else makes "zijn" a possessive. */
export const ZIJN_ADVERBS: readonly string[] = ['al', 'nog', 'niet', 'ook', 'inmiddels', 'net', 'zojuist', 'nu', 'wel', 'dan', 'helaas', 'reeds', 'toen', 'pas']

/** Words that start a new clause: the search for a participle stops there. */
export const CLAUSE_STARTERS: readonly string[] = [
  'en', 'of', 'maar', 'want', 'dus', 'omdat', 'dat', 'die', 'als', 'wanneer', 'zodat', 'nadat', 'voordat', 'terwijl',
  'tenzij', 'zodra', 'doordat', 'waardoor', 'waarna', 'waarbij', 'waarmee', 'waarin', 'waarop', 'hoewel', 'totdat',
  'indien', 'mits', 'zoals', 'toen', 'ofwel', 'welke', 'wie', 'wat', 'waar', 'hoe', 'waarom', 'wanneer', 'sinds',
]

/** Where a clause ends, the search for a participle stops. */
export const CLAUSE_BREAKS: readonly string[] = [',', ';', ':', '(', ')', '–', '—', '-', '"', '“', '”']
