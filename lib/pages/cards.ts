/**
 * Every share card the pages name as their og:image: the home page's, each principle's, and each current passage's.
 * The build renders exactly these (scripts/cards.ts); the pages compute the same paths from the same functions.
 */
import 'server-only';
import { getCorpus } from '../corpus';
import { getLinks } from '../links';
import { homeCard, passageCard, principleCard, type CardSpec } from '../publish/cards/catalogue';
import { principlesOf } from './view';

export function siteCards(): CardSpec[] {
  const corpus = getCorpus();
  const links = getLinks();
  const cards: CardSpec[] = [homeCard(corpus.initiative), ...corpus.principles.map((principle) => principleCard(principle, links.byPrinciple.get(principle.id)?.length ?? 0))];
  for (const source of corpus.sources) {
    for (const passage of source.passages) {
      cards.push(passageCard(source, passage, principlesOf(passage, links)));
    }
  }
  return [...new Map(cards.map((card) => [card.path, card])).values()];
}
