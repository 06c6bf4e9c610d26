// The presets' fixed notes of their own (a term not stated and SLA Witness's default, a term
// the contract does not have) read in Arabic on an Arabic page, their reasoning around the
// contract's words included; the quoted words keep their English, and an English page keeps
// the presets' text as written.
import { describe, expect, it } from 'vitest';
import { loadCatalogue, presetNote } from '../src/app/i18n';
import { PRESETS } from '../src/engine/presets';

const citations = Object.entries(PRESETS).flatMap(([preset, p]) =>
  Object.entries((p as { citations?: Record<string, string> }).citations ?? {}).map(
    ([field, text]) => [`${preset} ${field}`, text] as const,
  ),
);

/** A word of three Latin letters or more that is not a name kept as written. */
const ENGLISH_WORD =
  /\b(?!(?:HTTP|SLA|Witness|INR|exclusions|windows|credit|levels|PatientIQ)\b)[A-Za-z]{3,}/;

/** A note without the contract's words it quotes, in quotes or as a clause's heading. */
const unquoted = (text: string) => text.replace(/"[^"]*"/g, '').replace(/§[\d.]+ [A-Z][\w ]+:/g, '');

describe('the presets’ fixed notes in Arabic', () => {
  it('every preset has notes of its own to translate', () => {
    expect(citations.filter(([, text]) => text.includes('SLA Witness’s default')).length).toBe(39);
  });

  it('states every "not stated" note, and the reasoning around any words it quotes, in Arabic', async () => {
    await loadCatalogue('ar-EG');
    const arabic = citations.map(([where, text]) => [where, text, presetNote('ar-EG', text)] as const);
    expect(arabic.filter(([, , ar]) => /Not stated|SLA Witness’s default/.test(ar))).toEqual([]);
    expect(
      arabic.filter(
        ([, text, ar]) => text.includes('SLA Witness’s default') && ENGLISH_WORD.test(unquoted(ar)),
      ),
    ).toEqual([]);
    expect(arabic.filter(([, text, ar]) => !text.includes('"') && ENGLISH_WORD.test(ar))).toEqual([]);
  });

  it('reads MedOS’s notes as they are worded, and leaves the contract’s words quoted as written', async () => {
    await loadCatalogue('ar');
    const medos = (PRESETS.medos as { citations: Record<string, string> }).citations;
    expect(presetNote('ar', medos.minuteRule!)).toBe('لا يذكره العقد؛ القيمة الافتراضية في SLA Witness.');
    expect(presetNote('ar', medos.formula!)).toBe(
      'لا يذكره العقد؛ القيمة الافتراضية في SLA Witness. لا تُذكر صيغة؛ وقت التوقف على جميع دقائق الشهر التقويمي.',
    );
    expect(presetNote('ar', medos.calendar!)).toBe(
      'لا يذكره العقد؛ القيمة الافتراضية في SLA Witness. "Next business day" غير معرّف؛ من الاثنين إلى الجمعة 09:00–18:00 بتوقيت الهند، بلا قائمة عطلات.',
    );
    expect(presetNote('ar', medos.credit!)).toBe(medos.credit);
    expect(presetNote('en', medos.formula!)).toBe(medos.formula);
  });
});
