import words from "../ledgers/headerWords.json";

// The classes of header wording (src/core/ledgers/headerWords.json): labels and the descriptors'
// titles and synonyms are both reduced to one form before they are compared, so a label matches
// a synonym written with a sibling word (牵头科室 ~ 责任部门) without every variant being listed.

interface WordClass {
  to: string;
  from: readonly string[];
}

function classes(lists: readonly (readonly string[])[]): WordClass[] {
  return lists.map(([to = "", ...from]) => ({ to, from }));
}

const QUALIFIERS: readonly string[] = words.qualifiers;
const PREFIXES = classes(words.prefixes);
const SUFFIXES = classes(words.suffixes);
const ANYWHERE = classes(words.anywhere);
const COUNT = new RegExp(`(?:${words.countSuffixes.join("|")})$`);

/**
 * The form a header key is compared in: the qualifier in front dropped (所属领域 → 领域), a word of
 * a class at the start or end replaced by its class's first word (牵头科室 → 责任部门, 落实情况 →
 * 落实状态), siblings anywhere replaced (成因分析 → 原因分析). A key that is only a qualifier
 * stays as it is.
 */
export function matchKey(key: string): string {
  let out = key;
  for (const qualifier of QUALIFIERS)
    if (out.startsWith(qualifier) && out.length > qualifier.length) {
      out = out.slice(qualifier.length);
      break;
    }
  for (const { to, from } of PREFIXES) {
    const word = from.find((w) => out.startsWith(w) && out.length > w.length);
    if (word !== undefined) out = to + out.slice(word.length);
  }
  for (const { to, from } of SUFFIXES) {
    const word = from.find((w) => out.endsWith(w));
    if (word !== undefined) out = out.slice(0, out.length - word.length) + to;
  }
  for (const { to, from } of ANYWHERE) for (const word of from) out = out.split(word).join(to);
  return out;
}

/** The label counts something (问题数, 措施条数, 完成率): it names a count, not the counted field. */
export function isCountLabel(key: string): boolean {
  return COUNT.test(key);
}
