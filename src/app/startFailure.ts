/**
 * When React itself cannot render anything: a message in the three languages, written as
 * plain text nodes (never HTML), so the reader never faces a blank page.
 */
import { LANGUAGES } from '../domain/constants.ts';
import { START_FAILURE_WORDS } from '../i18n/startFailureWords.ts';

export function showStartFailure(container: HTMLElement): void {
  const section = document.createElement('section');
  section.className = 'panel panel--error';
  section.setAttribute('role', 'alert');
  for (const lang of LANGUAGES) {
    const paragraph = document.createElement('p');
    paragraph.lang = lang;
    paragraph.textContent = START_FAILURE_WORDS[lang].message;
    section.append(paragraph);
  }
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button';
  reload.textContent = `${START_FAILURE_WORDS['zh-Hant'].reload} · ${START_FAILURE_WORDS.en.reload}`;
  reload.addEventListener('click', () => window.location.reload());
  section.append(reload);
  container.replaceChildren(section);
}
