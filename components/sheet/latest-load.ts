/**
 * Loads that may overlap, of which only the latest counts: a load started later makes every earlier one's outcome
 * ignored, so an older, slower answer never overwrites a newer one (a sheet changed in another tab while it loads).
 */
export function latestLoad<T>(
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): (load: Promise<T>) => void {
  let latest = 0;
  return (load) => {
    const request = ++latest;
    load.then(
      (value) => {
        if (request === latest) onValue(value);
      },
      (error: unknown) => {
        if (request === latest) onError(error);
      },
    );
  };
}
