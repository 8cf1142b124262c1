/**
 * Plain Dutch messages for failed outcomes, and the mapping from Office error
 * codes to them. The pane shows these as they are.
 */
import { isOfficeError } from './api.js'

export const MESSAGES = {
  commentsUnsupported: 'Opmerkingen toevoegen kan niet in deze versie van Word. Daarvoor is een nieuwere versie nodig.',
  notFindable: 'Deze tekst is niet met zekerheid terug te vinden in het document. Pas hem zelf aan.',
  inField: 'Deze tekst hoort bij een veld, zoals een datum of verwijzing. Die past woordwijs niet aan.',
  overlap: 'Deze wijziging overlapt met een andere wijziging in dezelfde alinea. Controleer het document en pas hem opnieuw toe.',
  locked: 'Dit deel van het document is beveiligd en kan niet worden aangepast.',
  gone: 'De alinea bestaat niet meer. Controleer het document opnieuw.',
  general: 'Word kon deze handeling niet uitvoeren. Er is niets aangepast.',
  notApplied: 'Deze wijziging is niet uitgevoerd, omdat een andere wijziging in dezelfde opdracht mislukte. Er is hier niets aangepast.',
  uncertain:
    'Word meldde een fout tijdens het aanpassen. Controleer deze alinea; met Ongedaan maken (Ctrl+Z) zet u een wijziging terug.',
  readFailed: 'Word kon de tekst van het document niet doorgeven. Probeer het opnieuw.',
  settingNotSaved: 'De instelling kon niet in het document worden opgeslagen.',
} as const

/** A plain Dutch message for an error thrown by Word. */
export function messageFor(error: unknown, fallback: string = MESSAGES.general): string {
  if (!isOfficeError(error)) return fallback
  switch (error.code) {
    case 'AccessDenied':
    case 'NotAllowed':
      return MESSAGES.locked
    case 'ItemNotFound':
      return MESSAGES.gone
    default:
      return fallback
  }
}
