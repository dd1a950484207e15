/**
 * The words shown when React itself cannot start (app/startFailure.ts): in all three languages at
 * once, so they live here rather than in the bundles, which are loaded one language at a time.
 */
import type { Language } from '../domain/dataset.ts';

export const START_FAILURE_WORDS: Record<Language, { message: string; reload: string }> = {
  'zh-Hant': { message: '儀表板無法啟動。請重新載入頁面；如問題持續，網站可能正在更新。', reload: '重新載入' },
  'zh-Hans': { message: '仪表板无法启动。请重新加载页面；如问题持续，网站可能正在更新。', reload: '重新加载' },
  en: { message: 'The dashboard could not start. Reload the page; if it happens again, the site may be being updated.', reload: 'Reload' },
};
