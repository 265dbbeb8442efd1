/**
 * The static parameters of the dynamic routes and the lookups from them, shared by the pages of a route family so
 * that a principle's and a source's pages agree on which exist.
 */
import { getCorpus } from './corpus';
import { getLinks } from './links';

export interface PrincipleRouteProps {
  params: Promise<{ id: string }>;
}

export interface SourceRouteProps {
  params: Promise<{ slug: string }>;
}

export function principleParams() {
  return getCorpus().principles.map((principle) => ({ id: principle.id }));
}

export function sourceParams() {
  return getCorpus().sources.map((source) => ({ slug: source.slug }));
}

export async function principleFrom({ params }: PrincipleRouteProps) {
  return getLinks().principlesById.get((await params).id);
}

export async function sourceFrom({ params }: SourceRouteProps) {
  return getLinks().sourcesBySlug.get((await params).slug);
}
