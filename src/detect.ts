/**
 * Picks the layout from the text. A text is a description of a layout only when it has the
 * layout's structure — its title, its headings, or runs of its fields as `Label: value` lines —
 * not when it merely uses the words (application forms, reports and news use the same ones).
 */
import { headingKey, labelStartedBy, looksLikeMenu, looksLikeSummaryBar, normaliseKey, phraseKey, vocabulary, type CompiledTemplate } from './grammar/index.js';
import type { Position, SourceLine } from './types.js';
import { joinWrapped } from './read/join.js';
import { runsIntoSecondSection } from './read/first-section.js';
import { lazyRegExp } from './lazy-regexp.js';

/** Score a text must reach without a title: e.g. two headings and a label run, or a run of five labels. */
export const MIN_SCORE = 5;
const HEADING_SCORE = 2;
const LABEL_SCORE = 1;
/** A page's summary bar and status line stand among its first lines (after furniture, title and tagline). */
const PAGE_TOP_LINES = 40;
/** Labels count only in runs of at least this many consecutive label lines of the layout. */
const MIN_LABEL_RUN = 3;

export interface Detection {
  template: CompiledTemplate | null;
  scores: Record<string, number>;
  /** A line that named another programme and ruled a layout out (the best-scoring such layout). */
  otherProgramme?: { template: string; text: string; position: Position; report?: boolean };
  /** Layouts that scored as high as the one chosen (it is the first of them in the registry's order). */
  tiedWith?: string[];
}

/**
 * The first line that names another programme in the layout's own words (`otherProgrammes`),
 * where a text names its own programme: a page's summary bar (a line before the first heading
 * with the bar's separator), a description's title (a plain line before its first heading), the funder's field (`project.managingAuthority`) and the layout's
 * `otherProgrammeLabels`. Nowhere else: an ESR project may be run by a Leader group, or say it
 * goes on in 2021–2027.
 */
const funderKeysOf = new WeakMap<CompiledTemplate, Set<string>>();

function funderKeys(template: CompiledTemplate): Set<string> {
  let keys = funderKeysOf.get(template);
  if (!keys) {
    keys = new Set([...template.inlineLabels].filter(([, fields]) => fields.some((f) => f.definition.path === 'project.managingAuthority')).map(([key]) => key));
    for (const label of template.definition.otherProgrammeLabels ?? []) keys.add(normaliseKey(label));
    funderKeysOf.set(template, keys);
  }
  return keys;
}

/**
 * Whether a line ends as the layout's titles do (`… rahoittaman hankkeen kuvaus`: their last word,
 * which the titles of the other programmes' descriptions share): a title, not a project's name that
 * names another programme (`Leader-yhteistyö Koillismaalla`).
 */
const titleEndings = new WeakMap<CompiledTemplate, string[]>();
function endsAsTitle(template: CompiledTemplate, line: SourceLine): boolean {
  let endings = titleEndings.get(template);
  if (endings === undefined) {
    endings = template.definition.titles.map((title) => normaliseKey(title.text.split(/\s+/u).slice(-1).join(' ')));
    titleEndings.set(template, endings);
  }
  const key = normaliseKey(line.text);
  return endings.some((ending) => key.endsWith(ending));
}

/** How near the top (in non-blank lines) a description's title stands: after a banner, a logo's lines, a print stamp. */
const TITLE_WITHIN = 5;

// (At a text's top, any report's, decision's, application's or minutes' title with any words after
// it; a title below a description is looked for more narrowly, in the reader.)
const reportTitleBelow = lazyRegExp(() => new RegExp(vocabulary.reportTitles.pattern, 'iu'));
const topTitle = lazyRegExp(() => new RegExp(vocabulary.reportTitles.topTitle, 'iu'));
/** A word one of which a report's title at a text's top holds: a quick test before `topTitle`'s. */
const topTitleWord = lazyRegExp(() => new RegExp(vocabulary.reportTitles.topTitleWords, 'iu'));
// (Also a title with a remark after a dash, or a name before it: `LOPPURAPORTTI – JULKINEN TIIVISTELMÄ`,
// `Välittävät verkostot – hankkeen loppuraportti`. Audit AM of round 59.)
/** A line naming a description (the words `topTitle` in the vocabulary refuses a title for, too). */
const NAMES_DESCRIPTION = lazyRegExp(() => /kuvaus|description|beskrivning/iu);
// (A line naming a description is no report's title, whatever a part of it says: `Hankkeen kuvaus – myönteinen
// rahoituspäätös`, as `topTitle` says of a whole line. Review RVB of round 72.)
const reportTitle = { test: (text: string) => reportTitleBelow.test(text) || (topTitleWord.test(text) && topTitle.test(text)) || (DASH_APART.test(text) && !NAMES_DESCRIPTION.test(text) && text.split(DASH_APART).some((part) => reportTitleBelow.test(part.trim()))) };
const DASH_APART = lazyRegExp(() => /\s[-–—]\s/u);

/**
 * A report's or a claim's title among a text's first lines, before any field or heading of the
 * layout (`Väliraportti 2/2017`): a text that uses a description's labels for a period's figures.
 */
function reportTitleLine(template: CompiledTemplate, lines: SourceLine[]): SourceLine | null {
  let found: SourceLine | null = null;
  for (let index = 0; index < Math.min(lines.length, TITLE_WITHIN) && found === null; index++) {
    const line = lines[index];
    if (line.kind === 'label' && template.inlineLabels.has(line.labelKey!)) return null;
    const key = headingKey(line, template);
    if (key && template.sectionsByHeading.has(key)) return null;
    if ((line.kind === 'text' || line.kind === 'label') && line.text.length <= 120 && reportTitle.test(line.text)) found = line;
  }
  if (found === null) return null;
  // (Nor a register's or an application's word above a description's own title, `EURA 2014` / `Hakemus` /
  // `Hankekuvaus`: the description is the document. Audit AR of round 60.)
  const at = lines.indexOf(found);
  if (lines.slice(at + 1, at + 1 + TITLE_BELOW_REPORT_WORD).some((line) => DESCRIPTION_DOCUMENT_TITLE.test(line.text))) return null;
  // (Nor the project's name as its field gives it, a flattened copy's top line: `Raportti 2.0` / … / `Hankkeen nimi: Raportti 2.0`.)
  const title = normaliseKey(found.text);
  if (lines.some((line) => line.kind === 'label' && normaliseKey(line.value ?? '') === title && (template.inlineLabels.get(line.labelKey!) ?? []).some((field) => field.definition.path === 'project.name'))) return null;
  // (A page with its summary bar is a page, whatever its title: `Nuorisotiedote`.)
  if (template.definition.page !== undefined && lines.some((line) => line.text.length <= 300 && looksLikeSummaryBar(line.text, template))) return null;
  // (Above a description's headings, such a line is a mail's subject: `Loppuraportti` / `1 Hanke` / …)
  let headings = 0;
  for (const line of lines) {
    const key = headingKey(line, template);
    if (key && template.sectionsByHeading.has(key) && ++headings >= REPORT_HEADINGS) return null;
  }
  return found;
}
/** How far below a report's or an application's word a description's own title says the text is a description. */
const TITLE_BELOW_REPORT_WORD = 2;
const DESCRIPTION_DOCUMENT_TITLE = lazyRegExp(() => new RegExp(vocabulary.pageMarks.descriptionDocumentTitle, 'iu'));

/** How many of the layout's headings make a text a description, whatever its first line says. */
const REPORT_HEADINGS = 2;

export function otherProgrammeLine(template: CompiledTemplate, lines: SourceLine[], { funders: withFunders = true }: { funders?: boolean } = {}): SourceLine | null {
  const otherProgrammes = template.otherProgrammes;
  if (otherProgrammes === null) return null;
  const separator = template.definition.page?.summaryBarSeparator;
  const funders = funderKeys(template);
  let beforeHeadings = true;
  // A description's title stands at its top, before any field: a flattened copy has neither title
  // nor headings, and its prose may name another programme (`… Leader-ryhmän kanssa`).
  let beforeFields = true;
  for (const [index, line] of lines.entries()) {
    if (line.kind === 'label' && template.inlineLabels.has(line.labelKey!)) beforeFields = false;
    if (beforeHeadings) {
      const key = headingKey(line, template);
      if (key && template.sectionsByHeading.has(key)) beforeHeadings = false;
    }
    // Another programme's bar need not look like an ESR one (`Maaseudun kehittämisohjelma 2014–2020 | Leader …`); a menu is no bar.
    const bar = beforeHeadings && separator !== undefined && line.text.includes(separator) && !looksLikeMenu(line.text, template);
    const funder = withFunders && line.kind === 'label' && funders.has(line.labelKey!);
    // A description's title line (`Oikeudenmukaisen siirtymän rahaston (JTF) rahoittaman hankkeen kuvaus`), before its headings.
    const title = beforeHeadings && beforeFields && index < TITLE_WITHIN && separator === undefined && line.kind === 'text' && line.text.length <= 120 && endsAsTitle(template, line);
    if ((bar || funder || title) && line.text.length <= 300 && otherProgrammes.test(line.text)) return line;
  }
  return null;
}

function isLayoutLabel(line: SourceLine | undefined, template: CompiledTemplate): boolean {
  return line !== undefined && line.kind === 'label' && template.labelKeys.has(line.labelKey!);
}

function score(template: CompiledTemplate, lines: SourceLine[]): number {
  let total = 0;
  const headingsSeen = new Set<string>();
  const labelsSeen = new Set<string>();
  let run: string[] = [];
  let foreignLabelInRun = false;
  const lone: string[] = [];
  const closeRun = () => {
    if (run.length < MIN_LABEL_RUN) lone.push(...run);
    else {
      for (const key of run) {
        if (!labelsSeen.has(key)) {
          labelsSeen.add(key);
          total += LABEL_SCORE;
        }
      }
    }
    run = [];
    foreignLabelInRun = false;
  };
  // A page's summary bar and the status line after it are its structure as much as a heading is
  // (a page cut before its facts box has little else); each counts once.
  const page = template.definition.page;
  let barSeen = false;
  let statusSeen = false;
  // After a next-line field's bare label (`Tunnus` / `S21977`): its value's line, which continues the run.
  let valueBelow = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const valueOfBareLabel = valueBelow;
    valueBelow = false;
    if (page !== undefined && i < PAGE_TOP_LINES) {
      if (!barSeen && headingsSeen.size === 0 && looksLikeSummaryBar(line.text, template)) {
        barSeen = true;
        total += HEADING_SCORE;
      } else if (barSeen && !statusSeen && line.text.length <= 60) {
        const phrase = phraseKey(line, template);
        if (phrase !== null && template.statusKeys.has(phrase)) {
          statusSeen = true;
          total += HEADING_SCORE;
        }
      }
    }
    const key = headingKey(line, template);
    for (const section of key ? template.sectionsByHeading.get(key) ?? [] : []) {
      if (!headingsSeen.has(section.definition.id)) {
        headingsSeen.add(section.definition.id);
        total += HEADING_SCORE;
      }
    }
    const tabbed = line.kind === 'text' ? tabbedLabelKey(line.text, template) : null;
    // (A label broken before its colon, `Toteuttajaorganisaation` / `nimi: Porin kaupunki`, a copy's
    // wrap: one of the run's fields, its two lines one. Audit AE of round 57.)
    const broken = line.kind === 'text' && tabbed === null ? brokenLabelKey(line, lines[i + 1], template) : null;
    if (line.kind === 'label' && template.labelKeys.has(line.labelKey!)) run.push(line.labelKey!);
    else if (tabbed !== null) run.push(tabbed);
    else if (broken !== null) {
      run.push(broken);
      i++;
    }
    // A block's or a next-line field's label alone on its line (`Osatoteuttajat`) is one of the run's fields too.
    else if (key && template.bareLabels.has(key) && !template.sectionsByHeading.has(key)) {
      run.push(key);
      valueBelow = template.bareLabels.get(key)!.some((field) => field.definition.form === 'nextLine');
    } else if (valueOfBareLabel && line.kind !== 'label' && !(key && template.sectionsByHeading.has(key))) continue;
    // One label the layout lacks right between two of its own (`Projektin nimi:` / `Rahoittajan
    // muistiinpano: …` / `Suunnitelman mukainen toteutusaika:`, an extra field a copy carries) does
    // not break their run, nor counts in it: once a run. (Two in a row, or a second in the run, do:
    // a form of its own with a few of the layout's labels among its own, an application's data sheet.)
    else if (line.kind === 'label' && !foreignLabelInRun && isLayoutLabel(lines[i - 1], template) && isLayoutLabel(lines[i + 1], template)) foreignLabelInRun = true;
    else if (!(key && (template.sectionsByHeading.has(key) || template.bareLabels.has(key))) && !isValueLineBetweenLabels(lines, i, template)) closeRun();
  }
  closeRun();
  // With two of the layout's headings the structure is there: its labels count wherever they stand.
  if (headingsSeen.size >= 2) {
    for (const key of lone) {
      if (!labelsSeen.has(key)) {
        labelsSeen.add(key);
        total += LABEL_SCORE;
      }
    }
  }
  return total;
}

/**
 * The layout's label of a line that writes it with a tab instead of its colon (`Hankekoodi<TAB>S21303`,
 * a Word table pasted), else null: a run of such lines is a run of the layout's fields as much as
 * one written with colons.
 */
function tabbedLabelKey(text: string, template: CompiledTemplate): string | null {
  const tab = text.indexOf('\t');
  if (tab < 2 || tab > 80) return null;
  const key = normaliseKey(text.slice(0, tab));
  return template.labelKeys.has(key) ? key : null;
}

/** The layout's label a text line and the label line below it make together (`Toteuttajaorganisaation` / `nimi: …`), else null. */
function brokenLabelKey(line: SourceLine, next: SourceLine | undefined, template: CompiledTemplate): string | null {
  if (next === undefined || next.kind !== 'label' || next.afterBlank || line.text.length > BROKEN_LABEL_START || template.labelKeys.has(next.labelKey!)) return null;
  const key = normaliseKey(`${line.text} ${next.label}`);
  return template.labelKeys.has(key) ? key : null;
}
/** The longest start of a label broken before its colon that is looked at (the layout's labels are shorter). */
const BROKEN_LABEL_START = 80;

/** A label's line a hard wrap broke is at least this long (a short one, `Toimintalinja: 5:`, was not wrapped but ended). */
const SHORTEST_WRAPPED_LINE = 30;

/**
 * The wrapped end of a label's value in a hard-wrapped copy without blank lines (`Vastuuviranomainen:
 * Keski-Suomen elinkeino-, liikenne- ja` / `ympäristökeskus`), or a value below its empty label (a
 * two-column copy, flattened), right between two of the layout's label lines: it does not break
 * their run (nor counts in it).
 */
function isValueLineBetweenLabels(lines: SourceLine[], at: number, template: CompiledTemplate): boolean {
  const line = lines[at];
  const before = lines[at - 1];
  const after = lines[at + 1];
  return (
    line.kind !== 'label' &&
    !line.afterBlank &&
    before !== undefined &&
    before.kind === 'label' &&
    (before.value === '' || before.text.length >= SHORTEST_WRAPPED_LINE) &&
    template.labelKeys.has(before.labelKey!) &&
    after !== undefined &&
    !after.afterBlank &&
    after.kind === 'label' &&
    template.labelKeys.has(after.labelKey!)
  );
}

/** A title line decides at once, whichever template it belongs to and wherever it stands. */
function byTitle(lines: SourceLine[], templates: CompiledTemplate[]): CompiledTemplate | null {
  for (const [index, line] of lines.entries()) {
    // (Not the subject of a sentence going on below it in lower case, `… rahoittaman hankkeen kuvaus` /
    // `on ladattavissa alla olevasta linkistä.`: a page that names the title, no title. Audit AM of round 59.)
    const next = lines[index + 1];
    if (next !== undefined && !next.afterBlank && /^\p{Ll}/u.test(next.text)) continue;
    for (const template of templates) {
      const key = phraseKey(line, template);
      if (key !== null && template.titleKeys.has(key)) return template;
    }
  }
  // The title hard-wrapped over the first lines (`… rahoittaman hankkeen` / `kuvaus`).
  for (let i = 0; i + 1 < Math.min(lines.length, WRAPPED_TITLE_REACH); i++) {
    if (lines[i + 1].afterBlank || lines[i].text.length > 100 || lines[i + 1].text.length > 40) continue;
    const key = normaliseKey(joinWrapped(lines[i].text, lines[i + 1].text));
    for (const template of templates) if (template.titleKeys.has(key)) return template;
  }
  return null;
}

/** A wrapped title is looked for among this many first lines. */
const WRAPPED_TITLE_REACH = 6;

export function detectTemplate(lines: SourceLine[], templates: CompiledTemplate[]): Detection {
  const titled = byTitle(lines, templates);
  if (titled) return { template: titled, scores: { [titled.name]: Infinity } };
  const scores: Record<string, number> = {};
  for (const template of templates) scores[template.name] = score(template, lines);
  let otherProgramme: Detection['otherProgramme'];
  // The best-scoring layout, unless the text names another programme in that layout's words: then the next.
  for (;;) {
    let best: CompiledTemplate | null = null;
    for (const template of templates) if (scores[template.name] >= MIN_SCORE && (best === null || scores[template.name] > scores[best.name])) best = template;
    if (best === null && otherProgramme === undefined) best = templates.find((template) => firstFieldsExcerpt(template, lines)) ?? null;
    if (best === null) return otherProgramme ? { template: null, scores, otherProgramme } : { template: null, scores };
    best = firstDescribed(best, templates, scores, lines);
    const report = reportTitleLine(best, lines);
    if (report !== null) return { template: null, scores, otherProgramme: { template: best.name, text: report.text, position: report.position, report: true } };
    const other = otherProgrammeLine(best, lines);
    if (other === null) {
      // A text that fits two layouts equally (two definitions that differ only where the text says
      // nothing): the registry's order chose, which the text does not justify.
      const tiedWith = templates.filter((t) => t !== best && scores[t.name] === scores[best!.name]).map((t) => t.name);
      return tiedWith.length > 0 ? { template: best, scores, tiedWith } : { template: best, scores };
    }
    otherProgramme ??= { template: best.name, text: other.text, position: other.position };
    scores[best.name] = 0;
  }
}

/** How many of its first section's fields, from its first on, a copy of them alone writes to be read as the layout's. */
const EXCERPT_FIELDS = 4;
/** How many lines (a page's image links, a banner) may stand above such a copy's first field. */
const EXCERPT_LINES_ABOVE = 3;

/**
 * Whether the text is the start of a description of the layout and no more: its first section's
 * fields from the first on (`Hankekoodi:`, `Hankkeen nimi:`, `Toimintalinja:`, `Erityistavoite:`),
 * in the layout's order, four at least, each a line of its own, the copy ending there (or on the start
 * of its next label, where it was cut: `Suunnitelman mukainen tot`) — a copy cut after a fixed number
 * of characters, too short to reach the score. No words above them (a page's image links only): a
 * news item or a report quoting the fields has its own heading or sentence; nor a line after them that is a
 * value's wrapped end (`capacity of people …`), which the copy cut there cannot tell from text.
 */
function firstFieldsExcerpt(template: CompiledTemplate, lines: SourceLine[]): boolean {
  const start = lines.findIndex((line) => line.kind === 'label');
  const fields = template.sections[0]?.fields ?? [];
  if (start === -1 || start > EXCERPT_LINES_ABOVE || fields.length === 0) return false;
  if (lines.slice(0, start).some((line) => /\p{L}/u.test(line.text))) return false;
  let next = 0;
  let written = 0;
  let i = start;
  for (; i < lines.length && lines[i].kind === 'label'; i++) {
    const key = lines[i].labelKey!;
    let k = next;
    while (k < fields.length && !fields[k].definition.labels.some((label) => normaliseKey(label) === key)) k++;
    if (k === fields.length || (written === 0 && k !== 0)) return false;
    next = k + 1;
    written++;
  }
  return written >= EXCERPT_FIELDS && (i === lines.length || (i === lines.length - 1 && !lines[i].text.includes(':') && labelStartedBy(template, lines[i].text) !== null));
}

/**
 * Of two layouts that both score, the one whose description comes first: two flattened descriptions
 * in one text (a 2007–2013 one, then its 2014–2020 successor's) score the later one's layout higher
 * when it is the longer, and the labels both layouts share count for it in both. Another layout is
 * chosen when its own first field (`Projektikoodi:`, a label the best-scoring layout lacks) stands
 * before the best one's own first field, no label of the best one's own above it, and its run of
 * fields writes its first section's required fields and reaches its applicant — as a title decides
 * for the first description it stands above. (A summary quoting a predecessor's code below the
 * layout's own fields changes nothing; nor does a cover's line or two above a description, another
 * project's `Projektikoodi: S10555` above a flattened 2014–2020 copy.)
 */
function firstDescribed(best: CompiledTemplate, templates: CompiledTemplate[], scores: Record<string, number>, lines: SourceLine[]): CompiledTemplate {
  const bestAt = ownFirstFieldAt(best, lines, null);
  for (const other of templates) {
    if (other === best || scores[other.name] < MIN_SCORE) continue;
    const at = ownFirstFieldAt(other, lines, best);
    if (at === -1 || (bestAt !== -1 && bestAt < at) || !runsIntoSecondSection(lines, at, other) || ownLabelInRun(lines, at, best, other)) continue;
    if (!lines.slice(0, at).some((line) => line.kind === 'label' && best.labelKeys.has(line.labelKey!) && !other.labelKeys.has(line.labelKey!))) return other;
  }
  return best;
}

/**
 * Whether the run of field lines from `at` up to the other layout's second section holds a label of
 * `best` that the other lacks (`Hankekoodi:` below `Projektikoodi:` and `Projektin nimi:`): the
 * run is the best one's description with a cover's lines above it, not the other's.
 */
function ownLabelInRun(lines: SourceLine[], at: number, best: CompiledTemplate, other: CompiledTemplate): boolean {
  const second = other.sections[1];
  for (let j = at; j < lines.length && lines[j].kind === 'label'; j++) {
    const key = lines[j].labelKey!;
    if (second?.fieldsByLabel.has(key)) return false;
    if (best.labelKeys.has(key) && !other.labelKeys.has(key)) return true;
  }
  return false;
}

/** The index of the first line that writes the layout's first field with a label `than` lacks (any of its labels, with none), else -1. */
function ownFirstFieldAt(template: CompiledTemplate, lines: SourceLine[], than: CompiledTemplate | null): number {
  const field = template.sections[0]?.fields[0];
  if (field === undefined) return -1;
  const keys = field.definition.labels.map(normaliseKey).filter((key) => than === null || !than.labelKeys.has(key));
  return keys.length === 0 ? -1 : lines.findIndex((line) => line.kind === 'label' && keys.includes(line.labelKey!));
}

/** What detection looks for, said in the `unknown-template` message. */
export function describeDetection(templates: CompiledTemplate[]): string {
  return templates
    .map((t) => {
      const headings = t.definition.sections.slice(0, 2).map((s) => {
        if (s.number === null) return s.headings[0];
        const dotted = t.definition.topLevelDot === true && !s.number.includes('.');
        return `${s.number}${dotted ? '.' : ''} ${s.headings[0]}`;
      });
      // (A layout's first title of each fund: an EAKR description is looked for as well as an ESR one.)
      const titles = t.definition.titles.filter((title, i, all) => all.findIndex((other) => other.fund === title.fund) === i).map((title) => `"${title.text}"`);
      return `${t.name} (${titles.length > 0 ? `title ${titles.join(' or ')}, ` : ''}headings such as "${headings.join('", "')}")`;
    })
    .join('; ');
}
