/**
 * What each diagnostic rule means, for reporters that carry rule documentation (SARIF's
 * `tool.driver.rules`: GitHub code scanning shows the help beside each alert). The wording follows
 * README's rule table; a test keeps the two covering the same rules.
 */
import type { Severity } from '../types.js';

export interface RuleHelp {
  /** One line: what the rule finds. */
  summary: string;
  /** What to do about it, with an example. */
  help: string;
  severity: Severity;
}

export const RULE_HELP: Record<string, RuleHelp> = {
  'unknown-template': { severity: 'error', summary: 'The text is none of the known layouts', help: 'The text has no title line and too few headings and labels of any layout (esr-2007-2013, esr-2014-2020, project-page). Check that the file is a project description, or name its layout with --template.' },
  'missing-field': { severity: 'error', summary: 'A field a publishable description must have is absent or empty', help: 'Required: project code, name, period, managing authority, organisation name, business id (pages: funder, implementer, start and end dates). Example: no "Projektin nimi:" line.' },
  'missing-section': { severity: 'warning', summary: 'A section the layout requires is absent', help: 'Sections 1, 2 and the summary are required. Example: no "5. Suunnitelman mukainen tiivistelmä toteutuksesta".' },
  'unknown-label': { severity: 'warning', summary: 'A label the section does not define', help: 'The line is kept in `unmapped`. Example: "Faksi: 09 123 456" in section 2. Move the value under a label the section defines, or remove it.' },
  'unknown-section': { severity: 'warning', summary: 'A page heading the layout does not know', help: 'What follows the heading is kept in `unmapped`. Example: "Lisätietoja hankkeesta".' },
  'duplicate-field': { severity: 'warning', summary: 'A label again in the same section', help: 'The first value is kept, the second goes to `unmapped`. Example: "Projektin nimi:" twice.' },
  'invalid-date': { severity: 'warning', summary: 'A date that is not D.M.YYYY or not in the calendar', help: 'Write dates as D.M.YYYY of the calendar. Example: "Alkaa 31.2.2009 ja päättyy …". An error for a required date.' },
  'invalid-number': { severity: 'warning', summary: 'An amount or count that is not a whole number, or a score off the 0–10 scale', help: 'Write whole numbers (spaces between thousands are fine). An amount with cents is read (the cents dropped, with a note); a count with decimals is not. Examples: "Suunniteltu: noin sata", a count "12,5", "Materiaalit ja jätteet 12 8".' },
  'invalid-value': { severity: 'warning', summary: "A value that is not of its field's kind", help: 'A yes/no answer that is neither "Kyllä" nor "Ei", a status the layout does not know, a phone field without a number, a sentence among a list\'s names, an address field with two addresses: kept as written or not read. Example: "…sukupuolinäkökulmasta: Ehkä".' },
  'invalid-business-id': { severity: 'error', summary: 'A Y-tunnus that is not NNNNNNN-N or has a wrong check digit', help: 'The check digit: weights 7,9,10,5,8,4,2; remainder 0 → 0, 1 → invalid, else 11 − remainder. Example: "Y-tunnus: 2229500-7".' },
  'invalid-project-code': { severity: 'error', summary: 'A project code that is not S/A and five digits, or of the other period', help: 'ESR codes S1… belong to 2007–2013, S2… to 2014–2020. Example: "Projektikoodi: S20100" in a 2007–2013 description.' },
  'period-end-before-start': { severity: 'error', summary: 'The period ends before it starts', help: 'Example: "Alkaa 1.1.2012 ja päättyy 31.12.2011".' },
  'period-outside-programme': { severity: 'warning', summary: 'The project starts or ends outside its programme period\'s eligible dates', help: 'Example: "päättyy 31.8.2021" in a 2007–2013 description (its costs were eligible until 2015; 2014–2020 ones from 2014 to 2023).' },
  'zero-funding': { severity: 'warning', summary: 'The granted or the planned public funding is 0', help: 'The figures a draft leaves as "0 €" before they are known; the realised figures (Toteutunut …) may be 0 and are not checked. Example: "Suunniteltu julkinen rahoitus yhteensä: 0 €".' },
  'women-exceed-total': { severity: 'error', summary: "An indicator's women figure is above its total", help: 'Example: "Suunniteltu: 40, joista naisia 41".' },
  'invalid-email': { severity: 'warning', summary: 'The contact e-mail is not an address', help: 'After "(at)" → "@" the value must be an e-mail address. Example: "Sähköposti: testi.example.fi".' },
  'summary-bar-mismatch': { severity: 'warning', summary: "A page's summary bar disagrees with its facts block", help: 'The facts (period, region, priority axis) are kept. Example: bar "Satakunta", "Maakunta: Pirkanmaa".' },
  'invalid-url': { severity: 'warning', summary: 'A website item that does not look like a web address', help: 'The item is kept as written. Example: "Projektilla ei ollut internet-osoitetta." under the website label.' },
  'invalid-postal-code': { severity: 'warning', summary: 'A postal code that is not five digits', help: 'The value is kept as written. Example: "Postinumero: 0012".' },
  'normalised-value': { severity: 'info', summary: 'A value read from an unusual form', help: 'The message says what was changed. Example: "Y-tunnus: 22295006" read as "2229500-6".' },
  schema: { severity: 'error', summary: 'The result does not validate against the JSON Schema', help: 'The message and path give the JSON path of the value; for a parsed description the position is the source line of that value. For stored results this is the check of their shape.' },
  'empty-value': { severity: 'info', summary: 'A label with nothing after it', help: 'Example: "Jakeluosoite:".' },
  'placeholder-text': { severity: 'info', summary: '"Kesken." — not written yet, read as null', help: 'Example: "Ratkaisun kuvaus" / "Kesken.".' },
  'ambiguous-role': { severity: 'warning', summary: 'A role of a project page followed directly by another role', help: 'A role whose text is one short line and a role without text look the same; both lines are read as roles. Also said when the text of a role is one short title-like line, which may be a role of its own. Example: "Hankkeen toteuttajaorganisaatio" / "Päätoteuttaja".' },
  'page-furniture': { severity: 'info', summary: 'A line of web-page furniture, kept in the tree only', help: 'Example: "Tutustu hankkeeseen".' },
  'heading-variant': { severity: 'info', summary: "A reworded heading read as the template's section", help: 'Example: "3 Hankkeen tiivistelmä". Use the template\'s wording to silence it.' },
  'heading-renumbered': { severity: 'warning', summary: "A heading whose text is one section's and whose number another's", help: "It is read by its text. Example: \"4. Projektin julkinen rahoitus, euroa\" is section 7 of 2007–2013." },
  'unmapped-text': { severity: 'warning', summary: "A line no field or text of its section takes", help: "It is kept in `unmapped`. Example: a sentence directly under the heading \"3. Projektin toteutusalue ja kohderyhmän kuvaus\"." },
  'unexpected-line': { severity: 'warning', summary: "A line where no section of the layout can continue", help: "It is kept in `unmapped`." },
  'label-in-text': { severity: 'warning', summary: "A line with a label of the layout that no field takes, read as text", help: "It stands in a section's text: a second description pasted after the first, or fields written after the text they belong before. Example: \"Hankekoodi: S21988\" inside the final report. An info where a bare label the layout does not have, past the fields of a flattened copy with a sentence below it, is read as the first line of the text after them (`TAVOITTEET:` opening a summary)." },
  'heading-in-text': { severity: 'warning', summary: "A section's heading where that section cannot open, read as text", help: "The heading is written again, or a later section's heading stands inside an earlier section's text before the headings of the sections between; the heading the order allows is taken. Example: \"9. Loppuraportin tiivistelmä\" inside the summary." },
  'section-as-text': { severity: 'info', summary: 'A section that holds subsections written as text only', help: "Read as the text the layout gives it. Example: a technical-assistance description's \"3. Projektin toteutusalue ja kohderyhmän kuvaus\" with one paragraph and no 3.1–3.4." },
  'section-without-heading': { severity: 'info', summary: "A section the copy has without its heading", help: "It was opened by its first label. Example: \"Hankekoodi: S20001\" first in a flattened copy." },
  'ambiguous-prose-boundary': { severity: 'warning', summary: "Prose sections without headings run together", help: "A prose section opened without its heading takes the text up to the next line that opens a section; where it ends, or which sections' texts it holds, cannot be told. Example: the summary of a flattened copy." },
  'ambiguous-label': { severity: 'warning', summary: "A label several sections share, without headings to tell which", help: "Where a section of the group is missing, the values are kept in `unmapped`. Example: one \"Suunniteltu: 310\" where 7.1 and 7.2 share the label." },
  'text-cut-off': { severity: 'warning', summary: "The text stops mid-way at its last line", help: "The copy looks cut after a number of characters; the sections after the cut are absent. An error when the cut took away fields a publishable description must have. Example: \"Kunnat: Jyväskylä, Muura\" as the last line." },
  'value-cut-off': { severity: 'warning', summary: "A value on the line where the text is cut off", help: "A number, date, code, e-mail or Y-tunnus there may be incomplete and is not read. Example: \"Suunniteltu julkinen rahoitus yhteensä: 650 0\"." },
  'glued-fields': { severity: 'info', summary: "Two fields, or a heading and its section's first line, on one line", help: "They are split where the second label (or the section's text) starts. Example: \"Postinumero: 00120 Postitoimipaikka: Helsinki\", \"4.2 Välilliset kohderyhmät Kuntien sosiaalitoimi …\"." },
  'page-number-in-text': { severity: 'warning', summary: 'A number alone below a line ending in a colon, read as the text\'s', help: 'Example: "Varsinaiset kohderyhmät:" / "3" / "- ikääntyvät työttömät": the number may be that line\'s value or a printed copy\'s page number; it is kept in the text.' },
  'label-without-colon': { severity: 'warning', summary: "An area list's label written with a space where its colon was", help: "The line is read as the field when every name after the label is an area of the field's kind (a region, a sub-region, a municipality). Example: \"Maakunnat Päijät-Häme\"." },
  'label-rejoined': { severity: 'info', summary: "A label, heading or table header broken over two lines", help: "It is read as one. Example: \"Hakijoiden lukumäärä tai tuen siirto\" / \"-menettely: …\"." },
  'value-below-label': { severity: 'info', summary: "The value stands on the line below its label", help: "Example: \"Vastuuviranomainen:\" / \"Varsinais-Suomen ELY-keskus\"." },
  'value-wrapped': { severity: 'info', summary: "A value goes on over the next lines of a hard-wrapped copy", help: "It is read as one value; a warning when a line read into it starts with a capital letter, since it may be text of its own (a sentence after a short value in a flattened copy)." },
  'possibly-wrapped': { severity: 'warning', summary: "The line below a field may be the end of its value", help: "In a copy without blank lines, a text line right below a field was not read as part of its value. Example: \"Projektin nimi: Pitkä nimi, joka on\" / \"rivitetty kahdelle riville\"." },
  'missing-business-id': { severity: 'warning', summary: "A list entry without its Y-tunnus", help: "Example: \"Yhdistys, jolla ei ole Y-tunnusta\" under \"Osatoteuttajat\"." },
  'missing-score': { severity: 'warning', summary: "A sustainability row with one score where the table has two", help: "The scores are null (or, after an empty cell, the direct one). Example: \"Materiaalit ja jätteet 5\"." },
  'row-rejoined': { severity: 'info', summary: "A sustainability row wrapped before its scores", help: "It is read as one row." },
  'unknown-municipality': { severity: 'info', summary: 'A municipality name that is not in the Statistics Finland classification 2013–2026', help: 'Its code is null: a municipality merged before 2013, or a misspelling. A warning when it is several names of the classification run together (commas missing). Example: "Nummi-Pusula".' },
  'unknown-region': { severity: 'info', summary: 'A region name that is not in the classification 2013–2026', help: 'Its code is null: a region abolished before 2013, or a misspelling. Example: "Itä-Uusimaa".' },
  'unknown-sub-region': { severity: 'info', summary: 'A sub-region name that is not in the classification 2013–2026', help: 'Its code is null. Sub-regions are matched in the genitive the descriptions write ("Salon"). A warning at the list when most of its names are unknown and several are names of another kind (municipalities under "Seutukunnat": lines moved between fields).' },
  'markdown-syntax': { severity: 'info', summary: "A Markdown converter's escapes, links or definition lists, read without them", help: 'Backslashes before punctuation (`2\\. Uusimman`), links `[text](address)` (read as their text) and definition lists (`Hankekoodi:` / `:   S21994`) are taken out within their lines; columns are in the text so read. Bold labels and `#` headings are read as such by the lexer.' },
  'spreadsheet-cells': { severity: 'info', summary: 'A two-column spreadsheet exported with ";" between its cells, read without the separators', help: 'Most lines are rows of a label\'s cell and its value\'s ("Hankekoodi:;S21994") or end in empty cells ("2 Hakijan perustiedot;"): the separators are removed before reading; columns are in the text without them. Example: "Hankkeen nimi:;Romaniportti".' },
  'quoted-text': { severity: 'info', summary: 'A text quoted as in an e-mail reply, read without the quote marks', help: 'Most lines start with ">": their marks are removed before reading (lines of the reply above or below are read as they stand); positions are in the text without them. Example: "> Hankekoodi: S21457".' },
  'invisible-characters': { severity: 'info', summary: 'Invisible characters removed from the text', help: 'Soft hyphens and zero-width spaces that a web page or word processor leaves in a copy break values unseen; they are removed before reading. Example: "Savon\\u00adlinna".' },
  ligatures: { severity: 'info', summary: "A PDF's ligatures read as their letters", help: 'A PDF\'s text layer gives one character for "fi", "fl", "ff", "ffi", "ffl" and "st"; no label, address or name is written with them, so they are read as their letters. Example: "www.ksak.\ufb01".' },
  encoding: { severity: 'warning', summary: 'The file is not UTF-8 and was read as Windows-1252', help: 'Save the file as UTF-8. Example: a file saved in Notepad\'s "ANSI".' },
  unreadable: { severity: 'error', summary: 'The file could not be read', help: 'A missing file, no permission, a directory named like a file, or a read error.' },
  'empty-file': { severity: 'error', summary: 'The file is empty or only white space', help: 'Nothing to read.' },
  'binary-file': { severity: 'error', summary: 'The file is not text', help: 'NUL bytes or mostly control characters: a PDF or a word-processor file, for instance. Save the description as plain text.' },
  'file-too-large': { severity: 'error', summary: 'The file is over 64 MiB and was not read', help: 'No real description comes near this size.' },
  'invalid-json': { severity: 'error', summary: 'Stored results that are not JSON or NDJSON', help: '`validate` reads .json (a result or an array), .ndjson (one result per line), or either on standard input.' },
  'failed-result': { severity: 'error', summary: 'A stored result that failed when it was made', help: 'The result has ok: false (its error rules are named), or says ok: true beside an error diagnostic. Fix the description and parse it again.' },
  'misaligned-codes': { severity: 'error', summary: "A stored result's area names and codes differ in length", help: 'regions, subRegions and municipalities are aligned index by index with their codes (a code null where a name has none); a result edited by hand that lost it would read a code as another name\'s. Parse the description again.' },
  'no-results': { severity: 'error', summary: 'A stored file that is an empty array', help: 'validate was given [] to check: no result in it.' },
  'stored-warnings': { severity: 'warning', summary: 'A stored result had warnings when it was made', help: 'validate reads earlier output: its warnings are said once (their rules listed), so that --strict fails it as it fails the text.' },
  'write-failed': { severity: 'error', summary: '--out-dir could not write a result', help: 'The directory is not writable, or the output would overwrite an input (never done).' },
  'invalid-definition': { severity: 'error', summary: 'A layout definition passed to the library is not valid', help: 'parse() checks definitions it is given that loadDefinition/validateDefinition did not; the message locates each error in the definition.' },
  'internal-error': { severity: 'error', summary: 'A fault inside esr-parse while reading this file', help: 'The batch goes on. Please report it with the file.' },
};

export function ruleHelp(rule: string, severity: Severity): RuleHelp {
  return RULE_HELP[rule] ?? { severity, summary: rule, help: `See the rule table in esr-parse's README for "${rule}".` };
}
