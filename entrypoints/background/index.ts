import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeText, isBadgeRequest } from '../../lib/messages';

export default defineBackground(() => {
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  browser.runtime.onMessage.addListener((msg, sender) => {
    const tabId = sender.tab?.id;
    if (!isBadgeRequest(msg) || tabId === undefined) return undefined;
    return Promise.all([
      action.setBadgeText({ tabId, text: badgeText(msg.count) }),
      action.setBadgeBackgroundColor({ tabId, color: '#1f4e8c' }),
    ]).then(() => undefined);
  });
});
