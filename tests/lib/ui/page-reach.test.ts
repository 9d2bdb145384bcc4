import { describe, expect, it } from 'vitest';
import { pageReach } from '../../../lib/ui/page-reach.ts';

describe('pageReach', () => {
  it('runs on web pages and gives their host', () => {
    expect(pageReach('https://www.eurasiareview.com/x')).toEqual({ runs: true, host: 'www.eurasiareview.com' });
    expect(pageReach('http://127.0.0.1:8080/demo/')).toEqual({ runs: true, host: '127.0.0.1' });
  });
  it('does not run on the browser’s own pages, other schemes, or a URL it may not read', () => {
    for (const url of ['chrome://extensions/', 'about:blank', 'about:addons', 'file:///tmp/a.html', 'moz-extension://x/popup.html', '', undefined]) {
      expect(pageReach(url)).toEqual({ runs: false, host: null });
    }
  });
  it('does not run in extension stores, although they are https', () => {
    expect(pageReach('https://chromewebstore.google.com/detail/x')).toEqual({ runs: false, host: 'chromewebstore.google.com' });
    expect(pageReach('https://addons.mozilla.org/en-US/firefox/')).toMatchObject({ runs: false });
  });
});
