/**
 * The top of a project page: title → name, tagline, status line, and the summary bar
 * (`Toimintalinja 5 (ESR) | 01.05.2017 – 30.04.2020 | Pohjanmaa`). The bar repeats facts of the
 * `Tietoja hankkeesta` block: where the block lacks one the bar supplies it, where they disagree
 * the block is kept and a warning says so.
 */
import { builtInDefinitions, looksLikeSummaryBar, normaliseKey, vocabulary, type CompiledTemplate } from '../grammar/index.js';
import type { PreambleNode } from '../types.js';
import { regionCode } from '../derive/area-codes.js';
import * as n from './normalise.js';

/** A table of contents' headings (vocabulary `pageFurniture.contentsHeadings`). */
const CONTENTS_HEADINGS = new Set(vocabulary.pageFurniture.contentsHeadings.map(normaliseKey));
import type { RecordBuilder } from './record-builder.js';
import { lazyRegExp } from '../lazy-regexp.js';

const programmeAxis = lazyRegExp(() => new RegExp(vocabulary.priorityAxis.programmePattern, 'iu'));

function mismatch(builder: RecordBuilder, node: PreambleNode, what: string, bar: string, block: string, path: string): void {
  builder.diagnose(
    'warning',
    'summary-bar-mismatch',
    `The summary bar says ${what} "${bar}" but the project facts say "${block}"; the facts are kept`,
    node.position,
    path,
  );
}

/** A bar part that holds a date (`01.05.2017 – 30.04.2020`, `01.05.2017 –`): the period, whole or not. */
const BAR_DATE = lazyRegExp(() => /\d{1,2}\.\s*\d{1,2}\.\s*\d{4}|\d{4}-\d{2}-\d{2}|(?<!\d)(?:19|20)\d{2}(?!\d)/u);
/** An open-ended period in the bar: a start date and a dash with nothing after it. */
const OPEN_PERIOD = lazyRegExp(() => /^(?<start>\S.*?)\s*[-–—]$/u);

/** The same region written in both places: by its key, or by its Statistics Finland code (`Österbotten`, `Pohjanmaa`). */
function sameRegion(a: string, b: string): boolean {
  if (normaliseKey(a) === normaliseKey(b) || (n.namesWholeCountry(a) && n.namesWholeCountry(b))) return true;
  const code = regionCode(a);
  return code !== null && code === regionCode(b);
}

function mapBarPeriod(builder: RecordBuilder, node: PreambleNode, part: string): void {
  const current = builder.record.project.period;
  const period = n.parsePeriod(part);
  // (A bar's period of which a date could not be read, `9. 1. 2015 – 8. 31. 2018`, beside the facts' whole period:
  // what reading it said, and the date it read compared; not a mismatch with a date the bar has none of. Review RVB of round 75.)
  if (!period.problem && (period.value!.start === null || period.value!.end === null) && current.start !== null && current.end !== null) {
    for (const warning of period.warnings ?? []) builder.diagnose('warning', warning.rule, `The summary bar: ${warning.message}`, node.position);
    const which = period.value!.start !== null ? 'start' : 'end';
    const read = period.value![which];
    if (read !== null && read !== current[which]) mismatch(builder, node, which === 'start' ? 'the period starts' : 'the period ends', read, String(current[which]), 'project.period');
    return;
  }
  if (!period.problem) {
    if (current.start === null && current.end === null) {
      builder.set('project.period', period.value, node.position);
      // What reading the dates doubted or changed (a two-digit year, `30.04.20`) is said, as for the facts' dates.
      for (const warning of period.warnings ?? []) builder.diagnose('warning', warning.rule, `The summary bar: ${warning.message}`, node.position, 'project.period');
      for (const note of period.notes ?? []) builder.diagnose('info', note.rule, `The summary bar: ${note.message}`, node.position, 'project.period');
    } else if (current.start === period.value.start && current.end === null && period.value.end !== null && builder.diagnostics.some((d) => d.rule === 'value-cut-off' && d.path === '/project/period/end')) {
      // (The facts' end not read where the copy stops, `Lopetuspäivä: 31.12.20`: the bar's, said. An
      // end written otherwise, `30.04.2020 (jatkettu 31.12.2020)`, is not the bar's to settle.)
      builder.set('project.period', { start: current.start, end: period.value.end }, node.position);
      builder.diagnose('info', 'normalised-value', `The project facts' end date is not read; the summary bar's "${period.value.end}" is taken`, node.position, 'project.period');
    } else if ((current.start === null) !== (current.end === null) && period.value[current.start === null ? 'start' : 'end'] !== null && (current.start ?? period.value.start) === period.value.start && (current.end ?? period.value.end) === period.value.end) {
      // (One of the facts' dates missing or not read, `Lopetuspäivä: TBD`, the other the bar's: no
      // disagreement — the facts have no date there, as said where they do not; the bar's is not taken.)
      const missing = current.start === null ? 'start' : 'end';
      builder.diagnose('info', 'summary-bar-mismatch', `The project facts have no readable ${missing} date; the summary bar says "${period.value[missing]}", which is not taken in its place`, node.position, 'project.period');
    } else if (current.start !== period.value.start || current.end !== period.value.end) {
      mismatch(builder, node, 'the period is', `${period.value.start} – ${period.value.end}`, `${current.start} – ${current.end}`, 'project.period');
    }
    return;
  }
  // `01.05.2017 –`: a project without an end date in the register, or a bar cut short. The start is read, the end is not.
  const open = OPEN_PERIOD.exec(part);
  const start = open ? n.parseFinnishDate(open.groups!.start) : null;
  if (start && !start.problem) {
    if (current.start === null && current.end === null) {
      builder.set('project.period', { start: start.value, end: null }, node.position);
      builder.diagnose('warning', 'invalid-date', `The summary bar's period "${part}" has no end date: only the start read`, node.position, 'project.period');
    } else if (current.start !== start.value) mismatch(builder, node, 'the period starts', start.value!, String(current.start), 'project.period');
    return;
  }
  // Not read, whether the facts give the period or not: what it says (`Toimintalinja 5 (ESR) 2014–2020`) may differ from them.
  builder.diagnose('warning', 'invalid-date', `The summary bar's part "${part}" is not a period of two dates (D.M.YYYY – D.M.YYYY): not read`, node.position, current.start === null && current.end === null ? 'project.period' : undefined);
}

/** A part of the summary bar that says nothing the bar reads (a figure, an organisation where the region stands): said, not read. */
function barPartNotRead(builder: RecordBuilder, node: PreambleNode, part: string): void {
  builder.diagnose('warning', 'invalid-value', `The summary bar's part "${part}" is no period, priority axis or region: not read`, node.position);
}

/** A gap between a table's columns as a print in columns leaves it: a tab, or three spaces or more. */
const COLUMN_GAP = lazyRegExp(() => /\t|\s{3,}/u);
const COLUMN_GAPS = lazyRegExp(() => /\s*\t\s*|\s{3,}/u);

/** The fewest letters of a region cut short that the summary bar's whole name completes (`Keski-Pohja`, not `P`). */
const SHORTEST_CUT_REGION = 4;

function mapSummaryBar(builder: RecordBuilder, template: CompiledTemplate, node: PreambleNode): void {
  const record = builder.record;
  const parts = node.text.split(template.definition.page!.summaryBarSeparator).map((p) => p.trim()).filter(Boolean);
  // The facts' regions, to compare the bar's with: a bar may name its regions in parts of their own (`… | Pohjois-Pohjanmaa | Kainuu`).
  const factsRegions = record.targetArea.regions.slice();
  for (const part of parts) {
    const axis = programmeAxis.exec(part);
    if (BAR_DATE.test(part) && !axis) mapBarPeriod(builder, node, part);
    else if (axis) {
      const number = Number(axis.groups!.number);
      const current = record.project.priorityAxis;
      if (current === null) builder.set('project.priorityAxis', { number, title: null }, node.position);
      else if (current.number !== number) mismatch(builder, node, 'the priority axis is', String(number), String(current.number), 'project.priorityAxis');
    } else if (n.fundOfBracket(part) !== null) {
      // The fund in a part of its own (`Toimintalinja 5 | ESR | …`): read with the axis's fund, when the record is derived.
    } else if (n.isEmptyMarker(part)) {
      // A part left empty (`–`, a period the register does not have): no region.
      builder.diagnose('info', 'empty-value', `The summary bar's part "${part}" is empty`, node.position);
    } else if (template.statusKeys.has(normaliseKey(part))) {
      // The project's status (`Hanke päättynyt`, the status line's words): read where the page has no
      // status line (the line, mapped after the bar, is kept where it has one; a difference is said).
      const status = n.parseStatus(part).value;
      if (record.project.status === null) builder.set('project.status', status, node.position);
      else if (status !== null && record.project.status.state !== status.state) mismatch(builder, node, 'the status is', part, record.project.status.text, 'project.status');
    } else if (/\d/u.test(part)) {
      // A figure (`10.1`) where the region stands: no region, and nothing the bar reads.
      barPartNotRead(builder, node, part);
    } else {
      // Split as the facts' `Maakunta` list is (commas, `ja`, `sekä`).
      const read = n.parseNameList(part);
      const named = read.value!;
      // The bar lists the same regions as the facts when every one it names is among them (`Uusimaa, Itä-Uusimaa`).
      // (A later part of the bar adds its regions only when every name in it is one: `… | Pohjanmaa |
      // Vaasan kaupunki` is a region and something else, said below as no region.)
      const added = record.targetArea.regions;
      if (factsRegions.length === 0 && added.length > 0 && named.every((name) => regionCode(name) !== null)) {
        builder.set('targetArea.regions', [...added, ...named.filter((name) => !added.some((region) => sameRegion(region, name)))], node.position);
      } else if (factsRegions.length === 0 && added.length > 0) {
        barPartNotRead(builder, node, part);
      } else if (factsRegions.length === 0) {
        builder.set('targetArea.regions', named, node.position);
        // (Said: the facts' `Maakunta` may stand empty, and its `empty-value` would say the opposite.)
        builder.diagnose('info', 'normalised-value', `The region is read from the summary bar ("${part}"): the project's facts name none`, node.position, 'targetArea.regions');
        // What reading the list left out or doubted (a remark in brackets, `(osin Keski-Pohjanmaa)`) is said, as for the facts' list.
        for (const warning of read.warnings ?? []) builder.diagnose('warning', warning.rule, `The summary bar: ${warning.message}`, node.position, 'targetArea.regions');
        for (const note of read.notes ?? []) builder.diagnose('info', note.rule, `The summary bar: ${note.message}`, node.position, 'targetArea.regions');
        // The bar's last part is read as the region by its place alone: one that names none is said.
        const unknown = named.filter((name) => regionCode(name) === null);
        if (unknown.length > 0 && !n.isNationwide(part)) builder.diagnose('warning', 'invalid-value', `The summary bar's part "${part}" is read as the region by its place, but ${unknown.map((name) => `"${name}"`).join(', ')} is no region of the classification`, node.position, 'targetArea.regions');
      } else if (!named.every((name) => factsRegions.some((region) => sameRegion(region, name)))) {
        // A facts' region that is no region but the start of the bar's (`Maakunta: Keski-Pohja`, a copy
        // cut there, against `Keski-Pohjanmaa`): the bar's whole name, said.
        const completed = factsRegions.map((region) => (regionCode(region) !== null ? region : named.find((name) => region.length >= SHORTEST_CUT_REGION && name.length > region.length && regionCode(name) !== null && name.toLowerCase().startsWith(region.toLowerCase())) ?? region));
        if (completed.some((region, i) => region !== factsRegions[i]) && named.every((name) => completed.some((region) => sameRegion(region, name)))) {
          builder.set('targetArea.regions', completed, node.position);
          builder.diagnose('warning', 'summary-bar-mismatch', `The project facts' region ${factsRegions.filter((region, i) => region !== completed[i]).map((region) => `"${region}"`).join(', ')} is only the start of the summary bar's "${part}" (the facts cut?): read as the bar's`, node.position, 'targetArea.regions');
        } else mismatch(builder, node, 'the region is', part, factsRegions.join(', '), 'targetArea.regions');
      }
    }
  }
}

/**
 * A page's title or tagline left as its template's placeholder (`[Hankkeen nimi]`, `Lorem ipsum`,
 * `Kirjoita tähän …`, `Täydennetään myöhemmin`), as a numbered layout's field would be: not read
 * (true), with a warning.
 */
function isDraftPlaceholderLine(builder: RecordBuilder, node: PreambleNode, path: string, what: string): boolean {
  if (!n.isDraftPlaceholder(node.text)) return false;
  // One word (`AUKI`, `Tulossa`, `TBA`) may be the project's name, as may a name that only looks
  // like one (`XXX-akatemia`): kept, and said.
  if (n.isUncertainPlaceholder(node.text) || (!isTemplateShaped(node.text) && !/\s/u.test(node.text.trim()))) {
    builder.diagnose('warning', 'placeholder-text', `${what} "${node.text.slice(0, 60)}" may be a draft's placeholder; kept as written`, node.position, path);
    return false;
  }
  builder.diagnose('warning', 'placeholder-text', `${what} is a draft's placeholder ("${node.text.slice(0, 60)}"), not a value: read as not written`, node.position, path);
  return true;
}

/** The labels a description's name is written after (`Hankkeen nimi`, `Project name`), as keys. */
const NAME_LABELS = new Set(builtInDefinitions.flatMap((definition) => definition.sections.flatMap((section) => ('fields' in section ? section.fields ?? [] : []).filter((field) => field.path === 'project.name').flatMap((field) => field.labels.map(normaliseKey)))));

/** A placeholder by its shape, not by its word (`titleShape` in grammar/vocabulary.json), or the name's own label. */
function isTemplateShaped(text: string): boolean {
  return TITLE_PLACEHOLDER_SHAPE.test(text) || NAME_LABELS.has(normaliseKey(text));
}
const TITLE_PLACEHOLDER_SHAPE = lazyRegExp(() => new RegExp(vocabulary.draftPlaceholders.titleShape, 'iu'));

/** A section's number and a heading's capital (`3 Suunnitelman mukainen …`, `2.1 Hakija`). */
const NUMBERED_HEADING_LIKE = lazyRegExp(() => /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u);

/** A built-in description layout's title line (`Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus`). */
function isDescriptionTitle(text: string): boolean {
  const key = normaliseKey(text);
  return builtInDefinitions.some((definition) => definition.page === undefined && definition.titles.some((title) => normaliseKey(title.text) === key));
}

export function mapPagePreamble(builder: RecordBuilder, template: CompiledTemplate, nodes: PreambleNode[]): void {
  let placeholderTitle: PreambleNode | null = null;
  for (const node of nodes) {
    switch (node.role) {
      case 'title':
        // (Also a region's name alone as the text's first line with no summary bar: the bar's last part, `Etelä-Savo`.)
        if (node.cutAbove || (node.atTextStart && regionCode(node.text) !== null && !nodes.some((other) => other.role === 'summaryBar'))) {
          builder.keep(null, null, node.text, node.position);
          builder.diagnose('warning', 'unmapped-text', `The page's first line "${node.text.slice(0, 60)}" is no title (it starts or ends as no title does, or stands where the page's top is not): a line, a value or a text whose start was cut away with the page's top? Kept in unmapped; the page's title is not read`, node.position, 'project.name');
          break;
        }
        if (isDraftPlaceholderLine(builder, node, 'project.name', 'The title')) {
          placeholderTitle = node;
          break;
        }
        {
          // The tab's title of a reader view or a saved page (`Askel arkeen - Rakennerahastot`): the name without the site's.
          const name = n.withoutSiteName(node.text);
          // A layout whose fields give the name too (a definition's `Hankkeen nimi:`): the field's is
          // kept; a title that differs goes to unmapped, said.
          const fromField = builder.record.project.name;
          if (fromField !== null) {
            if (normaliseKey(fromField) !== normaliseKey(name ?? node.text)) {
              builder.keep(null, null, node.text, node.position);
              builder.diagnose('warning', 'duplicate-field', `The page's title "${node.text.slice(0, 80)}" differs from the name its fields give ("${fromField.slice(0, 80)}"): the field's kept, the title in unmapped`, node.position, 'project.name');
            }
            break;
          }
          builder.set('project.name', name ?? node.text, node.position);
          // A numbered section's heading of a description read as the title (a description above the
          // page, or a description read with `--template` as a page): said, as no page's title is numbered so.
          if (NUMBERED_HEADING_LIKE.test(node.text) || isDescriptionTitle(node.text)) builder.diagnose('warning', 'heading-variant', `The page's title "${node.text.slice(0, 80)}" reads as a description's numbered heading or title, not a project page's title: a description's text above the page, or a description read as a page?`, node.position, 'project.name');
          if (name !== null) builder.diagnose('info', 'normalised-value', `The title "${node.text.slice(0, 80)}" ends with the site's name, as a browser tab's title does (a reader view's or a saved page's copy): read as "${name.slice(0, 60)}"`, node.position, 'project.name');
        }
        if (node.topDoubt === 'lowerCase') builder.diagnose('warning', 'heading-variant', `"${node.text.slice(0, 60)}" is read as the title, but it is the text's first line and starts in lower case: the copy may start inside the title, its start cut away`, node.position, 'project.name');
        else if (node.topDoubt === 'laterSection') builder.diagnose('warning', 'heading-variant', `"${node.text.slice(0, 60)}" is read as the title, but the page's top and facts are not in the text and a later section follows it: it may be that section's text or a value, the copy's start cut away`, node.position, 'project.name');
        else if (node.topDoubt === 'aboveField') builder.diagnose('warning', 'heading-variant', `"${node.text.slice(0, 60)}" is read as the title, but it is the text's first line and a field stands right below it with the fields before it absent: it may be the value of the field above, its label cut away with the page's top`, node.position, 'project.name');
        // A table of contents' heading as the title (`Sisältö`, its items below it, a copy without blank lines): said.
        if (CONTENTS_HEADINGS.has(normaliseKey(node.text.replace(/:$/u, '')))) builder.diagnose('warning', 'heading-variant', `"${node.text}" is read as the title, but it is a table of contents' heading: the page's title may be among the lines below it`, node.position, 'project.name');
        else if (node.belowFurniture !== undefined) builder.diagnose('warning', 'heading-variant', `"${node.text.slice(0, 60)}" is read as the title, but it is a sentence, like a tagline, and the line above it ("${node.belowFurniture.slice(0, 60)}"), read as page furniture, may be the title`, node.position, 'project.name');
        else if (node.belowNews !== undefined) builder.diagnose('warning', 'heading-variant', `"${node.text.slice(0, 60)}" is read as the title, the two lines right above the summary bar being the title and the tagline; the lines above them, from "${node.belowNews.slice(0, 60)}", are kept in unmapped as a news item's: they may be the page's own title and tagline`, node.position, 'project.name');
        else if (node.belowInParagraph !== undefined) builder.diagnose('warning', 'heading-variant', `"${node.text.slice(0, 60)}" is read as the title, the sentence below it as the tagline; the mark above it in its paragraph, "${node.belowInParagraph.slice(0, 60)}", is kept in unmapped: it may be a draft's or a logo's, or the title`, node.position, 'project.name');
        else if (node.lineBelow !== undefined) builder.diagnose('warning', 'heading-variant', `"${node.text.slice(0, 60)}" is read as the title, the sentence after its paragraph as the tagline; the line right below the title, "${node.lineBelow.slice(0, 60)}", is kept in unmapped: a name, a date or the title in another language — or the title, below a site's or a logo's line`, node.position, 'project.name');
        else if (node.belowKeptApart !== undefined) builder.diagnose('warning', 'heading-variant', `"${node.text.slice(0, 60)}" is read as the title, but the text's first line right above it, "${node.belowKeptApart.slice(0, 60)}", kept in unmapped, may be the title, or its start wrapped (a copy without blank lines)`, node.position, 'project.name');
        else if (node.belowMail !== undefined) builder.diagnose('warning', 'heading-variant', `"${node.text}" is read as the title, but it stands alone right below a mail's note ("${node.belowMail.slice(0, 60)}"): it may be the sender's name, and the title the line below it`, node.position, 'project.name');
        // A sentence as the title, with no tagline below it: the tagline of a page copied without its title?
        // (Three words with a full stop too, `Ikäihmisten digitaitojen vahvistaminen.`: no title ends so. Audit AR of round 60.)
        else if (!nodes.some((other) => other.role === 'tagline') && (isSentence(node.text) || (/\p{L}\.$/u.test(node.text) && node.text.split(/\s+/u).length >= 3))) builder.diagnose('warning', 'heading-variant', `"${node.text.slice(0, 60)}" is read as the title, but it is a sentence and the page has no tagline: it may be the tagline of a page copied without its title`, node.position, 'project.name');
        else {
          // Two short lines, neither a sentence, as title and tagline (`Satamayhtiö kertoo` / `Satamat
          // sähköiseksi`): a tagline is a sentence, and the first may be a site's or a logo's line above the title.
          const tagline = nodes.find((other) => other.role === 'tagline');
          // (In lower case, `Osaamista ja työtä` / `nuorille aikuisille`, the second may be the title's end,
          // wrapped; the first naming an organisation, `Kainuun liitto`, it may be the site's. A title
          // and a tagline written without a full stop, `Digitaidot arkeen` / `Ikäihmisten digitaitojen
          // vahvistaminen`, are not said: pages write so.)
          const lower = tagline !== undefined && /^\p{Ll}/u.test(tagline.text);
          // A sentence as the title, with a sentence as its tagline below it: a note or a news item's line
          // above a page whose title was cut away? (`Alla hankkeen S21999 kuvaus EURA-järjestelmästä.`) Audit AR of round 60.
          if (tagline !== undefined && isSentence(node.text) && /\.$/u.test(node.text) && isSentence(tagline.text)) builder.diagnose('warning', 'heading-variant', `"${node.text.slice(0, 60)}" is read as the title, but it is a sentence, as the tagline below it is: it may be a note or a news item's line above the page, its title cut away`, node.position, 'project.name');
          if (tagline !== undefined && tagline.belowFurniture === undefined && isShortName(node.text) && isShortName(tagline.text) && (lower || n.hasAnyOrganisationWord(node.text))) {
            const maybe = lower ? 'the second may be the title\'s end, wrapped' : 'the first may be a site\'s or a logo\'s line, and the second the title';
            builder.diagnose('warning', 'heading-variant', `"${node.text.slice(0, 60)}" is read as the title and "${tagline.text.slice(0, 60)}" as the tagline, but neither is a sentence, as a tagline is: ${maybe}`, node.position, 'project.name');
          }
        }
        break;
      case 'tagline': {
        if (isDraftPlaceholderLine(builder, node, 'project.tagline', 'The tagline')) break;
        // The summary bar printed in columns, its parts parted by gaps (`Toimintalinja 5 (ESR)      01.09.2016 – …`),
        // on a page without a tagline: the bar, not a tagline.
        const separator = template.definition.page!.summaryBarSeparator;
        const asBar = COLUMN_GAP.test(node.text) ? node.text.split(COLUMN_GAPS).join(` ${separator} `) : null;
        if (asBar !== null && !nodes.some((other) => other.role === 'summaryBar') && looksLikeSummaryBar(asBar, template)) {
          builder.diagnose('info', 'normalised-value', `"${node.text.slice(0, 60)}" is read as the summary bar, its parts parted by gaps (printed in columns), not as the tagline`, node.position, 'project.tagline');
          mapSummaryBar(builder, template, { ...node, text: asBar });
          break;
        }
        if (node.joinedOverBlank !== undefined) builder.diagnose('warning', 'heading-variant', `The tagline is read over a blank line, its paragraph going on in lower case in the next ("${node.joinedOverBlank.slice(0, 60)}"), right above the summary bar: that paragraph may be a sentence of its own`, node.position, 'project.tagline');
        if (node.inTitleParagraph) builder.diagnose('warning', 'heading-variant', `"${node.text.slice(0, 60)}" is read as the tagline, but it stands right below the title in its paragraph and is no sentence: it may be a name, a date or the title in another language, and the page without a tagline`, node.position, 'project.tagline');
        if (node.belowFurniture !== undefined) builder.diagnose('warning', 'heading-variant', `"${node.text.slice(0, 60)}" is read as the tagline, but it is no sentence and page furniture stands between it and the title "${node.belowFurniture.slice(0, 60)}": that line may be the site's header, and this one the title`, node.position, 'project.tagline');
        builder.set('project.tagline', node.text, node.position);
        break;
      }
      case 'status': {
        const read = n.parseStatus(node.text);
        const status = read.value;
        // (A status line whose state is not read, or read from a remark or a date: said at the line.)
        for (const warning of read.warnings ?? []) builder.diagnose('warning', warning.rule, warning.message, node.position, 'project.status');
        for (const note of read.notes ?? []) builder.diagnose('info', note.rule, note.message, node.position, 'project.status');
        // The summary bar's status part, read before the status line: the line is kept, a difference said.
        const fromBar = builder.record.project.status;
        if (fromBar !== null && status !== null && fromBar.state !== status.state) mismatch(builder, node, 'the status is', fromBar.text, status.text, 'project.status');
        builder.set('project.status', status, node.position);
        break;
      }
      case 'summaryBar':
        mapSummaryBar(builder, template, node);
        break;
    }
  }
  if (placeholderTitle !== null) {
    builder.diagnose('warning', 'missing-field', 'The page\'s title line is a draft\'s placeholder: the page has no title yet (project.name)', placeholderTitle.position, 'project.name');
  } else if (builder.record.project.name === null) {
    builder.diagnose('warning', 'missing-field', 'The page has no title line (project.name)', undefined, 'project.name');
  }
}

/** A few words without a sentence's end, as a title or a site's name is written. */
function isShortName(text: string): boolean {
  return !/[.!?:]$/u.test(text) && text.split(/\s+/u).length <= SHORT_NAME_WORDS;
}
const SHORT_NAME_WORDS = 5;

/** A sentence, not a name: four words or more, ending with a full stop. */
function isSentence(text: string): boolean {
  return /[.!]$/u.test(text) && text.split(/\s+/u).length >= 4;
}
