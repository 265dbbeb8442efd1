/**
 * Every share card the pages name as their og:image: the home page's, each principle's, and each current passage's.
 * The build renders exactly these (scripts/build/cards.ts); the pages compute the same paths from the same functions,
 * from the corpus of the content being built (the fixture site builds other content than the site).
 */
import 'server-only';
import type { Corpus } from '../corpus';
import { buildLinks } from '../links';
import { homeCard, passageCard, principleCard, type CardSpec } from '../publish/cards/catalogue';
import { principlesOf } from './view';

export function siteCards(corpus: Corpus): CardSpec[] {
  const links = buildLinks(corpus);
  const cards: CardSpec[] = [
    homeCard(corpus.initiative),
    ...corpus.principles.map((principle) => principleCard(principle, links.byPrinciple.get(principle.id)?.length ?? 0)),
  ];
  for (const source of corpus.sources) {
    for (const passage of source.passages) {
      cards.push(passageCard(source, passage, principlesOf(passage, links)));
    }
  }
  return [...new Map(cards.map((card) => [card.path, card])).values()];
}
