/**
 * Checks a layout definition when it loads (`--grammar FILE`, the library's `loadDefinition`, and
 * the built-in ones in the tests): its JSON, its shape (the zod schema of the definition language),
 * and what the shape cannot say — section ids unique, parents that exist, record paths that exist,
 * and each field's type fitting the record value at its path. Every error is located in the file
 * (line and column of the offending value) and says what is wrong in words.
 */
import { markValidated } from './checked.js';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import resultSchema from '../../schemas/esr-parse-result.schema.json' with { type: 'json' };
import { normaliseKey } from '../key.js';
import { pointAt } from '../parse/line-parser.js';
import { TemplateDefinitionSchema, type FieldType, type TemplateDefinition } from './definition.js';

export interface DefinitionError {
  file: string;
  /**
   * Where in the definition's text (1-based); absent for a definition given as an object, which has
   * no text of its own: its `path` says where.
   */
  line?: number;
  column?: number;
  /** Where in the definition, as a JSON path (`sections[3].fields[0].type`). */
  path: string;
  message: string;
}

export interface CheckedDefinition {
  definition: TemplateDefinition | null;
  errors: DefinitionError[];
}

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; items?: JsonSchema; required?: string[] };

const recordSchema = (resultSchema as { properties: Record<string, JsonSchema> }).properties.record;

function typesOf(schema: JsonSchema): string[] {
  return Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
}

/** The record schema at a dotted path, or null when there is no such path. */
function schemaAt(path: string): JsonSchema | null {
  let node: JsonSchema | undefined = recordSchema;
  for (const key of path.split('.')) {
    node = node?.properties?.[key];
    if (!node) return null;
  }
  return node;
}

/** What each field type writes: a JSON type, and for objects the keys it sets. */
const produces: Record<FieldType, { type: string; keys?: string[]; items?: string }> = {
  text: { type: 'string' },
  projectCode: { type: 'string' },
  email: { type: 'string' },
  businessId: { type: 'string' },
  date: { type: 'string' },
  amount: { type: 'integer' },
  list: { type: 'array', items: 'string' },
  municipalities: { type: 'array', items: 'string' },
  lines: { type: 'array', items: 'string' },
  websites: { type: 'array', items: 'string' },
  website: { type: 'string' },
  phone: { type: 'string' },
  postalCode: { type: 'string' },
  programmePeriod: { type: 'string' },
  personName: { type: 'string' },
  organisations: { type: 'array', items: 'object' },
  priorityAxis: { type: 'object', keys: ['number', 'title'] },
  specificObjective: { type: 'object', keys: ['code', 'title'] },
  period: { type: 'object', keys: ['start', 'end'] },
  status: { type: 'object', keys: ['text', 'state'] },
  indicator: { type: 'object', keys: ['total', 'women'] },
  address: { type: 'object', keys: ['street', 'postalCode', 'city'] },
  yesNoText: { type: 'object', keys: ['answer', 'text'] },
  budgetRange: { type: 'object', keys: ['min', 'max'] },
};

/**
 * The forms each field type is read from: the lines of a `block` or `trailing` field are read only
 * by the types that take lines (a list of organisations, of lines, a yes/no answer's explanation).
 */
const formsOf: Record<FieldType, string[]> = {
  organisations: ['block', 'inline'],
  lines: ['trailing', 'block', 'inline'],
  yesNoText: ['trailing', 'inline'],
  text: ['inline', 'nextLine'], projectCode: ['inline', 'nextLine'], email: ['inline', 'nextLine'], businessId: ['inline', 'nextLine'],
  date: ['inline', 'nextLine'], amount: ['inline', 'nextLine'], list: ['inline', 'nextLine'], municipalities: ['inline', 'nextLine'],
  websites: ['inline', 'nextLine'], website: ['inline', 'nextLine'], phone: ['inline', 'nextLine'], postalCode: ['inline', 'nextLine'], priorityAxis: ['inline', 'nextLine'],
  specificObjective: ['inline', 'nextLine'], period: ['inline', 'nextLine'], status: ['inline', 'nextLine'],
  indicator: ['inline', 'nextLine'], address: ['inline', 'nextLine'], budgetRange: ['inline', 'nextLine'], programmePeriod: ['inline', 'nextLine'],
  personName: ['inline', 'nextLine'],
};

function fitsType(type: FieldType, schema: JsonSchema): string | null {
  const want = produces[type];
  const types = typesOf(schema);
  if (!types.includes(want.type)) return `${withArticle(type)} field writes ${KIND[want.type]}, but the record has ${types.filter((t) => t !== 'null').map((t) => KIND[t] ?? t).join(' or ') || 'no value'} there`;
  if (want.keys) {
    const keys = Object.keys(schema.properties ?? {});
    if (keys.length !== want.keys.length || want.keys.some((k) => !keys.includes(k))) return `${withArticle(type)} field writes {${want.keys.join(', ')}}, but the record has {${keys.join(', ')}} there`;
  }
  if (want.items && schema.items && !typesOf(schema.items).includes(want.items)) return `${withArticle(type)} field writes a list of ${want.items}s, but the record lists ${typesOf(schema.items).join(' or ')}s there`;
  // (An organisation is {name, businessId}: a list of other objects, a page's roles, is not one of them.)
  const itemKeys = want.items === 'object' ? Object.keys(schema.items?.properties ?? {}) : [];
  if (type === 'organisations' && itemKeys.length > 0 && (itemKeys.length !== ORGANISATION_KEYS.length || ORGANISATION_KEYS.some((k) => !itemKeys.includes(k)))) return `an organisations field writes a list of {${ORGANISATION_KEYS.join(', ')}}, but the record lists {${itemKeys.join(', ')}} there`;
  // A value the record takes from a set (`programmePeriod`: "2007-2013" or "2014-2020"): only a type that reads into the set writes it.
  const set = (schema as { enum?: unknown[] }).enum;
  const reads = ENUM_TYPES[type];
  if (set !== undefined && (reads === undefined || !reads.every((value) => set.includes(value)))) return `the record takes one of ${set.filter((v) => v !== null).map((v) => JSON.stringify(v)).join(', ')} there, which ${withArticle(type)} field does not read into (give the value as a constant, or use a type that reads it)`;
  return null;
}

const ORGANISATION_KEYS = ['name', 'businessId'];
/** The values a field type reads into when it writes one of a set. */
const ENUM_TYPES: Partial<Record<FieldType, string[]>> = { programmePeriod: ['2007-2013', '2014-2020'] };

/** What each section content writes at its textPath. */
function textPathProblem(content: string, schema: JsonSchema): string | null {
  const types = typesOf(schema);
  if ((content === 'prose' || content === 'fields' || content === 'container') && !types.includes('string')) return `the text of ${withArticle(content)} section is a string, but the record has ${types.filter((t) => t !== 'null').map((t) => KIND[t] ?? t).join(' or ')} there`;
  if ((content === 'scoreTable' || content === 'roles') && !types.includes('array')) return `${withArticle(content)} section writes a list, but the record has ${types.filter((t) => t !== 'null').map((t) => KIND[t] ?? t).join(' or ')} there`;
  return null;
}

/**
 * A path inside a value the record holds whole, as one field type writes it (`project.status.text`
 * inside `project.status`, an object or null): the reader writes such an object at once, with all
 * its keys, so a field cannot write one key of it.
 */
function insideWholeValue(path: string): string | null {
  const parts = path.split('.');
  for (let n = parts.length - 1; n >= 1; n--) {
    const outer = parts.slice(0, n).join('.');
    const schema = schemaAt(outer);
    if (!schema || !typesOf(schema).includes('null')) continue;
    const types = (Object.keys(produces) as FieldType[]).filter((type) => produces[type].keys !== undefined && fitsType(type, schema) === null);
    return `it is inside "${outer}", a value the record holds whole (${types.length > 0 ? `a field of type ${types.map((t) => `"${t}"`).join(' or ')} writes it` : 'written at once'}); map the field to "${outer}"`;
  }
  return null;
}

/** Record values computed from what was read (src/derive): a field or constant there would be overwritten. */
const DERIVED_PATHS = new Set(['targetArea.regionCodes', 'targetArea.subRegionCodes', 'targetArea.municipalityCodes', 'template']);

function derivedProblem(path: string): string {
  return path === 'template' ? 'the result names its layout there' : 'the area\'s statistical codes are derived from the names read, not read themselves';
}

const KIND: Record<string, string> = { integer: 'a whole number', number: 'a number', string: 'a string', array: 'a list', object: 'an object', boolean: 'true or false' };

/** `a text`, `an amount`. */
function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** Whether a constant's value fits the record at its path: its JSON type, and one of its values where the record lists them. */
function constantProblem(value: string | number | boolean, schema: JsonSchema & { enum?: unknown[] }): string | null {
  const type = typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
  const types = typesOf(schema);
  if (!types.includes(type) && !(type === 'integer' && types.includes('number'))) return `the constant is ${KIND[type] ?? type}, but the record has ${types.filter((t) => t !== 'null').map((t) => KIND[t] ?? t).join(' or ') || 'no value'} there`;
  if (schema.enum !== undefined && !schema.enum.includes(value)) return `the record takes one of ${schema.enum.filter((v) => v !== null).map((v) => JSON.stringify(v)).join(', ')} there, not ${JSON.stringify(value)}`;
  return null;
}

function pathText(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(the definition)';
}


/** A JSON syntax error in words (jsonc-parser names them by code: `PropertyNameExpected`). */
function jsonErrorText(code: ParseError['error'], text: string): string {
  const name = printParseErrorCode(code);
  // (A text that is no JSON object at all — a description or a README given where a layout goes.)
  if (/^\s*[^\s{]/u.test(text)) return 'the file does not start with `{`: is it a layout definition (JSON), not a description text?';
  const words: Record<string, string> = {
    InvalidSymbol: 'a character JSON does not allow here',
    InvalidNumberFormat: 'a number written wrong',
    PropertyNameExpected: 'a key in double quotes expected (a comma after the last item, or a key without quotes?)',
    ValueExpected: 'a value expected (a comma after the last item?)',
    ColonExpected: 'a colon expected after the key',
    CommaExpected: 'a comma expected between items',
    CloseBraceExpected: 'a closing `}` expected',
    CloseBracketExpected: 'a closing `]` expected',
    EndOfFileExpected: 'text after the definition\'s closing `}`',
    InvalidCommentToken: 'comments are not allowed in a definition',
    UnexpectedEndOfComment: 'comments are not allowed in a definition',
    UnexpectedEndOfString: 'a string not closed with `"`',
    UnexpectedEndOfNumber: 'a number cut short',
    InvalidUnicode: 'a `\\u` escape written wrong',
    InvalidEscapeCharacter: 'a backslash escape JSON does not have (write `\\\\` for a backslash)',
    InvalidCharacter: 'a control character inside a string (a tab or a line break: write `\\t`, `\\n`)',
  };
  return `${words[name] ?? name} (${name})`;
}

/** Whether a JSON syntax error is the file ending inside the definition: at its end, or inside a string that runs to it. */
function endsInside(error: ParseError, text: string): boolean {
  if (!/^\s*\{/u.test(text)) return false;
  return error.offset >= text.trimEnd().length || (printParseErrorCode(error.error) === 'UnexpectedEndOfString' && !text.slice(error.offset).includes('\n'));
}

/** Validates the text of a definition file. */
/**
 * A definition's JSON text: a string as given; bytes as UTF-8, or UTF-16 with its byte order mark
 * (a file saved so by an editor); an object (already parsed) written out again. Null for bytes that
 * are neither (a Windows-1252 file would have its ä and ö garbled).
 */
function definitionText(input: unknown): string | null {
  if (typeof input === 'string') return input;
  const bytes = input instanceof Uint8Array ? input : ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : input instanceof ArrayBuffer ? new Uint8Array(input) : null;
  if (bytes === null) return input !== null && typeof input === 'object' ? JSON.stringify(input, null, 2) : null;
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  try {
    return new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Whether a definition was given as its object (not as its JSON text or bytes). */
function isDefinitionObject(input: unknown): boolean {
  return input !== null && typeof input === 'object' && !(input instanceof Uint8Array) && !ArrayBuffer.isView(input) && !(input instanceof ArrayBuffer);
}

export function validateDefinition(input: string | Uint8Array | object, file: string): CheckedDefinition {
  const decoded = definitionText(input);
  if (decoded === null) return { definition: null, errors: [{ file, line: 1, column: 1, path: '(the definition)', message: typeof input === 'object' && input !== null ? 'Not UTF-8: a definition is read as UTF-8 (or UTF-16 with its byte order mark); save it so' : `Not a definition: expected its JSON text, its bytes or its object, got ${input === null ? 'null' : typeof input}` }] };
  // A byte order mark is allowed, as in the texts read.
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const syntax: ParseError[] = [];
  const tree = parseTree(text, syntax, { allowTrailingComma: false, disallowComments: true });
  // (A file of white space alone, saved empty: said so, not as the value missing at its end.)
  if (text.trim() === '') return { definition: null, errors: [{ file, line: 1, column: 1, path: '(the definition)', message: 'Not valid JSON: the file is empty (a definition is one JSON object)' }] };
  if (syntax.length > 0 || !tree) {
    const first = syntax[0];
    return {
      definition: null,
      // (A file that ends inside the definition, saved or copied cut short: said so, not as the token missing there.)
      errors: [{ file, ...pointAt(text, first?.offset ?? 0), path: '(the definition)', message: `Not valid JSON: ${first ? (endsInside(first, text) ? 'the file ends before the definition closes (cut short?)' : jsonErrorText(first.error, text)) : 'empty file'}` }],
    };
  }
  const errors: DefinitionError[] = [];
  // (An object's errors are located by their path alone: a line of the text made of it here is of no file its author saw.)
  const written = !isDefinitionObject(input);
  const at = (path: (string | number)[], message: string) => {
    let node: Node | undefined;
    for (let n = path.length; n >= 0 && !node; n--) node = findNodeAtLocation(tree, path.slice(0, n));
    errors.push({ file, ...(written ? pointAt(text, node?.offset ?? 0) : {}), path: pathText(path), message });
  };
  const value = JSON.parse(text) as unknown;
  const parsed = TemplateDefinitionSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      let message = issue.message;
      if (issue.code === 'invalid_union' && path[path.length - 1] === 'content') message = `unknown content kind; one of fields, prose, container, scoreTable, roles`;
      else if (issue.code === 'unrecognized_keys') message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) message = `required key "${String(path[path.length - 1])}" is missing`;
      // (An unknown key is pointed at where it is written, a misspelt `orderd`, not at its object's start.)
      at(issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path, message);
    }
    return { definition: null, errors };
  }
  const definition = parsed.data;
  // (A constant under the key `__proto__` is an own key of the JSON but no key of the object read
  // from it, and would be lost unsaid: said as any other path the record lacks.)
  const constants = (value as { constants?: unknown }).constants;
  if (constants !== null && typeof constants === 'object' && Object.hasOwn(constants, '__proto__')) at(['constants', '__proto__'], 'the record has no path "__proto__"');
  if (definition.page?.summaryBarPattern !== undefined) {
    try {
      new RegExp(definition.page.summaryBarPattern, 'iu');
    } catch (error) {
      at(['page', 'summaryBarPattern'], `not a regular expression: ${(error as Error).message}`);
    }
  }
  (definition.otherProgrammes ?? []).forEach((pattern, p) => {
    try {
      new RegExp(pattern, 'iu');
    } catch (error) {
      at(['otherProgrammes', p], `not a regular expression: ${(error as Error).message}`);
    }
  });
  const titleKeys = new Map<string, number>();
  for (const [t, title] of definition.titles.entries()) {
    // (A title is matched as its key: written twice, the second would decide what the first does, unsaid.)
    const key = normaliseKey(title.text);
    const first = titleKeys.get(key);
    if (first !== undefined) at(['titles', t, 'text'], `the title "${title.text}" is written twice (titles[${first}] too): a text's title would be read by one of them only`);
    else titleKeys.set(key, t);
    for (const [w, id] of (title.without ?? []).entries()) if (!definition.sections.some((section) => section.id === id)) at(['titles', t, 'without', w], `no section has the id "${id}"`);
  }
  (definition.axisKinds ?? []).forEach((kind, k) => {
    for (const [w, id] of kind.without.entries()) if (!definition.sections.some((section) => section.id === id)) at(['axisKinds', k, 'without', w], `no section has the id "${id}"`);
  });
  // (A fund's label that no field is read under would never count; one in both funds' lists would count for both.)
  const fieldLabelKeys = new Set(definition.sections.flatMap((section) => ('fields' in section && section.fields ? section.fields.flatMap((f) => f.labels.map(normaliseKey)) : [])));
  const fundOfLabel = new Map<string, string>();
  (definition.fundLabels ?? []).forEach((group, g) => {
    group.labels.forEach((label, l) => {
      const key = normaliseKey(label);
      const other = fundOfLabel.get(key);
      if (!fieldLabelKeys.has(key)) at(['fundLabels', g, 'labels', l], `"${label}" is no field's label in this layout`);
      else if (other !== undefined && other !== group.fund) at(['fundLabels', g, 'labels', l], `"${label}" is listed for both ${other} and ${group.fund}`);
      fundOfLabel.set(key, group.fund);
    });
  });
  const ids = new Set<string>();
  definition.sections.forEach((section, s) => {
    if (ids.has(section.id)) at(['sections', s, 'id'], `section id "${section.id}" is used twice`);
    ids.add(section.id);
    if (section.parent !== undefined && !definition.sections.some((other) => other.id === section.parent)) at(['sections', s, 'parent'], `no section has the id "${section.parent}"`);
    if ('textPath' in section && section.textPath !== undefined) {
      const schema = schemaAt(section.textPath);
      if (!schema) at(['sections', s, 'textPath'], `the record has no path "${section.textPath}"`);
      else {
        const problem = insideWholeValue(section.textPath) ?? textPathProblem(section.content, schema);
        if (problem) at(['sections', s, 'textPath'], `"${section.textPath}": ${problem}`);
      }
      // A field of the same path: whichever the text gives last would overwrite the other, unsaid.
      const field = definition.sections.flatMap((other) => ('fields' in other && other.fields ? other.fields.map((f) => ({ section: other.id, path: f.path, label: f.labels[0] })) : [])).find((f) => f.path === section.textPath);
      if (field) at(['sections', s, 'textPath'], `"${section.textPath}" is also the path of the field "${field.label}" of section "${field.section}": a text and a field cannot fill one path`);
    }
    if (section.content === 'scoreTable') {
      try {
        new RegExp(section.headerPattern, 'iu');
      } catch (error) {
        at(['sections', s, 'headerPattern'], `not a regular expression: ${(error as Error).message}`);
      }
    }
    if (section.content === 'fields') {
      // A label is matched as its key (case, spaces and some punctuation aside): one whose key is
      // empty (`:`, `.*` — labels are words, not patterns) would match no line; a symbol is a label
      // (`☎`, `@`, `€`). (One label on two fields of a section is allowed: its lines fill them in
      // order, `Puhelinnumero` of 2007–2013.)
      section.fields.forEach((field, f) => {
        field.labels.forEach((label, l) => {
          if (normaliseKey(label) === '') at(['sections', s, 'fields', f, 'labels', l], `the label "${label}" is only punctuation: it would match no line (labels are written as the text writes them, not as patterns)`);
        });
        const schema = schemaAt(field.path);
        if (!schema) at(['sections', s, 'fields', f, 'path'], `the record has no path "${field.path}"`);
        else {
          const whole = insideWholeValue(field.path) ?? (DERIVED_PATHS.has(field.path) ? derivedProblem(field.path) : null);
          const problem = whole === null ? fitsType(field.type, schema) : null;
          if (whole) at(['sections', s, 'fields', f, 'path'], `"${field.path}": ${whole}`);
          if (problem) at(['sections', s, 'fields', f, 'type'], `"${field.type}" does not fit "${field.path}": ${problem}`);
        }
        if (field.itemPattern !== undefined) {
          try {
            new RegExp(field.itemPattern, 'iu');
          } catch (error) {
            at(['sections', s, 'fields', f, 'itemPattern'], `not a regular expression: ${(error as Error).message}`);
          }
        }
        if (field.itemPattern !== undefined && field.form !== 'block') at(['sections', s, 'fields', f, 'itemPattern'], 'itemPattern is for fields of the form "block"');
        // (Only a text's value is compared with the register's values: elsewhere the list would be read by nothing.)
        // (So are its set values and a colon inside it; a women clause is an indicator's.)
        for (const key of ['knownValues', 'values', 'valueMayHaveColon'] as const) if (field[key] !== undefined && field.type !== 'text') at(['sections', s, 'fields', f, key], `${key} is for a "text" field, not ${withArticle(field.type)} one`);
        if (field.clauseWords !== undefined && field.type !== 'indicator') at(['sections', s, 'fields', f, 'clauseWords'], `clauseWords is for an "indicator" field, not ${withArticle(field.type)} one`);
        const form = field.form ?? 'inline';
        if (!formsOf[field.type].includes(form)) at(['sections', s, 'fields', f, 'form'], `${withArticle(field.type)} field is read from the form ${formsOf[field.type].map((x) => `"${x}"`).join(' or ')}, not "${form}" (its lines would be read by nothing)`);
      });
    }
  });
  for (const [path, constant] of Object.entries(definition.constants)) {
    const schema = schemaAt(path);
    if (!schema) at(['constants', path], `the record has no path "${path}"`);
    else {
      const problem = constantProblem(constant, schema) ?? insideWholeValue(path) ?? (DERIVED_PATHS.has(path) ? derivedProblem(path) : null);
      if (problem) at(['constants', path], `"${path}": ${problem}`);
    }
  }
  // A number or a heading of two sections: which section a heading opens could not be told.
  const sectionOfNumber = new Map<string, string>();
  const sectionOfHeading = new Map<string, string>();
  definition.sections.forEach((section, s) => {
    if (section.number !== null) {
      const first = sectionOfNumber.get(section.number);
      if (first !== undefined) at(['sections', s, 'number'], `section ${first} has the number "${section.number}" too`);
      else sectionOfNumber.set(section.number, section.id);
    }
    section.headings.forEach((heading, h) => {
      // (As headings are matched: `Hakija:` and `Hakija` are one. Audit WL F8 of round 81.)
      const key = normaliseKey(heading);
      const first = sectionOfHeading.get(key);
      if (first !== undefined && first !== section.id) at(['sections', s, 'headings', h], `section ${first} has the heading "${heading}" too`);
      else sectionOfHeading.set(key, section.id);
    });
    if (section.parent !== undefined) {
      const parent = definition.sections.find((other) => other.id === section.parent);
      if (parent !== undefined && parent.content !== 'fields' && parent.content !== 'container') at(['sections', s, 'parent'], `"${section.parent}" is a ${parent.content} section; a section can be inside a fields or container section only`);
    }
  });
  // Parents form no cycle (a section inside itself would never close).
  definition.sections.forEach((section, s) => {
    const seen = new Set<string>([section.id]);
    for (let parent = section.parent; parent !== undefined; ) {
      if (seen.has(parent)) {
        at(['sections', s, 'parent'], `the parents of "${section.id}" go round in a circle (through "${parent}")`);
        break;
      }
      seen.add(parent);
      parent = definition.sections.find((other) => other.id === parent)?.parent;
    }
  });
  if (errors.length === 0) markValidated(definition);
  return { definition: errors.length === 0 ? definition : null, errors };
}

/** Where `path` stands in a definition's text (its nearest enclosing node): for a problem found after loading. */
export function definitionErrorAt(input: string | Uint8Array, file: string, path: (string | number)[], message: string): DefinitionError {
  const decoded = definitionText(input) ?? '';
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const tree = parseTree(text, [], { allowTrailingComma: false, disallowComments: true });
  let node: Node | undefined;
  for (let n = path.length; tree && n >= 0 && !node; n--) node = findNodeAtLocation(tree, path.slice(0, n));
  return { file, ...pointAt(text, node?.offset ?? 0), path: pathText(path), message };
}

export function formatDefinitionErrors(errors: DefinitionError[]): string {
  return errors.map((e) => `${e.file}${e.line === undefined ? '' : `:${e.line}:${e.column}`}: ${e.path}: ${e.message}`).join('\n');
}

export class DefinitionLoadError extends Error {
  constructor(readonly errors: DefinitionError[]) {
    super(`Invalid layout definition:\n${formatDefinitionErrors(errors)}`);
    this.name = 'DefinitionLoadError';
  }
}

/** A definition from its JSON text; throws DefinitionLoadError, with every error located, when it is not valid. */
export function loadDefinition(text: string | Uint8Array | object, file = '<definition>'): TemplateDefinition {
  const checked = validateDefinition(text, file);
  if (!checked.definition) throw new DefinitionLoadError(checked.errors);
  return checked.definition;
}
