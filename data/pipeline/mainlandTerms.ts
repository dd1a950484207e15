/**
 * After OpenCC: Hong Kong usage that OpenCC's small Hong Kong phrase table leaves in the
 * simplified text, replaced by what a Mainland reader writes (reviewed one by one against
 * every occurrence in the submission; docs/methodology.md, "zh-Hans for Mainland readers").
 * Official names keep their own words (Cyberport is 数码港; the Digital Transformation Support
 * Pilot Programme is 数码转型支援先导计划), so they are protected first.
 */

/** Official names that contain a form replaced below, kept exactly. */
export const PROTECTED_NAMES = ['数码港', '数码转型支援先导计划'] as const;

/** Hong Kong form → Mainland form, longest first where one contains another. */
export const MAINLAND_TERMS: readonly (readonly [string, string])[] = [
  ['资讯科技', '信息技术'],
  ['资讯', '信息'],
  ['透过', '通过'],
  ['数码', '数字'],
  ['扮演著', '扮演着'],
  ['随著', '随着'],
  ['著重', '着重'],
  ['质素', '质量'],
  // 检讨 reads as self-criticism to a Mainland reader; a review of a rule or a scheme is 检视.
  ['检讨', '检视'],
  ['私隐', '隐私'],
  ['营运', '运营'],
  ['发展商', '开发商'],
  ['旧屋苑', '旧小区'],
  // Hong Kong quotes with corner brackets; the Mainland uses curved quotes (GB/T 15834).
  ['「', '“'],
  ['」', '”'],
  ['『', '‘'],
  ['』', '’'],
];

/** The Hong Kong forms a Mainland text must not contain (outside the protected names). */
export const FORBIDDEN_FORMS = MAINLAND_TERMS.map(([hongKong]) => hongKong);

/** Simplified text in Mainland usage: each Hong Kong form replaced, official names untouched. */
export function toMainlandUsage(simplified: string): string {
  // Split around the protected names, convert the pieces between them, join them back.
  const convert = (piece: string) => MAINLAND_TERMS.reduce((text, [hongKong, mainland]) => text.split(hongKong).join(mainland), piece);
  const keep = (text: string, names: readonly string[]): string => {
    const [name, ...rest] = names;
    return name === undefined ? convert(text) : text.split(name).map((piece) => keep(piece, rest)).join(name);
  };
  return keep(simplified, PROTECTED_NAMES);
}

/** The forbidden forms found in a text, ignoring the protected names. */
export const forbiddenFormsIn = (text: string): string[] => {
  const unprotected = PROTECTED_NAMES.reduce((rest, name) => rest.split(name).join(''), text);
  return FORBIDDEN_FORMS.filter((form) => unprotected.includes(form));
};
