/**
 * The header's search box on every page: a plain GET form to /search/ (it works without script) that shows the top
 * results while the reader types, as a combobox with a listbox of results. It offers the same help as /search/ (the
 * engine's suggestions): first the principle page the query names, and a spelling the index knows when nothing
 * matches, which puts that word in the box. Arrow keys choose an option and Enter takes it; Enter on the query itself
 * opens the search page. "/" and Ctrl/Cmd-K focus it from anywhere. The search client (engine and index) is fetched
 * on first focus or typing only: no page pays for it before.
 */
import { displayName } from '@/lib/i18n/source-name';
import type { Language } from '@/lib/content/schema';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { fill } from '@/lib/i18n/template';
import type { LinkedSuggestion, ResultItem, ResultPassage } from '@/lib/search/client';
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
  results?: Shown;
  timer?: number;
}

/** What the engine answered for `q`: the top results and its suggestions. */
interface Shown {
  q: string;
  items: ResultItem[];
  suggestions: LinkedSuggestion[];
}

/** An option of the list: a page to open (`href`) or a query to put in the box (`q`, a spelling). */
interface Choice {
  href?: string;
  q?: string;
  content: Node[];
  className: string;
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

function option(box: Box, i: number, choice: Choice): HTMLLIElement {
  const li = document.createElement('li');
  li.id = optionId(i);
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', String(i === box.active));
  li.className = `cursor-pointer px-3 py-2 text-sm ${choice.className} ${i === box.active ? 'bg-chip' : ''}`;
  if (choice.href !== undefined) li.dataset.href = choice.href;
  if (choice.q !== undefined) li.dataset.q = choice.q;
  li.append(...choice.content);
  return li;
}

function span(className: string, text: string, lang?: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  if (lang) element.lang = lang;
  return element;
}

function passageChoice(box: Box, passage: ResultPassage): Choice {
  const { language } = passage.source;
  const name = span(
    'block text-xs font-semibold text-muted',
    displayName(passage.source, word(box.form, 'commentary')),
  );
  name.lang = language;
  const text = span('line-clamp-3 font-serif text-ink', '', language);
  text.append(...excerptNodes(passage.excerpt, language));
  return { href: passage.href, content: [name, text], className: 'border-b border-line' };
}

/** The engine's suggestions as options: the principle page (opened), a spelling (put in the box). */
function suggestionChoice(box: Box, suggestion: LinkedSuggestion): Choice {
  if (suggestion.kind === 'principle') {
    const label = span('text-xs font-semibold tracking-wider text-muted uppercase', word(box.form, 'principle'));
    const title = span('font-semibold text-ink underline', suggestion.title);
    return {
      href: suggestion.href,
      content: [label, document.createTextNode(' '), title],
      className: 'border-b border-line wrap-anywhere',
    };
  }
  const [before = '', after = ''] = word(box.form, 'didYouMean').split('{q}');
  const spelling = span('font-semibold underline', suggestion.q);
  const content = [document.createTextNode(before), spelling, document.createTextNode(after)];
  return { q: suggestion.q, content, className: 'border-b border-line text-ink wrap-anywhere' };
}

const query = (box: Box) => box.input.value.trim();
const current = (box: Box): Shown | undefined => (box.results?.q === query(box) ? box.results : undefined);
const expanded = (box: Box) => box.open && query(box) !== '' && box.results !== undefined;
const allHref = (box: Box) => searchUrl({ q: query(box) }, box.locale);

/** Suggestions first (the principle page, then a spelling), the top results, then "all results". */
function choices(box: Box): Choice[] {
  const q = query(box);
  const { items = [], suggestions = [] } = current(box) ?? {};
  const all: Choice = {
    href: allHref(box),
    content: [document.createTextNode(fill(word(box.form, 'all'), { q }))],
    className: 'font-semibold text-ink wrap-anywhere',
  };
  return [
    ...suggestions.map((suggestion) => suggestionChoice(box, suggestion)),
    ...items.map((item) => passageChoice(box, shownPassage(item, q))),
    all,
  ];
}

/** What the live region says: the principle offered, the spelling offered, then how many results. */
function statusText(box: Box): string {
  const { items = [], suggestions = [] } = current(box) ?? {};
  const said = suggestions.map((suggestion) =>
    suggestion.kind === 'principle'
      ? fill(word(box.form, 'principleStatus'), { title: suggestion.title })
      : fill(word(box.form, 'didYouMean'), { q: suggestion.q }),
  );
  said.push(items.length === 0 ? word(box.form, 'none') : fill(word(box.form, 'count'), { count: items.length }));
  return said.join(' ');
}

function render(box: Box) {
  const open = expanded(box);
  box.input.setAttribute('aria-expanded', String(open));
  if (open && box.active >= 0) box.input.setAttribute('aria-activedescendant', optionId(box.active));
  else box.input.removeAttribute('aria-activedescendant');
  box.status.textContent = open ? statusText(box) : '';
  box.list.hidden = !open;
  box.list.replaceChildren(...choices(box).map((choice, i) => option(box, i, choice)));
}

/**
 * The box's query, and whether its list was open, kept in this page's history entry: the box is autocomplete="off",
 * which browsers do not restore, so without it Back to a page returns an empty box. Other keys of the entry (the
 * framework's, the search page's scroll) are kept.
 */
const HISTORY_KEY = 'siteSearchBox';

function remember(box: Box) {
  const state: unknown = window.history.state;
  const kept = typeof state === 'object' && state !== null ? state : {};
  window.history.replaceState({ ...kept, [HISTORY_KEY]: { q: box.input.value, open: box.open } }, '');
}

function remembered(): { q: string; open: boolean } | undefined {
  const state: unknown = window.history.state;
  if (typeof state !== 'object' || state === null || !(HISTORY_KEY in state)) return undefined;
  const saved: unknown = state[HISTORY_KEY];
  if (typeof saved !== 'object' || saved === null || !('q' in saved) || typeof saved.q !== 'string') return undefined;
  return { q: saved.q, open: 'open' in saved && saved.open === true };
}

/** Back to this page, loaded anew: the query as it was, with its results if the list was open. */
function restore(box: Box) {
  const saved = remembered();
  if (!saved || saved.q === '' || box.input.value !== '') return;
  box.input.value = saved.q;
  if (saved.open) box.input.focus();
  else preview(box);
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
  if (q === '') {
    remember(box);
    return render(box);
  }
  box.timer = window.setTimeout(() => {
    remember(box);
    const settle = (items: ResultItem[], suggestions: LinkedSuggestion[]) => {
      if (query(box) !== q) return;
      box.results = { q, items, suggestions };
      render(box);
    };
    loadClient()
      .then((client) => client.runSearch({ q, limit: SHOWN, excerptLength: EXCERPT, locale: box.locale }))
      .then(
        (response) => settle(response.items, response.suggestions),
        () => settle([], []),
      );
  }, DEBOUNCE_MS);
}

/** Opens the chosen page, or puts the chosen spelling in the box and shows its results. */
function take(box: Box, chosen: HTMLElement | null) {
  if (chosen?.dataset.href) return window.location.assign(chosen.dataset.href);
  if (!chosen?.dataset.q) return;
  box.input.value = chosen.dataset.q;
  box.active = -1;
  render(box);
  preview(box);
}

function onKeyDown(box: Box, event: KeyboardEvent) {
  const count = box.list.children.length;
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
    return take(box, box.list.querySelector<HTMLElement>(`#${optionId(box.active)}`));
  } else return;
  render(box);
}

function listen(box: Box) {
  const { input, list } = box;
  input.addEventListener('focus', () => {
    box.open = true;
    warmUp();
    render(box);
    if (query(box) !== '' && current(box) === undefined) preview(box);
  });
  input.addEventListener('blur', () => {
    box.open = false;
    render(box);
    remember(box);
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
    take(box, event.target instanceof Element ? event.target.closest<HTMLElement>('[role="option"]') : null);
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
  else restore(box);
}
