/**
 * `--redact`: personal data out of a result before it is written anywhere. The contact person's
 * name, title, e-mail and phone become `null` in the record; inside every text — the record's
 * texts, `unmapped`, the `--tree`, diagnostics' messages, and the decoded text that code frames
 * are cut from — they, every e-mail address and every personal (mobile) phone number become
 * `[redacted]`. The record keeps its shape and still validates.
 *
 * What stays: the organisation's own phone number (`organisation.phone`, even a mobile one) and
 * every address; the source's byte count and SHA-256. An `organisation.phone` that may be the
 * contact's (an `ambiguous-label` on it: the shared label `Puhelinnumero` out of order), or that is
 * the contact's own mobile number, goes too.
 *
 * What "personal phone number" means here: the contact person's number (in whatever spacing the
 * text writes it), and any Finnish mobile number (04x…, 050…, +358 4x…, +358 50…) that is not the
 * organisation's. Landline numbers of anyone but the contact person stay: they are switchboards.
 *
 * Redaction errs on the side of removing: the contact's name and title are replaced wherever the
 * same words appear (also a title such as `projektipäällikkö` in prose), case-insensitively and
 * across line breaks; a name of two words also the other way round, with a comma between and with
 * either word as its initial (`P. Kaunismaa`). Replacing changes the length of a line, so a code frame's marker may sit a
 * few columns off on a line that had something redacted.
 */
import type { Result } from './record/schema.js';
import { escapeRegExp, personsNamed } from './map/normalise.js';
import { builtInDefinitions, normaliseKey, vocabulary } from './grammar/index.js';
import { lazyRegExp } from './lazy-regexp.js';

export const REDACTED = '[redacted]';

export interface Redactable {
  result: Result;
  /** The decoded text that positions and code frames refer to. */
  text: string | null;
}

/**
 * The at of an address: `@`, `(at)`, `[at]`, `(a)`, with a space either side allowed, or the word
 * `at` between spaces (`liisa.koivu at testi.fi`: only after a local part with a dot, see below).
 */
const AT_WORDS = vocabulary.redactionForms.atSigns.map(escapeRegExp).join('|');
const AT_SIGN = lazyRegExp(() => new RegExp(String.raw`\s?(?:@|\(a(?:-\s*)?t\)|\[at\]|\(a\)|[(\[{<](?:${AT_WORDS})[)\]}>])\s?|\s+at\s+`, 'giu'));
const LOCAL_CHAR = lazyRegExp(() => /[\p{L}\p{N}._%+-]/u);
/** What follows the at: a domain with a dot and a top-level part of letters. */
const DOMAIN = lazyRegExp(() => /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy);
/**
 * A domain with its dots written out, as an address hidden from harvesters writes it (`thl [piste] fi`,
 * `thl piste fi`, `thl(dot)fi`; audit BK of round 65): every dot so, and a top-level part of the common
 * ones (`piste on käytössä` after an address is a sentence's words; review BN).
 */
const DOT_WORDS = vocabulary.redactionForms.dotWords.map(escapeRegExp).join('|');
const WRITTEN_DOT = String.raw`(?:\s?[(\[{<](?:${DOT_WORDS})[)\]}>]\s?|\s(?:${DOT_WORDS})\s)`;
const DOMAIN_WRITTEN = lazyRegExp(() => new RegExp(String.raw`[\p{L}\p{N}-]+(?:${WRITTEN_DOT}[\p{L}\p{N}-]+)*${WRITTEN_DOT}(?:${vocabulary.redactionForms.topLevelDomains.map(escapeRegExp).join('|')})(?![\p{L}\p{N}])`, 'iuy'));

/** An at sign written right after the local part, one that only an address has. */
const PLAIN_AT = lazyRegExp(() => new RegExp(String.raw`^(?:@|\(a(?:-\s*)?t\)|\[at\]|[(\[{<](?:${AT_WORDS})[)\]}>])\s?$`, 'iu'));
/**
 * The start of an address broken over two lines by a wrap (`pekka.kaun` / `ismaa(at)humak.fi`): a
 * word of letters with a dot between them at the end of the line above (not a date, a web address
 * `www.hanke.fi`, a domain `ksak.fi`, a file `suunnitelma.pdf` or two sentences without a space
 * between, `sähköpostilla.Yhteystiedot`), or so joined in a message's quote (`"pekka.kaun ismaa(at)…`).
 * (Without the `i` flag, here and in BROKEN_ADDRESS: with it `\p{Lu}` is any letter.)
 */
/** A word that may start a local part: letters with dots between (see LOCAL_PART_ABOVE). */
const LOCAL_PART_WORD = String.raw`(?![wW]{3}\.)(?![^\s]*\p{Ll}\.\p{Lu})[\p{L}_-]+(?:\.[\p{L}_-]+)+(?<!\.(?:fi|com|org|net|eu|se|info|pdf|docx?|xlsx?|pptx?|txt|html?|odt|rtf|zip|jpe?g|png))`;
const LOCAL_PART_ABOVE = lazyRegExp(() => new RegExp(String.raw`(?:^|(?<=\s))${LOCAL_PART_WORD}[ \t]*\n[ \t]*$`, 'u'));
const LOCAL_PART_QUOTED = lazyRegExp(() => new RegExp(String.raw`(?<=")${LOCAL_PART_WORD} $`, 'u'));
/** Words of a local part, each before a dot written out in brackets (`aino(dot)`, `etu[piste]`), right before the part found. */
const LOCAL_PART_WRITTEN_DOTS = lazyRegExp(() => new RegExp(String.raw`(?:[\p{L}\p{N}_%+-]+[(\[{<](?:${DOT_WORDS})[)\]}>])+$`, 'iu'));
/** Whatever of a domain follows, dots and all (possibly nothing). */
const PARTIAL_DOMAIN = lazyRegExp(() => /[\p{L}\p{N}.-]*/uy);

/**
 * `name(at)example.fi`, `name [at] example.fi`, `name@example.fi` → `[redacted]`. Found from each at
 * outwards: one regular expression for the whole address tried every word of a text (1 ms per text).
 */
export function redactEmails(text: string, hide: (written: string) => string = () => REDACTED): string {
  let out = '';
  let copied = 0;
  for (const at of text.matchAll(AT_SIGN)) {
    let start = at.index;
    while (start > copied && LOCAL_CHAR.test(text[start - 1])) start--;
    if (start === at.index) continue;
    // (Its start on the line above, or before a space where a message joined its two lines.)
    if (start > copied && /\s/u.test(text[start - 1])) {
      const above = text.slice(Math.max(copied, start - 80), start);
      const before = LOCAL_PART_ABOVE.exec(above) ?? LOCAL_PART_QUOTED.exec(above);
      if (before !== null) start -= before[0].length;
    }
    // (A local part with its dots written out, `aino(dot)kivela(at)…`: its words before each such dot too.
    // Audit MA of round 76: `aino(dot)` was left.)
    if (start > copied) {
      const before = LOCAL_PART_WRITTEN_DOTS.exec(text.slice(Math.max(copied, start - 200), start));
      if (before !== null) start -= before[0].length;
    }
    // The word `at` only in a written-out address (`etu.suku at firma.fi`), not in a sentence (`available at www.hanke.fi`).
    if (/^\s+at\s+$/iu.test(at[0]) && (!text.slice(start, at.index).includes('.') || /^www\./iu.test(text.slice(at.index + at[0].length)))) continue;
    DOMAIN.lastIndex = at.index + at[0].length;
    DOMAIN_WRITTEN.lastIndex = at.index + at[0].length;
    const plain = DOMAIN.exec(text);
    // (Dots written out only after a local part of letters, and after `@` or the word `at` only a person's
    // with a dot, `etu.suku at firma piste fi`: not `@mahdollistaja piste fi`, `klo 9.30 at …`. Review BO.)
    const local = text.slice(start, at.index);
    const writtenMayFollow = /\p{L}/u.test(local) && (local.includes('.') || !/^\s*(?:@|at)\s*$/iu.test(at[0]));
    const domain = plain ?? (writtenMayFollow ? DOMAIN_WRITTEN.exec(text) : null);
    let end = plain !== null ? DOMAIN.lastIndex : DOMAIN_WRITTEN.lastIndex;
    if (!domain) {
      // An address mistyped without its top-level part (`anne.multas(at)ksak`) or cut off after
      // its at (`liisa.virtanen(at)`) is still the person's: taken when the at sign is one only an
      // address has, right after the local part (not the word `at`, nor `(a)` of a list).
      // (Only with a local part that has a dot, as a person's has, and the domain right after the
      // at: `2 kpl@50 euroa`, `Instagram@hanke`, `ksak@ sekä` are no addresses.)
      if (!PLAIN_AT.test(at[0]) || !text.slice(start, at.index).includes('.')) continue;
      // What follows the at on its line, without a space between (at a line's end, nothing).
      const atEnd = at.index + at[0].trimEnd().length;
      if (atEnd < at.index + at[0].length) end = atEnd;
      else {
        PARTIAL_DOMAIN.lastIndex = atEnd;
        PARTIAL_DOMAIN.exec(text);
        end = PARTIAL_DOMAIN.lastIndex;
      }
    }
    out += text.slice(copied, start) + hide(text.slice(start, end));
    copied = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Finnish mobile numbers: 04x and 050, or +358 4x and +358 50 (also `00358`, `358`, `+358 (0)50`),
 * the area part in brackets (`(040)`), then 5–8 more digits in any spacing or after a slash (`040/765 4321`); or written with dots between three groups, `040.123.4567` (not a sentence's full stop and a figure after it, `… 4321. 1.1.2016`, nor a record's number, `045/04.01.00/2015`, `040.123.2015`).
 */
const MOBILE = lazyRegExp(() => /(?<![\p{N}+])(?:(?:\+|00)?358[\s-]*(?:\(0\)[\s-]*)?|\(?0)(?:4\d|50)\)?(?:[\s/-]*\d){5,8}(?![\p{N}])|(?<![\p{N}+./])(?:(?:\+|00)?358\s*|0)(?:4\d|50)\.\d{3}\.(?!(?:19|20)\d{2}(?!\d))\d{3,4}(?![\p{N}\/]|\.\d)/gu);

/** Degrees and titles written before a name (`FT`, `KTM`, `Dos.`), as the vocabulary lists them. */
const DEGREES = new Set(vocabulary.degreesBeforeNames.words);

/**
 * The labels of the contact person's fields in the built-in layouts, other than those another
 * field has too (`Puhelinnumero` is also the organisation's) and those of one word (`Asema`,
 * `Sähköposti` head a text's lines and tables too): a line that starts with one gives the
 * contact's value after it, wherever it stands — a second description's in unmapped, a Markdown
 * table's row (`| Hankkeen yhteyshenkilön nimi | Ilona Korhonen |`), a field of the tree.
 */
const CONTACT_LABEL_KEYS: ReadonlySet<string> = (() => {
  const contact = new Set<string>();
  const other = new Set<string>();
  for (const definition of builtInDefinitions) {
    for (const section of definition.sections) {
      if (!('fields' in section)) continue;
      for (const field of section.fields) for (const label of field.labels) (field.path.startsWith('contact.') ? contact : other).add(normaliseKey(label));
    }
  }
  return new Set([...contact].filter((key) => !other.has(key) && key.includes(' ')));
})();

/** A line that starts with a contact label and goes on with its value: after a colon, a table's bar, a tab or a run of spaces. */
/** The contact labels as one pattern, longest first, any white space between their words. */
const CONTACT_LABELS = [...CONTACT_LABEL_KEYS].sort((a, b) => b.length - a.length).map((key) => key.split(' ').map(escapeRegExp).join('\\s+')).join('|');
const CONTACT_LABEL_LINE = lazyRegExp(() => new RegExp(`^(?<lead>[ \\t>|*•·-]*(?:${CONTACT_LABELS})(?:[ \\t]*\\*\\*)?(?:[ \\t]*[:|][ \\t]*|\\t[ \\t]*|[ \\t]{2,}))(?<value>[^\\n|]*[^\\s|])`, 'gimu'));

/** A text that starts with a contact label (only at its start). */
const CONTACT_LABEL_START = lazyRegExp(() => new RegExp(CONTACT_LABEL_LINE.source, 'iu'));

/** A contact line quoted in a message: the label after the quote mark, then its value up to the closing one. */
const CONTACT_LABEL_QUOTED = lazyRegExp(() => new RegExp(`(?<quoted>"(?:${CONTACT_LABELS})\\s*:\\s*)[^"\\n]*[^\\s"]`, 'giu'));

/** Y-tunnus `0416480-8` has the shape of a mobile number's start; it is never one. */
const BUSINESS_ID = lazyRegExp(() => /^\d{7}-\d$/);

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** A Finnish number's digits as dialled at home: `+358 50 …`, `00358 50 …`, `+358 (0)50 …` as `050 …`. */
function nationalDigits(phone: string): string {
  const digits = digitsOf(phone);
  const national = digits.startsWith('00358') ? digits.slice(5) : digits.startsWith('358') && digits.length > 9 ? digits.slice(3) : digits;
  return national.startsWith('0') ? national : `0${national}`;
}

/** A value as a pattern that allows other spacing and line breaks between its words. */
function loosePattern(value: string): string {
  return value.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
}

/** Between two phone numbers of one field: a slash with spaces around it (not `014/333 2177`'s), a comma, a semicolon or a list's word. */
const PHONES_APART = lazyRegExp(() => new RegExp(`\\s+/\\s+|\\s*[,;]\\s*|\\s+(?:${[...vocabulary.listConjunctions, ...vocabulary.alternativeConjunctions].map(escapeRegExp).join('|')})\\s+`, 'u'));

/**
 * A phone number as a pattern of its digits with any spaces, dashes, slashes, dots or brackets between
 * them (`03 - 849 4200`, `(014) 333 2177`, `014/333 2177`, `0400.225.587`), its leading zero also written as the country's
 * code (`+358 14 …`, `00358 14 …`, `+358 (0)14 …`).
 */
function phonePattern(phone: string): string | null {
  if (digitsOf(phone).length < 5) return null;
  const rest = nationalDigits(phone).slice(1);
  return `(?<![\\d+])(?:(?:\\+|00)358[\\s-]*(?:\\(0\\)[\\s-]*)?|\\(?0)${[...rest].join('[\\s\\-/().]*')}(?!\\d)`;
}

/**
 * Whether the organisation's phone is personal: it may be the contact person's (the label they share
 * read out of order), or it is the contact person's own number and a mobile one — a person's, not a
 * switchboard (a register page gives a one-person organisation's number as both).
 */
function organisationPhoneIsPersonal(result: Result): boolean {
  if (result.diagnostics.some((d) => d.rule === 'ambiguous-label' && d.path === '/organisation/phone')) return true;
  const organisation = result.record?.organisation.phone;
  const contact = result.record?.contact.phone;
  if (!organisation || !contact || nationalDigits(organisation) !== nationalDigits(contact)) return false;
  MOBILE.lastIndex = 0;
  const mobile = MOBILE.exec(organisation);
  return mobile !== null && digitsOf(mobile[0]) === digitsOf(organisation);
}

/** An address's start on the line above its at (`anne.mul` / `tas(at)ksak.fi`): a message may name it apart (`"anne.mul" not`). */
const BROKEN_ADDRESS = lazyRegExp(() => new RegExp(String.raw`(?<=^|\s)(${LOCAL_PART_WORD})[ \t]*\n[ \t]*[\p{L}\p{N}._%+-]*(?:@|\(a(?:-\s*)?t\)|\[at\])`, 'gu'));

/** The starts of addresses broken over two lines in a text, as they stand. */
function brokenAddressStarts(text: string | null): string[] {
  return text === null ? [] : [...text.matchAll(BROKEN_ADDRESS)].map((match) => match[1]);
}

/** A case's ending after a word's stem and vowel (`-n`, `-lle`, `-ssa`, `-ksi`, `-na`, …), as names and titles take them. */
const CASE_ENDING = `(?:${vocabulary.redactionForms.caseEndings.map(escapeRegExp).join('|')})`;

/**
 * A word as a pattern of its inflected forms, or null for a word not a name's or a title's (no
 * letters, too short): its stem, its last vowel or `e` (`Niemi` → `Niemen`, `Laine` → `Laineen`), then a
 * case's ending — not any letters, which would take another name of the same start (`Niemelä`,
 * `Koskela`, `Lainio`; review BN of round 65). `Virtanen` → `Virtasen`, `Virtaselle`, `Virtasta`;
 * `Esimerkki` → `Esimerkin`, `Esimerkillä` (the double consonant made single); `Östman` → `Östmanin`.
 */
function inflectedForms(word: string, caseless = false): string | null {
  if (!(caseless ? /^\p{L}+$/u : /^\p{Lu}\p{Ll}+$/u).test(word) || word.length < 3) return null;
  if (word.length > 5 && word.endsWith('nen')) return `${escapeRegExp(word.slice(0, -3))}(?:nen|se(?:en|${CASE_ENDING})?|s(?:ta|tä))`;
  const vowel = /[aeiouyäö]$/iu.exec(word)?.[0];
  if (vowel === undefined) return `${escapeRegExp(word)}(?:[aeiouyäö]?${CASE_ENDING})?`;
  const stem = word.slice(0, -1);
  // (The double consonant made single only before an ending, `Hakin`, `Hakille`: `Haki`, `Hake` alone
  // are other names. Review BO of round 65.)
  if (/([kpt])\1$/iu.test(stem)) return `(?:${escapeRegExp(stem)}[${vowel}e]{1,2}${CASE_ENDING}?|${escapeRegExp(stem.slice(0, -1))}[${vowel}e]{1,2}${CASE_ENDING})`;
  return `${escapeRegExp(stem)}[${vowel}e]{1,2}${CASE_ENDING}?`;
}

/**
 * The people a contact's name names, each as its words: the persons the mapper tells in the value
 * (`Aino Kivelä ja Pekka Virtanen`, `Kivelä Aino, varalla Virtanen Pekka`, `Aino Kivelä (sijainen Pekka
 * Virtanen)`) — the whole value alone was looked for, and `Aino Kivelä` stayed in the summary, `unmapped`
 * and the tables (audit MA of round 76) — once degrees (`KTM`), dates and phone numbers are left out; else
 * the name as one person. After a comma only a part that a deputy's word or a list's conjunction opens is
 * another person's (`, varalla …`, `, ja …`): what a comma adds is where the person works or their title
 * as often (`Aino Kivelä, Oulun Diakonissalaitos`, `…, Hankkeen Vetäjä`), and redacting it took an
 * organisation's name out of every text (reviews RVA, RVB, RVC). Nor is a part that is the record's
 * organisation's, co-implementers', project's or places' name a person. A name in capitals is told so as
 * if written in title case, its small words (`ja`, `varalla`) and degrees as they are.
 */
function peopleNamed(nameWords: string[], record: Result['record']): string[][] {
  const smallWords = new Set([...vocabulary.listConjunctions, ...vocabulary.alternativeConjunctions, ...vocabulary.personNameTitle.deputyWords]);
  const letters = (word: string) => word.toLocaleLowerCase('fi').replace(/^\P{L}+|\P{L}+$/gu, '');
  const titleCased = (word: string) => (DEGREES.has(word) ? word : smallWords.has(letters(word)) ? word.toLocaleLowerCase('fi') : word.toLocaleLowerCase('fi').replace(/(^|[(\-‐‑'’])(\p{Ll})/gu, (_whole, before: string, letter: string) => `${before}${letter.toLocaleUpperCase('fi')}`));
  const name = nameWords.join(' ');
  const asWritten = /\p{Ll}/u.test(name) ? name : name.split(/\s+/u).map(titleCased).join(' ');
  // (A surname first and the given names after its comma, `Multas, Anne`: the person, not a surname and where they work.
  // Audit WH of round 79: the name was hidden nowhere.)
  const surnameFirst = SURNAME_FIRST.exec(asWritten);
  const written = surnameFirst !== null && !smallWords.has(letters(surnameFirst[2].split(/\s+/u)[0])) ? `${surnameFirst[2]} ${surnameFirst[1]}` : asWritten;
  const [first, ...afterCommas] = written.split(/,(?![^()]*\))/u);
  const opened = afterCommas.filter((part) => smallWords.has(letters(part.trim().split(/\s+/u)[0] ?? '')));
  const cleaned = [first, ...opened]
    .join(',')
    .split(/\s+/u)
    .filter((word) => !DEGREES.has(word.replace(/[,;]$/u, '')))
    .join(' ')
    .replace(DATES_IN_NAME, ' ')
    .replace(PHONE_IN_NAME, ' ');
  // (Each looked for as it may be: a result read back from JSON, `validate --redact`, may hold anything.)
  const entries = (list: unknown) => (Array.isArray(list) ? list.map((entry: unknown) => (entry as { name?: unknown } | null)?.name) : []);
  const others = [record?.organisation?.name, ...entries(record?.organisation?.coImplementers), ...entries(record?.organisation?.transferRecipients), record?.project?.name, ...(Array.isArray(record?.targetArea?.municipalities) ? record.targetArea.municipalities : []), ...(Array.isArray(record?.targetArea?.regions) ? record.targetArea.regions : [])]
    .filter((other): other is string => typeof other === 'string' && other !== '')
    .map((other) => other.toLocaleLowerCase('fi'));
  // (A part that is such a name, or its first words; not one within it: `Pekka Virtanen` of `Tmi Pekka Virtanen` is a person.)
  const persons = personsNamed(cleaned).filter((person) => {
    const lower = person.toLocaleLowerCase('fi');
    return !others.some((other) => other === lower || other.startsWith(`${lower} `)) && !person.split(/\s+/u).every((word) => others.includes(word.toLocaleLowerCase('fi')));
  });
  return persons.length > 0 ? persons.map((person) => person.split(/\s+/u)) : nameWords.length > 0 ? [nameWords] : [];
}

/** A name written surname first, its given names after a comma (`Multas, Anne`, `Lumme, Kaarina Maria`). */
const SURNAME_FIRST = lazyRegExp(() => /^\s*(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+)?)\s*$/u);

/** Dates and years in a contact's name (`Anna Keto 1.9.2008–31.12.2009`), left out before its phone numbers, whose digits they would join. */
const DATES_IN_NAME = lazyRegExp(() => /\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|(?:19|20)\d{2}/gu);

/** A phone number with its word in a contact's name (`040 100 1000`, `puh. 040 100 1000`, `, p. 09 123 456`). */
const PHONE_IN_NAME = lazyRegExp(() => new RegExp(String.raw`(?:,?\s*(?:${vocabulary.phoneAbbreviations.words.map(escapeRegExp).join('|')})\.?:?)?\s*\(?\+?\d[\d\s()/-]{4,}\d\)?`, 'giu'));

/**
 * A text's redactor for one result. `hide` gives what a stretch of personal data becomes: `[redacted]`,
 * or (for a code frame of stored JSON, whose columns must hold) something of the stretch's own length.
 */
export function textRedactor(result: Result, brokenStarts: readonly string[] = [], hide: (written: string) => string = () => REDACTED): (text: string) => string {
  const contact = result.record?.contact;
  // (As dialled at home: `+358 40 860 8949` is the organisation's `040 860 8949`, review R2.)
  const organisationPhone = result.record?.organisation.phone && !organisationPhoneIsPersonal(result) ? nationalDigits(result.record.organisation.phone) : null;
  const patterns: string[] = [];
  // The contact's own values first: an e-mail that is not an address (`testi.example.fi`) is not found by EMAIL.
  const allWords = contact?.name?.trim().split(/\s+/u) ?? [];
  const nameWords = allWords.slice(allWords.findIndex((word) => !DEGREES.has(word)));
  for (const value of [contact?.email, contact?.name, ...brokenStarts]) {
    if (value && value.trim().length >= 3) patterns.push(loosePattern(value));
  }
  // (The title as a whole word, inflected too: `projektipäällikkönä` is not left as `[redacted]nä`. Audit BK of round 65.)
  if (contact?.title && contact.title.trim().length >= 3) {
    const words = contact.title.trim().split(/\s+/u);
    const last = inflectedForms(words.at(-1)!, true);
    patterns.push(last === null ? loosePattern(contact.title) : `(?<![\\p{L}\\p{N}])${words.length > 1 ? `${loosePattern(words.slice(0, -1).join(' '))}\\s+` : ''}${last}(?![\\p{L}\\p{N}])`);
  }
  const initials: string[] = [];
  const inflectedNames: string[] = [];
  for (const person of peopleNamed(nameWords, result.record)) {
    // A two-word name is also looked for the other way round: lists write `Multas Anne`, prose `Anne Multas`.
    // A degree or title before the name (`FT Mari-Anne Östman-Virtanen`, `Dos.`) is not written with it in prose.
    if (person.length !== allWords.length) patterns.push(loosePattern(person.join(' ')));
    if (person.length === 2) patterns.push(loosePattern(`${person[1]} ${person[0]}`));
    // A two-word name also as lists and signatures write it: with a comma between (`Kaunismaa, Pekka`),
    // or either word as its initial before or after the other (`P. Kaunismaa`, `Kaunismaa P.`, `Pekka
    // K.`): which word is the surname, the name does not say.
    // (The initial as a capital with its dot and a space, as written: `a.multas-sali` is no name.)
    if (person.length === 2 && person.every((word) => word.length >= 2)) {
      for (const [one, other] of [person, [person[1], person[0]]]) {
        patterns.push(`(?<![\\p{L}])${escapeRegExp(one)},\\s*${escapeRegExp(other)}(?![\\p{L}])`);
        // (And after the other, as signatures write it: `Kaunismaa P.`, `Pekka K.`.)
        if (/^\p{Lu}/u.test(one)) initials.push(`(?<![\\p{L}\\p{N}./@-])${escapeRegExp(one[0])}\\.\\s+${escapeRegExp(other)}(?![\\p{L}-])`, `(?<![\\p{L}\\p{N}./@-])${escapeRegExp(other)}\\s+${escapeRegExp(one[0])}\\.(?![\\p{L}\\p{N}]|\\s*[-‐‑–—]?\\s*\\p{Lu}\\.)`);
      }
    }
    // The whole name with its last word inflected, as prose writes it (`Tuija Esimerkin mukaan`,
    // `… Tuija Esimerkille`; audit BK of round 65), before the name as written is looked for, which
    // would leave the ending (`[redacted]n`). (Not a word
    // of it alone: `Multasen perhe`, `Multas A.-P.` may be another person's, review R of round 49.)
    // (A two-word name the other way round too: `Virtanen Pekka` in the field, `Pekka Virtasen` in prose.)
    for (const words of person.length === 2 ? [person, [person[1], person[0]]] : [person]) {
      const lastWord = words.at(-1)!;
      const lastStem = words.length >= 2 ? inflectedForms(lastWord.split(/[-‐‑]/u).at(-1)!) : null;
      const lastPrefix = lastWord.slice(0, lastWord.length - lastWord.split(/[-‐‑]/u).at(-1)!.length);
      if (lastStem !== null) inflectedNames.push(`(?<![\\p{L}\\p{N}])${loosePattern(words.slice(0, -1).join(' '))}\\s+${escapeRegExp(lastPrefix)}${lastStem}(?![\\p{L}\\p{N}])`);
    }
  }
  const initialed = initials.length === 0 ? null : new RegExp(initials.join('|'), 'gu');
  const inflectedName = inflectedNames.length === 0 ? null : new RegExp(inflectedNames.join('|'), 'gu');
  // A contact number that is the organisation's own (a switchboard) is not personal in the texts.
  // (Each number of a field that holds two, `08 850 1234 / 0400 225 587`: the digits of both run together are neither's. Audit WH of round 79.)
  // (Parted only where each part is a whole number: `08 / 850 1234` is one, its area code set apart. Review RVB of round 79.)
  const phoneParts = contact?.phone ? contact.phone.split(PHONES_APART) : [];
  const phones = phoneParts.length > 1 && phoneParts.every((part) => digitsOf(part).length >= 6) ? [contact!.phone!, ...phoneParts] : contact?.phone ? [contact.phone] : [];
  for (const phone of phones) {
    const contactPhone = nationalDigits(phone) !== organisationPhone ? phonePattern(phone) : null;
    if (contactPhone) patterns.push(contactPhone);
  }
  // One pass for the contact's values and mobile numbers: at one place the contact's value wins.
  const personal = new RegExp([...patterns, `(?<mobile>${MOBILE.source})`].join('|'), 'giu');
  const replace = (match: string, ...rest: unknown[]) => {
    const groups = rest.at(-1) as { mobile?: string };
    if (groups.mobile !== undefined && (BUSINESS_ID.test(match) || nationalDigits(match) === organisationPhone)) return match;
    // (A number in brackets, `(050 555 1234)`: its opening bracket stays with the closing one. Audit MA of round 76.)
    if (match.startsWith('(') && !match.includes(')')) return `(${hide(match.slice(1))}`;
    return hide(match);
  };
  return (text: string) => {
    const whole = inflectedName === null ? text : text.replace(inflectedName, hide);
    const named = initialed === null ? whole : whole.replace(initialed, hide);
    return redactEmails(named.replace(personal, replace), hide).replace(CONTACT_LABEL_LINE, (_match, lead: string, value: string) => `${lead}${hide(value)}`);
  };
}

/**
 * A diagnostic's message redacted: as a text, but a message that starts with a contact label
 * explains it (`Yhteyshenkilön asema hakijaorganisaatiossa: the value stands on the line below`);
 * a contact line it quotes (`"Hankkeen yhteyshenkilön nimi: Hannele Niiniö" …`) loses its value.
 */
function messageRedactor(result: Result, brokenStarts: readonly string[]): (text: string) => string {
  const redactText = textRedactor(result, brokenStarts);
  return (message: string) => {
    const lead = CONTACT_LABEL_START.exec(message);
    const redacted = lead === null ? redactText(message) : `${lead.groups!.lead}${redactText(message.slice(lead.groups!.lead.length))}`;
    return redacted.replace(CONTACT_LABEL_QUOTED, (_match, quoted: string) => `${quoted}${REDACTED}`);
  };
}

const QUOTED = lazyRegExp(() => /"[^"\n]*"/gu);

/** Whether a diagnostic's path is a value `--redact` takes out of the record: the contact's, or a personal organisation phone. */
function aboutRedactedValue(path: string | undefined, result: Result): boolean {
  return path !== undefined && (path.startsWith('/contact/') || (path === '/organisation/phone' && organisationPhoneIsPersonal(result)));
}

/** The keys of a tree node whose strings say what the node is, not what the text writes. */
const NODE_KINDS = new Set(['type', 'kind', 'key', 'label', 'section', 'note']);

/** Every string a node holds of the text (its value, its lines, another reading of a broken word), as redacted. */
function redactWritten(node: unknown, key: string): unknown {
  if (typeof node === 'string') return NODE_KINDS.has(key) ? node : REDACTED;
  if (Array.isArray(node)) return node.map((child) => redactWritten(child, key));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([k, child]) => [k, redactWritten(child, k)]));
}

/** The tree with every string of a contact field's node (its value, its wrapped lines) redacted; its label stays. */
function redactTree<T>(node: T, redactText: (s: string) => string): T {
  if (Array.isArray(node)) return node.map((child) => redactTree(child, redactText)) as T;
  if (node === null || typeof node !== 'object') return typeof node === 'string' ? (redactText(node) as T) : node;
  const fields = node as Record<string, unknown>;
  const contact = fields.type === 'field' && typeof fields.key === 'string' && CONTACT_LABEL_KEYS.has(fields.key);
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(fields)) {
    if (key === 'type' || (contact && (key === 'label' || key === 'key'))) out[key] = child;
    else if (contact) out[key] = redactWritten(child, key);
    else out[key] = redactTree(child, redactText);
  }
  return out as T;
}

/** Every string in a JSON value, redacted; other values as they are. Keys are kept. */
function redactStrings<T>(value: T, redactText: (s: string) => string, skip?: (key: string, parentPath: string) => boolean, path = ''): T {
  if (typeof value === 'string') return redactText(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, redactText, skip, path)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) out[key] = skip?.(key, path) ? child : redactStrings(child, redactText, skip, `${path}/${key}`);
  return out as T;
}

/**
 * The result and its text with personal data removed; the input is not changed. Takes `{ result,
 * text }` (the text may be left out or null), or a result alone (a parse's, read back from JSON).
 */
export function redact(input: Redactable | Result | { result: Result; text?: string | null }): Redactable {
  const given = input as Partial<Redactable> & Partial<Result>;
  const resultOf = given !== null && typeof given === 'object' ? ('result' in given ? given.result : given) : null;
  if (resultOf === null || typeof resultOf !== 'object' || !Array.isArray((resultOf as Result).diagnostics) || (given.text !== undefined && given.text !== null && typeof given.text !== 'string')) throw new TypeError('redact() takes a result, or { result, text } (the text it was read from: a string, or null)');
  const result = given.result ?? (input as Result);
  const text = given.result !== undefined ? given.text ?? null : null;
  const brokenStarts = brokenAddressStarts(text);
  const redactText = textRedactor(result, brokenStarts);
  const redactMessage = messageRedactor(result, brokenStarts);
  let record = result.record;
  if (record) {
    // The organisation's phone stays as it is, even when it looks like a mobile number.
    record = redactStrings(record, redactText, (key, parent) => parent === '/organisation' && key === 'phone');
    record.contact = { name: null, title: null, email: null, phone: null };
    if (organisationPhoneIsPersonal(result)) record.organisation = { ...record.organisation, phone: null };
  }
  const redacted: Result = {
    ...result,
    record,
    unmapped: result.unmapped.map((u) => ({
      ...u,
      section: u.section === null ? null : redactText(u.section),
      label: u.label === null ? null : redactText(u.label),
      value: redactText(u.value),
    })),
    // (A message about a value that goes, the contact's or a personal phone, loses every quote too: it may
    // quote a part of the value no pattern knows, `("1112233O")`. Audit AL of round 58.)
    diagnostics: result.diagnostics.map((d) => ({ ...d, message: aboutRedactedValue(d.path, result) ? redactMessage(d.message).replace(QUOTED, `"${REDACTED}"`) : redactMessage(d.message) })),
  };
  if (result.tree) redacted.tree = redactTree(result.tree, redactText);
  return { result: redacted, text: text === null ? null : redactText(text) };
}
