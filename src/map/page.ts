/**
 * The top of a project page: title → name, tagline, status line, and the summary bar
 * (`Toimintalinja 5 (ESR) | 01.05.2017 – 30.04.2020 | Pohjanmaa`). The bar repeats facts of the
 * `Tietoja hankkeesta` block: where the block lacks one the bar supplies it, where they disagree
 * the block is kept and a warning says so.
 */
import { normaliseKey, vocabulary, type CompiledTemplate } from '../grammar/index.js';
import type { PreambleNode } from '../types.js';
import * as n from './normalise.js';
import type { RecordBuilder } from './record-builder.js';

const programmeAxis = new RegExp(vocabulary.priorityAxis.programmePattern, 'iu');

function mismatch(builder: RecordBuilder, node: PreambleNode, what: string, bar: string, block: string, path: string): void {
  builder.diagnose(
    'warning',
    'summary-bar-mismatch',
    `The summary bar says ${what} "${bar}" but the project facts say "${block}"; the facts are kept`,
    node.position,
    path,
  );
}

function mapSummaryBar(builder: RecordBuilder, template: CompiledTemplate, node: PreambleNode): void {
  const record = builder.record;
  const parts = node.text.split(template.definition.page!.summaryBarSeparator).map((p) => p.trim()).filter(Boolean);
  for (const part of parts) {
    const period = n.parsePeriod(part);
    const axis = programmeAxis.exec(part);
    if (!period.problem) {
      const current = record.project.period;
      if (current.start === null && current.end === null) builder.set('project.period', period.value, node.position);
      else if (current.start !== period.value.start || current.end !== period.value.end) {
        mismatch(builder, node, 'the period is', `${period.value.start} – ${period.value.end}`, `${current.start} – ${current.end}`, 'project.period');
      }
    } else if (axis) {
      const number = Number(axis.groups!.number);
      const current = record.project.priorityAxis;
      if (current === null) builder.set('project.priorityAxis', { number, title: null }, node.position);
      else if (current.number !== number) mismatch(builder, node, 'the priority axis is', String(number), String(current.number), 'project.priorityAxis');
    } else {
      const regions = record.targetArea.regions;
      const named = n.splitList(part);
      // The bar lists the same regions as the facts when every one it names is among them (`Uusimaa, Itä-Uusimaa`).
      if (regions.length === 0) builder.set('targetArea.regions', named, node.position);
      else if (!named.every((name) => regions.some((region) => normaliseKey(region) === normaliseKey(name)))) mismatch(builder, node, 'the region is', part, regions.join(', '), 'targetArea.regions');
    }
  }
}

export function mapPagePreamble(builder: RecordBuilder, template: CompiledTemplate, nodes: PreambleNode[]): void {
  for (const node of nodes) {
    switch (node.role) {
      case 'title':
        builder.set('project.name', node.text, node.position);
        break;
      case 'tagline':
        builder.set('project.tagline', node.text, node.position);
        break;
      case 'status':
        builder.set('project.status', n.parseStatus(node.text).value, node.position);
        break;
      case 'summaryBar':
        mapSummaryBar(builder, template, node);
        break;
    }
  }
  if (builder.record.project.name === null) {
    builder.diagnose('warning', 'missing-field', 'The page has no title line (project.name)', undefined, 'project.name');
  }
}
