/**
 * A second, small submission for the mock API, so the picker, the submission id in the URL
 * and "this filter does not exist in this submission" can be exercised. Its words are made
 * up and say so in every language; it is never shipped with the app.
 */
import { Dataset, type Localized } from '../src/domain/dataset.ts';
import { SourceDocument } from '../src/domain/sourceDocument.ts';

export const SYNTHETIC_SUBMISSION_ID = 'demo-chamber-2025-budget';

const tri = (zhHant: string, zhHans: string, en: string): Localized => ({ 'zh-Hant': zhHant, 'zh-Hans': zhHans, en });

const recommendations = [
  {
    id: 'R-1.1-1',
    sectionId: '1.1',
    page: 1,
    zhHant: '（示例）盡快為中小企設立數碼轉型配對基金，上限為港幣100萬元。',
    zhHans: '（示例）尽快为中小企业设立数字化转型配对基金，上限为港币100万元。',
    en: '(Sample) Set up, as soon as possible, a digital transformation matching fund for SMEs, capped at HK$1 million.',
    themes: ['digital'],
    action: 'fund',
    askIds: ['A-1'],
  },
  {
    id: 'R-1.1-2',
    sectionId: '1.1',
    page: 1,
    zhHant: '（示例）簡化資助申請程序。',
    zhHans: '（示例）简化资助申请程序。',
    en: '(Sample) Simplify the grant application procedure.',
    themes: ['digital'],
    action: 'simplify',
    askIds: [],
  },
  {
    id: 'R-2.1-1',
    sectionId: '2.1',
    page: 2,
    zhHant: '（示例）加強與東盟的貿易聯繫。',
    zhHans: '（示例）加强与东盟的贸易联系。',
    en: '(Sample) Strengthen trade links with ASEAN.',
    themes: ['trade'],
    action: 'facilitate',
    askIds: [],
  },
] as const;

const dataset = {
  schemaVersion: 2,
  // Any sha256 does: the mock serves this dataset's core and texts together (mocks/submissionsApi.ts).
  revision: 'de30de30de30de30de30de30de30de30de30de30de30de30de30de30de30de30',
  submission: {
    id: SYNTHETIC_SUBMISSION_ID,
    title: tri('示例商會 2025 年財政預算案建議（測試用虛構資料）', '示例商会 2025 年财政预算案建议（测试用虚构资料）', 'Demo Chamber: 2025 Budget proposals (synthetic test data)'),
    author: tri('示例商會', '示例商会', 'Demo Chamber'),
    date: '2025-01',
    pages: 2,
    sourceSha256: '0'.repeat(64),
  },
  pillars: [{ id: 'P1', number: 1, title: tri('增長', '增长', 'Growth') }],
  chapters: [
    { id: 'C1', pillarId: 'P1', number: 1, title: tri('數碼化', '数字化', 'Going digital'), page: 1 },
    { id: 'C2', pillarId: 'P1', number: 2, title: tri('貿易', '贸易', 'Trade'), page: 2 },
  ],
  sections: [
    { id: '1.1', chapterId: 'C1', number: '1.1', title: tri('中小企數碼化', '中小企业数字化', 'SMEs going digital'), page: 1 },
    { id: '2.1', chapterId: 'C2', number: '2.1', title: tri('新市場', '新市场', 'New markets'), page: 2 },
  ],
  recommendations: recommendations.map((r) => ({
    id: r.id,
    sectionId: r.sectionId,
    page: r.page,
    endPage: r.page,
    kind: 'bullet',
    text: tri(r.zhHant, r.zhHans, r.en),
    themes: [...r.themes],
    levers: [r.action === 'facilitate' ? 'market-access' : 'funding'],
    industries: ['all-industries'],
    addressees: ['gov'],
    places: r.id === 'R-2.1-1' ? ['asean'] : [],
    action: r.action,
    schemeIds: r.id === 'R-1.1-2' ? ['demo-fund'] : [],
    askIds: [...r.askIds],
    urgency: r.id === 'R-1.1-1' ? [{ signal: 'as-soon-as-possible', word: '盡快', quote: { 'zh-Hant': r.zhHant.slice(4, -1), 'zh-Hans': r.zhHans.slice(4, -1) } }] : [],
    repeats: [],
  })),
  themes: [
    { id: 'digital', label: tri('數碼化', '数字化', 'Digital'), rule: tri('數碼轉型', '数字化转型', 'Digital transformation') },
    { id: 'trade', label: tri('貿易', '贸易', 'Trade'), rule: tri('對外貿易', '对外贸易', 'External trade') },
  ],
  levers: [
    { id: 'funding', label: tri('資助及融資', '资助及融资', 'Funding and finance'), rule: tri('資助', '资助', 'Money') },
    { id: 'market-access', label: tri('貿易及市場', '贸易及市场', 'Trade and markets'), rule: tri('開拓市場', '开拓市场', 'Entering markets') },
  ],
  industries: [{ id: 'all-industries', label: tri('所有行業', '所有行业', 'All industries'), rule: tri('一般企業', '一般企业', 'Firms in general') }],
  schemes: [
    {
      id: 'demo-fund',
      name: tri('示例基金', '示例基金', 'Demo Fund'),
      administrator: tri('示例局', '示例局', 'Demo Bureau'),
      officialEnglish: false,
      recommendationIds: ['R-1.1-2'],
      requests: [{ recommendationId: 'R-1.1-2', request: 'lower-threshold' }],
    },
  ],
  asks: [
    {
      id: 'A-1',
      recommendationId: 'R-1.1-1',
      sectionId: '1.1',
      source: 'recommendation',
      role: 'ask',
      kind: 'cap',
      direction: 'set-up',
      label: tri('配對基金上限', '配对基金上限', 'Matching fund cap'),
      quote: '上限為港幣100萬元',
      value: 1_000_000,
      unit: 'money',
      currency: 'HKD',
    },
  ],
  addressees: [{ id: 'gov', label: tri('特區政府', '特区政府', 'HKSAR Government') }],
  places: [{ id: 'asean', label: tri('東盟', '东盟', 'ASEAN') }],
};

const sourceDocument = {
  schemaVersion: 1,
  submissionId: SYNTHETIC_SUBMISSION_ID,
  sourceSha256: '0'.repeat(64),
  pages: [1, 2].map((number) => ({
    number,
    paragraphs: [
      { text: number === 1 ? '1. 數碼化' : '2. 貿易', kind: 'heading' },
      ...recommendations.filter((r) => r.page === number).map((r) => ({ text: r.zhHant, kind: 'bullet', recommendationId: r.id })),
    ],
  })),
};

/** Parsed with the app's own schemas, so a mistake here fails loudly rather than in a test far away. */
export const syntheticSubmission = {
  dataset: Dataset.parse(dataset),
  sourceDocument: SourceDocument.parse(sourceDocument),
};
