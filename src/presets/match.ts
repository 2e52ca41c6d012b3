/**
 * Forgiving name matching for lookups: case, spaces, dashes, underscores and dots do not matter, and a name
 * that matches nothing gets up to three close matches to suggest.
 */

/** How many close matches a not-found message offers. */
export const MAX_SUGGESTIONS = 3;

/** A name that can be matched: what to show, and every spelling that selects it. */
export interface Candidate {
  readonly display: string;
  readonly names: readonly string[];
}

/**
 * The form names are compared in: lower case, without spaces, dashes, underscores or dots.
 *
 * @example normalizeName("GB200 NVL72") // "gb200nvl72"
 * @example normalizeName("h100-sxm") // "h100sxm"
 */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\s\-_.]+/g, "");
}

/**
 * Levenshtein distance: the fewest single-character insertions, deletions or substitutions that turn a
 * into b.
 *
 * @example editDistance("b20", "b200") // 1
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// Each candidate table is a module constant; its index of normalized names is built once, on first use,
// so an exact lookup (the PRESET and THROUGHPUT hot path) is one normalization and one Map read.
const EXACT_INDEXES = new WeakMap<readonly Candidate[], Map<string, Candidate>>();

function exactIndex(candidates: readonly Candidate[]): Map<string, Candidate> {
  let index = EXACT_INDEXES.get(candidates);
  if (index === undefined) {
    index = new Map();
    for (const candidate of candidates) {
      for (const name of candidate.names) {
        const key = normalizeName(name);
        if (!index.has(key)) index.set(key, candidate);
      }
    }
    EXACT_INDEXES.set(candidates, index);
  }
  return index;
}

// Cells repeat the same spellings ("B200", "tcoUsdPerGpuHourOwner") thousands of times: remember each
// exact query's answer, bounded so that hostile inputs cannot grow the memo without limit.
const QUERY_MEMOS = new WeakMap<readonly Candidate[], Map<string, Candidate | null>>();
const QUERY_MEMO_LIMIT = 4096;

/** The candidate whose normalized name equals the normalized query, if any (the first in table order). */
export function findExact<C extends Candidate>(
  query: string,
  candidates: readonly C[]
): C | undefined {
  let memo = QUERY_MEMOS.get(candidates);
  if (memo === undefined) {
    memo = new Map();
    QUERY_MEMOS.set(candidates, memo);
  }
  const remembered = memo.get(query);
  if (remembered !== undefined) return (remembered ?? undefined) as C | undefined;
  const key = normalizeName(query);
  const found = key === "" ? undefined : (exactIndex(candidates).get(key) as C | undefined);
  if (memo.size >= QUERY_MEMO_LIMIT) memo.clear();
  memo.set(query, found ?? null);
  return found;
}

/**
 * Up to three candidates close to a query that matched nothing, closest first. A candidate qualifies when
 * one of its names contains the query or starts like it, or is within an edit distance of about a third of
 * the query's length (at least 2). Ties go to names that contain the query, then to longer shared
 * prefixes, then to table order.
 *
 * @example closeMatches("B20", platforms) // ["B200", "GB200", "B300"]
 */
export function closeMatches(query: string, candidates: readonly Candidate[]): string[] {
  const key = normalizeName(query);
  if (key === "") return [];
  const threshold = Math.max(2, Math.ceil(key.length / 3));
  const scored = candidates.map((candidate, order) => {
    const keys = candidate.names.map(normalizeName);
    const distance = Math.min(...keys.map((name) => editDistance(key, name)));
    const contains = keys.some((name) => name.includes(key) || key.includes(name));
    const prefix = Math.max(...keys.map((name) => sharedPrefixLength(key, name)));
    return { display: candidate.display, distance, contains, prefix, order };
  });
  return scored
    .filter((s) => s.contains || s.distance <= threshold)
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        Number(b.contains) - Number(a.contains) ||
        b.prefix - a.prefix ||
        a.order - b.order
    )
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.display);
}

function sharedPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
