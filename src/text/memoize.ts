// A bounded cache for pure functions of a string that run once per route or finding but see few
// distinct inputs (dates, file paths, rule ids). Cleared when full, so hostile input cannot grow it.
export function memoize<T>(compute: (key: string) => T, limit = 65_536): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
