/** A static JSON file of the site, fetched in the browser; an HTTP error is thrown with its URL and status. */
export async function fetchJson<T>(url: string, cache?: RequestCache): Promise<T> {
  const response = await fetch(url, cache && { cache });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
