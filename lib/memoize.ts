/** `build` called once per key (compared with SameValueZero, as Map keys are). */
export function memoize<K, V>(build: (key: K) => V): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    if (!memo.has(key)) memo.set(key, build(key));
    return memo.get(key) as V;
  };
}
