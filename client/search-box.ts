/**
 * The header's search box on every page: a plain GET form to /search/ (it works without script) that shows the top
 * results while the reader types, as a combobox with a listbox of results. Arrow keys choose a result and Enter opens
 * it; Enter on the query itself opens the search page. "/" and Ctrl/Cmd-K focus it from anywhere. The search client
 * (engine and index) is fetched on first focus or typing only: no page pays for it before.
 */
import { displayName } from '@/lib/i18n/source-name';
import type { Language } from '@/lib/content/schema';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { fill } from '@/lib/i18n/template';
import type { ResultItem, ResultPassage } from '@/lib/search/client';
import type { Excerpt } from '@/lib/search/highlight';
import { segment } from '@/lib/segments';
import { displayPunctuation } from '@/lib/text/display-punctuation';
import { searchUrl } from '@/lib/urls';
import { typing, word } from './dom';

/** Results shown while typing: enough to find a quote, few enough to read at a glance. */
const SHOWN = 6;
const DEBOUNCE_MS = 120;
const EXCERPT = 140;

const loadClient = () => import('@/lib/search/client');

interface Box {
  form: HTMLFormElement;
  input: HTMLInputElement;
  list: HTMLUListElement;
  status: HTMLElement;
  locale: Locale;
  open: boolean;
  active: number;
  results?: { q: string; items: ResultItem[] };
  timer?: number;
}

const optionId = (i: number) => `site-search-option-${i}`;

/** Of an original and its translation, the one in the query's language that matched, else any that matched. */
function shownPassage(item: ResultItem, query: string): ResultPassage {
  const chinese = /\p{Script=Han}/u.test(query);
  const matched = item.passages.filter((passage) => passage.matched);
  return matched.find((passage) => (passage.source.language === 'zh') === chinese) ?? matched[0] ?? item.passages[0];
}

/** A result's excerpt with the matched words in <mark>: text nodes and elements only, never HTML. */
function excerptNodes(excerpt: Excerpt, language: Language): Node[] {
  const text = language === 'zh' ? displayPunctuation(excerpt.text) : excerpt.text;
  const parts = segment(
    text,
    excerpt.ranges.map((range) => ({ ...range, kind: 'match' as const })),
  ).map((part) => {
    if (part.kinds.length === 0) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
  return [
    document.createTextNode(excerpt.before ? '… ' : ''),
    ...parts,
    document.createTextNode(excerpt.after ? ' …' : ''),
  ];
}

function option(box: Box, i: number, href: string, content: Node[], className: string): HTMLLIElement {
  const li = document.createElement('li');
  li.id = optionId(i);
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', String(i === box.active));
  li.className = `cursor-pointer px-3 py-2 text-sm ${className} ${i === box.active ? 'bg-chip' : ''}`;
  li.dataset.href = href;
  li.append(...content);
  return li;
}

function passageOption(box: Box, i: number, passage: ResultPassage): HTMLLIElement {
  const name = document.createElement('span');
  name.className = 'block text-xs font-semibold text-muted';
  name.lang = passage.source.language;
  name.textContent = displayName(passage.source, word(box.form, 'commentary'));
  const text = document.createElement('span');
  text.className = 'line-clamp-3 font-serif text-ink';
  text.lang = passage.source.language;
  text.append(...excerptNodes(passage.excerpt, passage.source.language));
  return option(box, i, passage.href, [name, text], 'border-b border-line');
}

const query = (box: Box) => box.input.value.trim();
const shown = (box: Box) => (box.results && box.results.q === query(box) ? box.results.items : []);
const expanded = (box: Box) => box.open && query(box) !== '' && box.results !== undefined;
const allHref = (box: Box) => searchUrl({ q: query(box) }, box.locale);

function render(box: Box) {
  const items = shown(box);
  const open = expanded(box);
  const q = query(box);
  box.input.setAttribute('aria-expanded', String(open));
  if (open && box.active >= 0) box.input.setAttribute('aria-activedescendant', optionId(box.active));
  else box.input.removeAttribute('aria-activedescendant');
  box.status.textContent = open
    ? items.length === 0
      ? word(box.form, 'none')
      : fill(word(box.form, 'count'), { count: items.length })
    : '';
  box.list.hidden = !open;
  const all = option(
    box,
    items.length,
    allHref(box),
    [document.createTextNode(fill(word(box.form, 'all'), { q }))],
    '',
  );
  all.classList.add('font-semibold', 'text-ink', 'wrap-anywhere');
  box.list.replaceChildren(...items.map((item, i) => passageOption(box, i, shownPassage(item, q))), all);
}

function warmUp() {
  // A failure here is reported by the search that follows.
  loadClient()
    .then((client) => client.openEngine())
    .catch(() => undefined);
}

/** The top results for the text as typed, after a pause. A failed search leaves a plain form: Enter still works. */
function preview(box: Box) {
  window.clearTimeout(box.timer);
  const q = query(box);
  if (q === '') return render(box);
  box.timer = window.setTimeout(() => {
    const settle = (items: ResultItem[]) => {
      if (query(box) !== q) return;
      box.results = { q, items };
      render(box);
    };
    loadClient()
      .then((client) => client.runSearch({ q, limit: SHOWN, excerptLength: EXCERPT, locale: box.locale }))
      .then(
        (response) => settle(response.items),
        () => settle([]),
      );
  }, DEBOUNCE_MS);
}

function onKeyDown(box: Box, event: KeyboardEvent) {
  const count = shown(box).length + 1; // the results, then "all results"
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    box.open = true;
    const at = box.active;
    box.active = event.key === 'ArrowDown' ? (at + 1) % count : at <= 0 ? count - 1 : at - 1;
  } else if (event.key === 'Escape') {
    box.open = false;
    box.active = -1;
  } else if (event.key === 'Enter' && expanded(box) && box.active >= 0) {
    event.preventDefault();
    const chosen = box.list.querySelector<HTMLElement>(`#${optionId(box.active)}`);
    if (chosen?.dataset.href) window.location.assign(chosen.dataset.href);
    return;
  } else return;
  render(box);
}

function listen(box: Box) {
  const { input, list } = box;
  input.addEventListener('focus', () => {
    box.open = true;
    warmUp();
    render(box);
  });
  input.addEventListener('blur', () => {
    box.open = false;
    render(box);
  });
  input.addEventListener('input', () => {
    box.open = true;
    box.active = -1;
    render(box);
    preview(box);
  });
  input.addEventListener('keydown', (event) => onKeyDown(box, event));
  // Keeps focus in the box, so the list stays open for the click.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const chosen = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="option"]') : null;
    if (chosen?.dataset.href) window.location.assign(chosen.dataset.href);
  });
}

/** "/" and Ctrl/Cmd-K focus the search box; on the search page its own box takes them. */
function listenForShortcut(fallback: HTMLInputElement) {
  document.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing(event.target));
    if (!shortcut) return;
    event.preventDefault();
    const box = document.querySelector<HTMLInputElement>('[data-primary-search]') ?? fallback;
    box.focus();
    box.select();
  });
}

export function attachSearchBox(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
  const input = form?.querySelector<HTMLInputElement>('input[role="combobox"]');
  const list = form?.querySelector<HTMLUListElement>('[role="listbox"]');
  const status = form?.querySelector<HTMLElement>('[role="status"]');
  const locale = LOCALES.find((candidate) => candidate === form?.dataset.locale);
  if (!form || !input || !list || !status || !locale) return;
  const box: Box = { form, input, list, status, locale, open: document.activeElement === input, active: -1 };
  listen(box);
  listenForShortcut(input);
  // Typed before the module ran: show its results as if typed now.
  if (query(box) !== '') preview(box);
}
