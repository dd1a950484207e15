/**
 * Hostile strings for tests/browser/xss.test.ts, taken from (or modelled on) the OWASP XSS
 * Filter Evasion Cheat Sheet (https://cheatsheetseries.owasp.org/cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.html),
 * plus template-injection and encoding variants.
 *
 * Every payload that could run does so observably: it calls alert/confirm/prompt and/or sets
 * `__xss` on its window (or its parent's, from a frame), both trapped by the test. Most of them
 * cannot run in a modern browser even when parsed as HTML (CSS expression, `javascript:` in
 * `background`...): they are here because each one must still come out as the same literal text.
 *
 * Rules the test checks: unique, at most 200 characters (the longest search query the app
 * accepts), no leading or trailing white space (the API's problem text is trimmed), and each
 * names one of the trapped sinks.
 */
export const XSS_PAYLOADS: readonly string[] = [
  // Basic script tags, and the cheat sheet's ways round a naive filter.
  '<script>window.__xss=true;alert(1)</script>',
  '<SCRIPT>window.__xss=true</SCRIPT>',
  '<ScRiPt>confirm(1)</sCrIpT>',
  '<script src="data:text/javascript,window.__xss=true;alert(1)"></script>',
  '<scr<script>ipt>window.__xss=true</scr</script>ipt>',
  '<<SCRIPT>window.__xss=true;//<</SCRIPT>',
  '<script/xss src="data:,window.__xss=true"></script>',
  // Breaking out of an attribute, a script block, a comment, CDATA, a textarea and a title.
  '"><script>window.__xss=true</script>',
  "'><script>prompt(1)</script>",
  '</script><script>window.__xss=true</script>',
  '--><script>window.__xss=true</script><!--',
  ']]><script>window.__xss=true</script>',
  '</textarea><script>window.__xss=true</script>',
  '</title><svg onload="window.__xss=true">',
  '" onmouseover="window.__xss=true" autofocus onfocus="window.__xss=true" x="',
  "' onfocus='window.__xss=true' autofocus='",
  // Image and SVG event handlers, with case and entity tricks.
  '<img src=x onerror="window.__xss=true">',
  '<IMG SRC=x oNeRrOr=alert(1)>',
  '<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>',
  '<img src=x onerror=&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041>',
  '<img src=x onerror=&#x61;&#x6C;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>',
  '<IMG """><SCRIPT>window.__xss=true</SCRIPT>">',
  '<img src=x:alert(alt) onerror=eval(src) alt=0>',
  String.raw`<img src=x onerror=\u0061lert(1)>`,
  `<img src=x onerror="window['__x'+'ss']=!0">`,
  '<svg onload="window.__xss=true">',
  '<svg/onload=alert(1)>',
  '<svg><script>window.__xss=true</script></svg>',
  '<svg><a xlink:href="javascript:window.__xss=true"><text x="20" y="20">xss</text></a></svg>',
  '<svg><animate onbegin="window.__xss=true" attributeName=x dur=1s>',
  // Other elements that run script through an event.
  '<body onload=window.__xss=true>',
  '<input autofocus onfocus="window.__xss=true">',
  '<details open ontoggle="window.__xss=true">',
  '<video><source onerror="window.__xss=true"></video>',
  '<audio src=x onerror=alert(1)>',
  '<marquee onstart="window.__xss=true">xss</marquee>',
  '<xss id=x tabindex=1 autofocus onfocus=window.__xss=true></xss>',
  '<form><button formaction="javascript:window.__xss=true">xss</button></form>',
  '<isindex type=image src=1 onerror=alert(1)>',
  // javascript: and data: URLs, obfuscated the cheat sheet's ways.
  'javascript:alert(1)',
  'JaVaScRiPt:window.__xss=true',
  'jav\tascript:window.__xss=true',
  'jav&#x0A;ascript:alert(1)',
  '<a href="javascript:window.__xss=true">xss</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=true">xss</a>',
  '<a href="  &#14;  javascript:alert(1)">xss</a>',
  '<IMG SRC="jav&#x09;ascript:alert(1);">',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9dHJ1ZTwvc2NyaXB0Pg==',
  '<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9dHJ1ZTthbGVydCgxKTwvc2NyaXB0Pg==">xss</a>',
  '<BGSOUND SRC="javascript:alert(1);">',
  '<BODY BACKGROUND="javascript:alert(1)">',
  '<TABLE BACKGROUND="javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:window.__xss=true;">',
  '<LINK REL="stylesheet" HREF="javascript:alert(1);">',
  // Frames and embedded documents.
  '<iframe srcdoc="<script>parent.__xss=true;alert(1)</script>"></iframe>',
  '<iframe src="javascript:parent.__xss=true"></iframe>',
  '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
  '<object data="javascript:window.__xss=true"></object>',
  '<embed src="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9dHJ1ZTwvc2NyaXB0Pg==">',
  // CSS.
  '<div style="width: expression(window.__xss=true);">xss</div>',
  '<DIV STYLE="background-image: url(javascript:alert(1))">xss</DIV>',
  '<STYLE>@import \'javascript:alert(1)\';</STYLE>',
  '<STYLE>li {list-style-image: url("javascript:alert(1)");}</STYLE><UL><LI>xss</br>',
  // Mutation XSS: markup that changes meaning when serialised and parsed again.
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=true">',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=true>">',
  // Template injection: Angular/Vue/Handlebars, JS template literals, i18next syntax, ERB.
  "{{constructor.constructor('window.__xss=true')()}}",
  '${window.__xss=true}',
  '{{7*7}} ${alert(1)} <%= alert(1) %> #{alert(1)}',
  '$t(app.name) {{count}} $t(errors.title, {"x":"<img src=x onerror=alert(1)>"})',
  // Escaped forms that must stay escaped: entities, URL and JS escapes, look-alike characters.
  '&lt;script&gt;window.__xss=true&lt;/script&gt;',
  '&#60;img src=x onerror=alert(1)&#62;',
  '%3Cscript%3Ewindow.__xss%3Dtrue%3C%2Fscript%3E',
  String.raw`\u003cscript\u003ewindow.__xss=true\u003c/script\u003e`,
  String.raw`\x3cimg src=x onerror=alert(1)\x3e`,
  '＜script＞window.__xss=true＜/script＞',
  '\u202egnp.<img src=x onerror=window.__xss=true>\u200b',
  '「<script>window.__xss=true</script>」建議',
];
