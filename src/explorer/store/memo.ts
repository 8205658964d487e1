/**
 * Memoises a function of a few inputs by reference: the result is recomputed only when
 * one of the inputs changes. Enough for selectors whose inputs are immutable store values.
 */
export function memoByReference<Args extends readonly unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let lastArgs: Args | null = null;
  let lastResult: Result;
  return (...args: Args) => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((value, index) => Object.is(value, args[index]))) return lastResult;
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}
