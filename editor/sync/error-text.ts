// Why something asked of the server did not happen, in the user's language:
// the server's own message (it sends Dutch and English), or that it could not
// be reached.
import type { Lang } from '../../schema/problems';
import { language, msg, translate } from '../i18n/i18n';
import { ApiError, OfflineError } from './api-client';

const texts = msg({
  offline: {
    nl: 'de server is niet bereikbaar; probeer opnieuw als je weer verbonden bent',
    en: 'the server cannot be reached; try again when you are connected',
  },
});

export function errorText(error: unknown, lang: Lang = language.get()): string {
  if (error instanceof OfflineError) return translate(texts.offline, lang);
  if (error instanceof ApiError) return error.text[lang];
  return error instanceof Error ? error.message : String(error);
}
