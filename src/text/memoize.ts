// A bounded cache for pure functions of one string or number that run once per route or finding but
// see few distinct inputs (dates, day numbers, file paths, rule ids). Cleared when full, so hostile
// input cannot grow it.
export function memoize<K extends string | number, T>(compute: (key: K) => T, limit = 65_536): (key: K) => T {
  const cache = new Map<K, T>();
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
